// @vitest-environment happy-dom
// One note whose reading throws, among the real notes, on the stand-in host. Reading
// failures are injected (tests/support/failing-classifier.ts), since after the fixes no
// known input makes the reader throw; before them, one `Constructor:: Acme` note left the
// sidebar at "Reading episode notes…" with no row at all. Now the first scan finishes,
// every other episode has its row, and a quiet line names the note and opens it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { AA22, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE, activeFilePath, fileAt, finish, realNote, realNotes, start } from "./harness";
import { fakeTimers, openSidebar, redrawn, rowPaths, viewButton } from "./sidebar-dom";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { FAILURE_MESSAGE } from "../support/failing-classifier";

vi.mock("../../src/core/vault/classify", async (importOriginal) =>
  (await import("../support/failing-classifier")).failingFor(await importOriginal()),
);

const UNREADABLE = "GOH 26 - Unreadable.md";
const ALL_REAL = [AA22, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE].sort();

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function sidebar(files: Record<string, string>): Promise<{ h: TestHost; view: EpisodesView }> {
  const started = await start({ files });
  host = started.host;
  const view = await openSidebar(started.host);
  userClick(viewButton(view, "All"));
  return { h: started.host, view };
}

function failureLine(view: EpisodesView): { summary: string; paths: string[]; reasons: string[] } | null {
  const el = view.contentEl.querySelector(".office-hours-failures details");
  if (!el) return null;
  return {
    summary: el.querySelector("summary")?.textContent ?? "",
    paths: Array.from(el.querySelectorAll(".office-hours-failure-path")).map((a) => a.textContent ?? ""),
    reasons: Array.from(el.querySelectorAll(".office-hours-failure-reason")).map((d) => d.textContent ?? ""),
  };
}

describe("a note that cannot be read", () => {
  it("at the first scan: every other episode has its row, and one quiet line names the note", async () => {
    const { view } = await sidebar({ ...realNotes(), [UNREADABLE]: realNote(GOH25) });
    expect([...rowPaths(view)].sort()).toEqual(ALL_REAL);
    expect(view.contentEl.textContent).not.toContain("Reading episode notes");
    expect(failureLine(view)).toEqual({ summary: "1 note could not be read", paths: [UNREADABLE], reasons: [FAILURE_MESSAGE] });
  });

  it("the line opens the note", async () => {
    const { h, view } = await sidebar({ ...realNotes(), [UNREADABLE]: realNote(GOH25) });
    const link = view.contentEl.querySelector<HTMLElement>(".office-hours-failure-path");
    if (!link) throw new Error("no link to the note");
    userClick(link);
    await redrawn(h);
    expect(activeFilePath(h)).toBe(UNREADABLE);
  });

  it("several: counted, listed by path", async () => {
    const { view } = await sidebar({ ...realNotes(), [UNREADABLE]: realNote(GOH25), "Archive/Unreadable too.md": "Guest:: A\n- [ ] x\n" });
    expect(failureLine(view)?.summary).toBe("2 notes could not be read");
    expect(failureLine(view)?.paths).toEqual(["Archive/Unreadable too.md", UNREADABLE]);
    expect(rowPaths(view)).toHaveLength(ALL_REAL.length);
  });

  it("after the scan: an edit to it, or a note renamed to fail, never stops the others; the line follows", async () => {
    const { h, view } = await sidebar(realNotes());
    expect(failureLine(view)).toBeNull();

    // An episode becomes unreadable: its row goes, the line comes.
    await h.app.fileManager.renameFile(fileAt(h, GOH12), UNREADABLE);
    await redrawn(h);
    expect([...rowPaths(view)].sort()).toEqual(ALL_REAL.filter((p) => p !== GOH12));
    expect(failureLine(view)?.paths).toEqual([UNREADABLE]);

    // Edited while unreadable: still listed once, the others untouched.
    await h.externalWrite(UNREADABLE, `${realNote(GOH12)}\n- [ ] one more\n`);
    await redrawn(h);
    expect(failureLine(view)?.paths).toEqual([UNREADABLE]);
    expect(rowPaths(view)).toHaveLength(ALL_REAL.length - 1);

    // Readable again under its old name: the row is back, the line gone.
    await h.app.fileManager.renameFile(fileAt(h, UNREADABLE), GOH12);
    await redrawn(h);
    expect([...rowPaths(view)].sort()).toEqual(ALL_REAL);
    expect(failureLine(view)).toBeNull();
  });

  it("deleted: the line goes", async () => {
    const { h, view } = await sidebar({ ...realNotes(), [UNREADABLE]: realNote(GOH25) });
    await h.externalDelete(UNREADABLE);
    await redrawn(h);
    expect(failureLine(view)).toBeNull();
    expect(rowPaths(view)).toHaveLength(ALL_REAL.length);
  });
});
