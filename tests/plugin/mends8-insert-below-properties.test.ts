// @vitest-environment happy-dom
// mends8: "Insert snippet" never writes into a note's properties. A note just opened has its
// cursor on the opening `---`; the snippet goes on the line after the properties, with a
// notice saying where. A selection reaching from the properties into the body is refused and
// the note is left as it was. Also: "no episode yet" notices name the new-episode command as
// the palette lists it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, start } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "../walk/walk8-week";
import { OH04, demoVault, insertSnippet, openNote, paletteNames } from "../walk/walk9-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function demo(): Promise<TestHost> {
  const { files, data } = demoVault();
  ({ host } = await start({ files, data, detectionOffered: false }));
  await letTimePass(host);
  return host;
}

const INVITE_START = "Thank you for joining Office Hours #04: Logs at scale!";

/** The note's properties block, through its closing `---` and line break. */
function propertiesOf(text: string): string {
  const close = text.indexOf("\n---\n", 4);
  return text.slice(0, close + 5);
}

describe("Insert snippet and the note's properties", () => {
  it("with the cursor on the opening ---, the snippet goes right below the properties, which stay whole, and a notice says so", async () => {
    const h = await demo();
    const before = onDisk(h, OH04);
    const props = propertiesOf(before);
    const view = await openNote(h, OH04);
    expect(view.editor.getCursor()).toEqual({ line: 0, ch: 0 });
    const said = h.noticeMessages().length;
    await insertSnippet(h, "Calendar invite body");
    await letTimePass(h);
    const after = onDisk(h, OH04);
    expect(after.startsWith(props + INVITE_START)).toBe(true);
    // The body that was there follows the snippet, set off by a blank line, unchanged.
    const rest = before.slice(props.length);
    expect(after.endsWith(`\n\n${rest}`)).toBe(true);
    const propsLines = props.split("\n").length - 1;
    expect(h.noticeMessages().slice(said)).toEqual([`The cursor was in the note's properties, so the snippet went below them, at line ${propsLines + 1}.`]);
    // The cursor ends after the snippet, in the body.
    const cursor = view.editor.posToOffset(view.editor.getCursor());
    expect(after.slice(0, cursor).endsWith(after.slice(props.length, after.length - rest.length).replace(/\n+$/, ""))).toBe(true);
  });

  it("a selection inside the properties is not replaced: the snippet goes below them", async () => {
    const h = await demo();
    const before = onDisk(h, OH04);
    const props = propertiesOf(before);
    const view = await openNote(h, OH04);
    view.editor.setSelection({ line: 1, ch: 0 }, { line: 2, ch: 3 });
    await insertSnippet(h, "Calendar invite body");
    await letTimePass(h);
    const after = onDisk(h, OH04);
    expect(after.startsWith(props + INVITE_START)).toBe(true);
  });

  it("a selection from the properties into the body is refused: the note is unchanged and the notice says why", async () => {
    const h = await demo();
    const before = onDisk(h, OH04);
    const view = await openNote(h, OH04);
    const heading = before.split("\n").findIndex((l) => l.startsWith("# "));
    view.editor.setSelection({ line: 2, ch: 0 }, { line: heading + 1, ch: 0 });
    const said = h.noticeMessages().length;
    await insertSnippet(h, "Calendar invite body");
    await letTimePass(h);
    expect(onDisk(h, OH04)).toBe(before);
    expect(view.editor.getValue()).toBe(before);
    expect(h.noticeMessages().slice(said).join(" ")).toMatch(/^Nothing was inserted: the selection reaches into the note's properties/);
  });

  it("a selection in the body is replaced as before", async () => {
    const h = await demo();
    const before = onDisk(h, OH04);
    const view = await openNote(h, OH04);
    const heading = before.split("\n").findIndex((l) => l.startsWith("# "));
    const line = before.split("\n")[heading] ?? "";
    view.editor.setSelection({ line: heading, ch: 0 }, { line: heading, ch: line.length });
    const said = h.noticeMessages().length;
    await insertSnippet(h, "Calendar invite body");
    await letTimePass(h);
    const after = onDisk(h, OH04);
    expect(after).not.toContain(line);
    expect(after.startsWith(propertiesOf(before))).toBe(true);
    expect(after).toContain(INVITE_START);
    expect(h.noticeMessages().slice(said)).toEqual([]);
  });
});

describe("no episode yet: the notices name the command the palette lists", () => {
  it("Copy snippet and Create calendar invite say “New Office Hours episode”, a name the palette has", async () => {
    ({ host } = await start({ files: {}, detectionOffered: false }));
    const h = host;
    await letTimePass(h);
    expect(paletteNames(h)).toContain("Office Hours: New Office Hours episode");
    for (const id of ["copy-snippet", "create-calendar-invite"]) {
      const before = h.noticeMessages().length;
      expect(await h.runCommand(`office-hours:${id}`)).toBe(true);
      await settle(h);
      expect(h.noticeMessages().slice(before), id).toEqual(["No episode notes found yet. Create one with “New Office Hours episode” in the command palette."]);
    }
  });
});
