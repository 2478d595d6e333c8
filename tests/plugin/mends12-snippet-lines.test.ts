// @vitest-environment happy-dom
// mends12: "Insert snippet" never joins a line the user wrote, through the command, on the
// real GOH 25 note (tests/fixtures/five-shows). A snippet of several lines with the cursor
// inside a heading goes below it, and a notice says so.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { GOH25, finish, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const SHOW = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Grafana Office Hours", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 }, links: { channel: "https://youtube.com/@grafana" } };
const PATH = `Grafana Office Hours/${GOH25}`;

async function insertAt(line: (lines: string[]) => number, ch: (text: string) => number, snippet: string): Promise<{ h: TestHost; before: string[]; after: string[]; at: number }> {
  const s = await start({ files: { [PATH]: realNote(GOH25) }, data: showData([SHOW]) });
  host = s.host;
  const { editor } = await s.host.openFile(PATH);
  const before = editor.getValue().split("\n");
  const at = line(before);
  editor.setCursor({ line: at, ch: ch(before[at] ?? "") });
  expect(await s.host.runCommand("office-hours:insert-snippet")).toBe(true);
  await settle(s.host);
  chooseSuggestion(snippet, topModal(s.host).modalEl);
  await settle(s.host);
  // The invite body asks for the links GOH 25 lacks: left blank.
  if (s.host.activeModal()) {
    userClick(findButton(topModal(s.host).modalEl, "Leave blank"));
    await settle(s.host);
  }
  return { h: s.host, before, after: editor.getValue().split("\n"), at };
}

describe("Insert snippet beside a heading", () => {
  it("the cursor in the middle of “## Checklist”: the invite body goes below the heading, which is unchanged, and a notice says why", async () => {
    const { h, before, after, at } = await insertAt((l) => l.indexOf("## Checklist"), () => 5, "Calendar invite body");
    expect(after[at]).toBe("## Checklist");
    // Every line of the note is still there, in order.
    let i = 0;
    for (const l of after) if (i < before.length && l === before[i]) i++;
    expect(i).toBe(before.length);
    expect(after.length).toBeGreaterThan(before.length + 2);
    expect(h.noticeMessages()).toContain("The snippet has several lines and would have split the line it was inserted into, so it went in below that line.");
  });

  it("a one-line snippet at the end of the heading goes in at the cursor, as typing would, with no notice", async () => {
    const { h, before, after, at } = await insertAt((l) => l.indexOf("## Checklist"), (t) => t.length, "Calendar invite title");
    expect(after.length).toBe(before.length);
    expect(after[at]?.startsWith("## Checklist")).toBe(true);
    expect(after[at]).not.toBe("## Checklist");
    expect(h.noticeMessages()).toEqual([]);
  });
});
