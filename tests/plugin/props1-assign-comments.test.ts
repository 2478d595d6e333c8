// @vitest-environment happy-dom
// props1: "Assign to show…" writes `office-hours:` as one line edit (writeMarks), as Go live
// writes `live:`: the host's comments in the properties stay. processFrontMatter rewrote
// the whole YAML block and dropped them. A show with no code is named by its name, spaces
// and all: plain YAML text, written as a line too.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, topModal } from "./harness";
import { AA, CCG, GOH, PATH, TEXT, begin, indexedShow, withProperty } from "./noshow2-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const COMMENTED = TEXT.replace("date: 2025-06-05", "date: 2025-06-05 # moved from Tuesday\n# sponsor: keep quiet until announced");

async function assign(shows: unknown[], choose: string, open: boolean) {
  const started = await begin(shows as typeof GOH[], { [PATH]: COMMENTED });
  host = started.host;
  const h = started.host;
  await h.openFile(PATH);
  expect(await h.runCommand("office-hours:assign-to-show")).toBe(true);
  await settle(h);
  if (!open) h.app.workspace.getLeavesOfType("markdown").forEach((leaf) => leaf.detach());
  chooseSuggestion(choose, topModal(h).modalEl);
  await settle(h, 8);
  return started;
}

describe("Assign to show keeps the host's comments", () => {
  it("the fixture carries the comments (guard)", () => {
    expect(COMMENTED).toContain("# moved from Tuesday\n# sponsor:");
  });

  for (const open of [true, false]) {
    it(`${open ? "an open" : "a closed"} note: only the office-hours: line is added`, async () => {
      const { host: h, plugin } = await assign([CCG, GOH, AA], "Grafana Office Hours", open);
      expect(await h.app.vault.read(fileAt(h, PATH))).toBe(withProperty(COMMENTED, "office-hours: GOH"));
      expect(indexedShow(plugin, PATH)).toBe("goh");
    });
  }

  it("a show with no code is named by its name, written as plain text on its line", async () => {
    const noCode = { ...GOH, code: "" };
    const { host: h } = await assign([CCG, noCode, AA], "Grafana Office Hours", false);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(withProperty(COMMENTED, "office-hours: Grafana Office Hours"));
  });
});
