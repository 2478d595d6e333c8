// @vitest-environment happy-dom
// review5: Go live on an episode of no show claims the note first. The README (Live show,
// "Going live") promises that Go live keeps "everything else in the properties kept byte
// for byte, comments (`time: "23:30" # CEST`, `# sponsor: …`) included", and the live marks
// are written as line edits for that (src/plugin/live/note-writer.ts writeMarks). The claim
// before them is not: src/plugin/episodes/assign-show.ts:121 (claim) writes `office-hours:`
// through setProperties → processFrontMatter, which rewrites the whole YAML block, so the
// host's comments in the properties are gone after Go live on an unclaimed note (and after
// Reschedule episode, and Assign to show…, which share claim()).
// Fix: write the claim with writeMarks (read [MARKER_KEY], check it is still empty, change
// [{ key: MARKER_KEY, value: marker }], processFrontMatter only as the fallback), as the
// live marks are; a marker that is no plain YAML word already falls back there.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, topModal } from "../plugin/harness";
import { PATH, TEXT as LATER_TEXT, begin } from "../plugin/noshow2-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

// The real "03 - Logging Best Practices" note (tests/fixtures/real-notes), dated on the
// harness's day (as noshow2-go-live.test.ts does), with two comments the host wrote.
const TEXT = LATER_TEXT.replace("date: 2025-12-05", "date: 2025-06-02")
  .replace("date: 2025-06-05", "date: 2025-06-02 # moved from Thursday\n# sponsor: keep quiet until announced");

describe("review5: claiming a note keeps the host's comments in its properties", () => {
  it("the fixture carries the comments (guard: the case below is about them)", () => {
    expect(TEXT).toContain("date: 2025-06-02 # moved from Thursday\n# sponsor: keep quiet until announced\n");
  });

  it("Go live on an episode of no show: the claim and live: are added, the comments stay", async () => {
    const started = await begin(undefined, { [PATH]: TEXT });
    host = started.host;
    const h = started.host;
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    const after = await h.app.vault.read(fileAt(h, PATH));
    // Went live (the claim and the mark are there)...
    expect(after).toContain("office-hours: GOH");
    expect(after).toMatch(/\nlive: 2025-06-02T/);
    // ...and the properties the host wrote are still as written.
    expect(after).toContain("date: 2025-06-02 # moved from Thursday\n");
    expect(after).toContain("# sponsor: keep quiet until announced\n");
  });
});
