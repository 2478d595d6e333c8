// @vitest-environment happy-dom
// Ticking a checklist item from the sidebar: exactly one character of the file
// changes (CRLF kept), an open note is ticked through its editor, and a note that
// changed underneath is left alone with a notice saying why. A property test throws
// random edits to other lines in between reading the index and ticking.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { GOH12, GOH25, GOH30, fileAt, finish, onDisk, realNote, realNotes, settle, start } from "./harness";
import { expandButton, fakeTimers, openItemCheckbox, openSidebar, readDetails, readRow, redrawn, rowEl, viewButton } from "./sidebar-dom";
import { readNote } from "../support/notes";
import { plainText } from "../../src/core/text/plain";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const MEETUP_RAW =
  "- [ ] Create an event and announce it [on the Grafana Meetup page](https://www.meetup.com/grafana-friends-virtual-meetup-group/).";
const MEETUP_LABEL = "Create an event and announce it on the Grafana Meetup page.";
const PRONOUNS_RAW = "- [ ] What are your pronouns?";

async function sidebarWith(files: Record<string, string>): Promise<{ h: TestHost; view: EpisodesView }> {
  const started = await start({ files });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  return { h: started.host, view };
}

async function expand(h: TestHost, view: EpisodesView, path: string): Promise<HTMLElement> {
  userClick(expandButton(rowEl(view, path)));
  await settle(h);
  return rowEl(view, path);
}

/** Counts 'modify' events for one path from now on (a write, even of the same bytes). */
function countWrites(h: TestHost, path: string): { count: () => number; stop: () => void } {
  let writes = 0;
  const ref = h.app.vault.on("modify", (file) => {
    if (file.path === path) writes++;
  });
  return { count: () => writes, stop: () => h.app.vault.offref(ref) };
}

/** The indexes where two equally long strings differ. */
function differences(a: string, b: string): number[] {
  expect(b.length).toBe(a.length);
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  return at;
}

function tickedLine(raw: string): string {
  return raw.replace("- [ ]", "- [x]");
}

describe("ticking from the sidebar", () => {
  it("changes exactly the one status character in the file", async () => {
    const { h, view } = await sidebarWith(realNotes());
    const before = onDisk(h, GOH12);
    const row = await expand(h, view, GOH12);
    expect(row.querySelectorAll(".office-hours-open-item")).toHaveLength(15);

    userClick(openItemCheckbox(row, MEETUP_LABEL));
    await redrawn(h);

    const after = onDisk(h, GOH12);
    expect(after).toBe(before.replace(MEETUP_RAW, tickedLine(MEETUP_RAW)));
    const changed = differences(before, after);
    expect(changed).toHaveLength(1);
    expect([before[changed[0] ?? 0], after[changed[0] ?? 0]]).toEqual([" ", "x"]);
    expect(h.noticeMessages()).toEqual([]);
    // The row follows: 10 of 13 prep items, one open item fewer, the item gone from the list.
    expect(readDetails(rowEl(view, GOH12)).phases[0]).toBe("Prep 10/13");
    expect(readRow(rowEl(view, GOH12)).openCount).toBe(3);
    userClick(expandButton(rowEl(view, GOH12)));
    await settle(h);
    expect(expandButton(rowEl(view, GOH12)).getAttribute("aria-label")).toBe("Show 3 open items (14 in all)");
    expect(Array.from(rowEl(view, GOH12).querySelectorAll(".office-hours-open-item")).map((el) => el.textContent)).not.toContain(MEETUP_LABEL);
  });

  it("keeps CRLF line endings and every other byte", async () => {
    const crlf = realNote(GOH25).replace(/\n/g, "\r\n");
    const { h, view } = await sidebarWith({ [GOH25]: crlf });
    expect(onDisk(h, GOH25)).toBe(crlf);
    const row = await expand(h, view, GOH25);
    userClick(openItemCheckbox(row, "What are your pronouns?"));
    await redrawn(h);

    const after = onDisk(h, GOH25);
    expect(after).toBe(crlf.replace(`${PRONOUNS_RAW}\r\n`, `${tickedLine(PRONOUNS_RAW)}\r\n`));
    expect(differences(crlf, after)).toHaveLength(1);
    expect(after.match(/\r\n/g)?.length).toBe(crlf.match(/\r\n/g)?.length);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(readDetails(rowEl(view, GOH25)).phases).toContain("Before 10/10");
  });

  it("goes through the editor when the note is open, keeping the cursor", async () => {
    const { h, view } = await sidebarWith(realNotes());
    const markdown = await h.openFile(GOH12);
    const editor = markdown.editor;
    const line = editor.getValue().split("\n").indexOf(MEETUP_RAW);
    expect(line).toBeGreaterThan(0);
    editor.setCursor({ line: line + 3, ch: 4 });
    const textBefore = editor.getValue();
    const writes = countWrites(h, GOH12);

    const row = await expand(h, view, GOH12);
    userClick(openItemCheckbox(row, MEETUP_LABEL));
    // Before the editor's save: the change is in the editor, not yet on disk.
    await Promise.resolve();
    expect(editor.getLine(line)).toBe(tickedLine(MEETUP_RAW));
    expect(editor.getValue()).toBe(textBefore.replace(MEETUP_RAW, tickedLine(MEETUP_RAW)));
    expect(editor.getCursor()).toEqual({ line: line + 3, ch: 4 });
    expect(writes.count()).toBe(0);
    // The editor saves it (the app's two-second debounced save).
    await redrawn(h);
    expect(writes.count()).toBe(1);
    expect(onDisk(h, GOH12)).toBe(realNote(GOH12).replace(MEETUP_RAW, tickedLine(MEETUP_RAW)));
    expect(readDetails(rowEl(view, GOH12)).phases[0]).toBe("Prep 10/13");
    writes.stop();
  });
});

describe("a note that changed underneath", () => {
  // The sidebar redraws 150 ms after a change; a click in that window uses the old list.
  async function tickStale(change: (text: string) => string): Promise<{ h: TestHost; edited: string; writes: number; box: HTMLInputElement }> {
    const { h, view } = await sidebarWith(realNotes());
    const row = await expand(h, view, GOH12);
    const box = openItemCheckbox(row, MEETUP_LABEL);
    const edited = change(realNote(GOH12));
    await h.externalWrite(GOH12, edited);
    const writes = countWrites(h, GOH12);
    userClick(box);
    await settle(h);
    const count = writes.count();
    writes.stop();
    return { h, edited, writes: count, box };
  }

  it("when the item's text was edited: nothing is written, a notice says why", async () => {
    const { h, edited, writes, box } = await tickStale((text) => text.replace(MEETUP_RAW, "- [ ] Create an event on Meetup and Luma"));
    expect(onDisk(h, GOH12)).toBe(edited);
    expect(writes).toBe(0);
    expect(h.noticeMessages()).toEqual([
      `Office Hours did not tick “${MEETUP_LABEL}”: It was changed, moved or removed under “Checklist” since the list was drawn, so the note was not changed. Open the note to see it, or tick it again once the list has redrawn.`,
    ]);
    // The checkbox can be used again once the list is redrawn.
    expect([box.checked, box.disabled]).toEqual([false, false]);
  });

  it("when the item's line was removed: nothing is written, a notice says why", async () => {
    const { h, edited, writes } = await tickStale((text) => text.replace(`${MEETUP_RAW}\n`, ""));
    expect(onDisk(h, GOH12)).toBe(edited);
    expect(writes).toBe(0);
    expect(h.noticeMessages()).toHaveLength(1);
    expect(h.noticeMessages()[0]).toContain("removed under “Checklist” since the list was drawn");
  });

  it("when lines were added above its heading: the item is found and ticked", async () => {
    const { h, edited, writes } = await tickStale((text) => text.replace("## Checklist\n", "Notes from the planning call.\n\n## Checklist\n"));
    expect(onDisk(h, GOH12)).toBe(edited.replace(MEETUP_RAW, tickedLine(MEETUP_RAW)));
    expect(writes).toBe(1);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("when items were added above it under its heading and the line under it changed: nothing is written until the list catches up", async () => {
    const { h, edited, writes } = await tickStale((text) =>
      text.replace("## Checklist\n", "## Checklist\n\n- [ ] A new first item\n- [ ] And another\n").replace("- [ ] Schedule a tweet just", "- [ ] Schedule a post just"),
    );
    expect(onDisk(h, GOH12)).toBe(edited);
    expect(writes).toBe(0);
    expect(h.noticeMessages()).toEqual([
      `Office Hours did not tick “${MEETUP_LABEL}”: The note changed both above and below it, and under “Checklist” too, since the list was drawn, so the note was not changed. Tick it again once the list has redrawn.`,
    ]);
  });

  it("when an identical item now exists twice: nothing is written", async () => {
    const { h, edited, writes } = await tickStale((text) => text.replace("## Checklist\n", `## Checklist\n\n${MEETUP_RAW}\n`));
    expect(onDisk(h, GOH12)).toBe(edited);
    expect(writes).toBe(0);
    expect(h.noticeMessages()[0]).toContain("Identical items were added under “Checklist”");
  });

  it("in an open editor: the editor is left as typed, a notice says why", async () => {
    const { h, view } = await sidebarWith(realNotes());
    const editor = (await h.openFile(GOH12)).editor;
    const row = await expand(h, view, GOH12);
    const box = openItemCheckbox(row, MEETUP_LABEL);
    const line = editor.getValue().split("\n").indexOf(MEETUP_RAW);
    editor.setLine(line, "- [ ] Create an event on Luma instead");
    const typed = editor.getValue();
    userClick(box);
    await Promise.resolve();
    expect(editor.getValue()).toBe(typed);
    await settle(h);
    expect(h.noticeMessages()).toHaveLength(1);
    expect(h.noticeMessages()[0]).toContain("was changed, moved or removed under “Checklist” since the list was drawn");
  });
});

describe("property: random edits to other lines between reading the index and ticking", () => {
  type Edit = { kind: "insert" | "delete" | "replace"; at: number; text: string };

  const lineText = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom("a", "b", " ", "-", "[", "]", "x", "#", "é", "\t", "::", "`"), maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom("", "- [ ] A new item", "- [x] Done already", "## After the show", "\t- [ ] Nested", "Guest:: Someone") },
    // Rarely, a copy of an open item of the note (which can make the target ambiguous).
    { weight: 1, arbitrary: fc.constantFrom(PRONOUNS_RAW, "- [ ] Add timestamps to the video (at least four).") },
  );
  const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom("insert", "delete", "replace"), at: fc.nat(), text: lineText });

  /** Applies edits to every line but `keep`; returns the new lines. */
  function applyEdits(lines: string[], keep: number, edits: Edit[]): string[] {
    const out = lines.map((text, i) => ({ text, target: i === keep }));
    for (const e of edits) {
      const at = e.at % (out.length + (e.kind === "insert" ? 1 : 0));
      if (e.kind === "insert") out.splice(at, 0, { text: e.text, target: false });
      else if (out[at]?.target) continue;
      else if (e.kind === "delete") out.splice(at, 1);
      else out[at] = { text: e.text, target: false };
    }
    return out.map((l) => l.text);
  }

  it("loses no byte elsewhere: either only the target's status character changes, or nothing changes and a notice says why", async () => {
    const { h, view } = await sidebarWith({ [GOH30]: realNote(GOH30) });
    let row = await expand(h, view, GOH30);
    const lf = realNote(GOH30);
    const lines = lf.split("\n");
    // The open items' lines, in the order the row lists them (the after-show items first,
    // the others folded below). Every open item of GOH 30 reads differently, so its text
    // names its line.
    const lineOf = new Map(readNote(GOH30, lf).tasks.filter((t) => t.state === "open").map((t) => [plainText(t.text), t.line]));
    const openLines = Array.from(row.querySelectorAll(".office-hours-open-item")).map((label) => lineOf.get(label.textContent ?? "") ?? -1);
    expect(new Set(openLines).size).toBe(36);
    expect(openLines).not.toContain(-1);
    expect([...openLines].sort((a, b) => a - b)).toEqual(lines.flatMap((text, i) => (/^\s*- \[ \] /.test(text) ? [i] : [])));

    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(openLines.length - 1), fc.array(edit, { maxLength: 12 }), async (useCrlf, pick, edits) => {
        const newline = useCrlf ? "\r\n" : "\n";
        const base = lf.replace(/\n/g, newline);
        // The index and the sidebar read the base text.
        await h.externalWrite(GOH30, base);
        await redrawn(h);
        row = rowEl(view, GOH30);
        const box = row.querySelectorAll<HTMLInputElement>(".office-hours-open-item input")[pick];
        if (!box) throw new Error(`no checkbox #${pick}`);
        const targetLine = openLines[pick] ?? -1;
        const targetRaw = lines[targetLine] ?? "";

        // Someone edits other lines; the list on screen is not redrawn yet.
        const edited = applyEdits(lines, targetLine, edits).join(newline);
        await h.externalWrite(GOH30, edited);
        const notices = h.notices.length;
        const writes = countWrites(h, GOH30);
        userClick(box);
        await settle(h);
        writes.stop();
        // Let the list catch up, as it does 150 ms later, before the next run.
        await redrawn(h);

        const final = onDisk(h, GOH30);
        if (final === edited) {
          expect(h.notices.length).toBe(notices + 1);
          expect(writes.count()).toBe(0);
        } else {
          expect(h.notices.length).toBe(notices);
          const changed = differences(edited, final);
          expect(changed).toHaveLength(1);
          const at = changed[0] ?? 0;
          expect([edited[at], final[at]]).toEqual([" ", "x"]);
          // The changed character sits in a line that reads exactly like the target.
          const lineStart = edited.lastIndexOf("\n", at) + 1;
          const lineEnd = edited.indexOf("\n", at);
          expect(edited.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, "")).toBe(targetRaw);
        }
        if (useCrlf) {
          expect(final.match(/\r\n/g)?.length).toBe(edited.match(/\r\n/g)?.length);
          expect(final).not.toMatch(/(^|[^\r])\n/);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("files as the tick saw them", () => {
  it("a note deleted after the list was drawn is reported, not recreated", async () => {
    const { h, view } = await sidebarWith(realNotes());
    const row = await expand(h, view, GOH12);
    const box = openItemCheckbox(row, MEETUP_LABEL);
    await h.app.fileManager.trashFile(fileAt(h, GOH12));
    userClick(box);
    await settle(h);
    expect(h.app.vault.getFileByPath(GOH12)).toBeNull();
    expect(h.noticeMessages()).toEqual([`Office Hours did not tick “${MEETUP_LABEL}”: The note no longer exists, so nothing was changed. Tick it again once the list has redrawn.`]);
  });
});
