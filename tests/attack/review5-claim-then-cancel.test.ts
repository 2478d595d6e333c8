// @vitest-environment happy-dom
// review5: Go live on an episode of no show dated another day. src/plugin/live/live-actions.ts
// goLive claims the note first (line 49, claimForCommand writes `office-hours:` at once)
// and only then asks "Go live on another day's episode?" (line 60). Cancel there leaves
// the note changed, a property added, and the only notice said "… is now an episode of
// Grafana Office Hours": the host pressed Cancel and got a write. The README (An episode
// of no show) says "Dismissing the question changes nothing"; the project's rule is that
// a refusal changes nothing.
// Fix: ask every question first (which show, then, in that show's zone, which day; the
// "Go live again?" one too), then write the claim and `live:` together; or, at the least,
// say on Cancel that the claim stays. Asking before writing also needs no "kept" notice.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, topModal } from "../plugin/harness";
import { NAME, PATH, TEXT, begin } from "../plugin/noshow2-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

describe("review5: Cancel on Go live's day question writes nothing", () => {
  it("an unclaimed note of another day: choose the show, then Cancel: the note is as it was", async () => {
    const started = await begin(undefined, { [PATH]: TEXT });
    host = started.host;
    const h = started.host;
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    // The real note is dated three days after the harness's day: the day question comes.
    const question = topModal(h);
    expect(question.modalEl.textContent).toContain(`${NAME} is dated`);
    findButton(question.modalEl, "Cancel").click();
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(TEXT);
  });
});
