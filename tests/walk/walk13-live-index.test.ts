// @vitest-environment happy-dom
// walk13: recording day (Go live on Wednesday 5 March, the guest briefing), an episode marked
// `status: recorded` while it is edited, and "Update episode list in index note" on an index
// note that keeps one list per season (tests/fixtures/walk13-vault: `Small Batch/Small
// Batch.md`, "## Season 3" above "## Season 2").
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, topModal } from "../plugin/harness";
import { openSidebar, readRow, rowEl } from "../plugin/sidebar-dom";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { insertSnippet, openNote } from "./walk9-steps";
import { INDEX, S03E06, S03E07, setUp } from "./walk13-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** Wednesday 5 March 2025, 09:55 Berlin: the recording of S03E07 starts in five minutes. */
const RECORDING_DAY = new Date("2025-03-05T08:55:00Z");

describe("recording day", () => {
  // Defect (src/core/live/go-live-day.ts, from the one episode date): Go live in S03E07 on
  // its recording day asks "Go live on another day's episode? S03E07 - Accessibility audits
  // is dated Thursday 27 March 2025, in 22 days." Rule: for a podcast with a recording date,
  // Go live ("Recording began") is about the recording: no question on its day.
  it.fails("Go live on the recording day starts the clock without asking about another day", async () => {
    const { h } = await setUp(RECORDING_DAY);
    host = h;
    await openNote(h, S03E07);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    expect(h.activeModal()?.modalEl.textContent ?? "").not.toContain("another day");
    expect(onDisk(h, S03E07)).toMatch(/^live: /m);
  });

  // Fixed by phases1 (src/core/note/phase-place.ts, the rule in the README under Phases);
  // the defect was:
  // (src/core/note/phase-defaults.ts, read by the guest briefing snippet): the
  // briefing reads the "just before" list to the guest, and "Before recording" is one, so
  // "A few things before we start recording:" is followed by the team's own to-do ("Invite
  // the guest and agree a recording date.", "Send the calendar invite for the recording …").
  // Rule (walk13-cli.test.ts): a note's first "before …" list is its prep
  // when no prep list comes before it; the briefing reads the day's list only.
  it("the guest briefing does not read the team's to-do list to the guest", async () => {
    const { h } = await setUp(RECORDING_DAY);
    host = h;
    const view = await openNote(h, S03E07);
    view.editor.setCursor({ line: view.editor.getValue().split("\n").indexOf("## Questions"), ch: 0 });
    await insertSnippet(h, "Guest briefing");
    const text = view.editor.getValue();
    expect(text).toContain("before we start recording");
    expect(text).not.toContain("- Invite the guest and agree a recording date.");
  });
});

describe("an episode marked `status: recorded` while it is edited", () => {
  it("lists its post-production as the work that matters now", async () => {
    const { h } = await setUp();
    host = h;
    await h.externalWrite(S03E06, onDisk(h, S03E06).replace("status: editing", "status: recorded"));
    const view = await openSidebar(h);
    await letTimePass(h, 1000);
    const row = readRow(rowEl(view, S03E06));
    expect([row.state, row.progress, row.next]).toEqual(["aired", "after 2/8", "Host review of the rough cut (Lena)."]);
  });

  // Defect (src/core/status/alerts.ts, the "No video link yet" rule): S03E06, recorded and due out on
  // 13 March, is warned "No video link yet" ten days before it is published. A podcast has no
  // video, and its episode link exists only from the publish day. Rule: for a recorded
  // podcast the alert says "No episode link yet" and comes only once its publish day (its
  // `date`) has passed.
  it("is not warned about a missing video link ten days before it goes out", async () => {
    const { h } = await setUp();
    host = h;
    await h.externalWrite(S03E06, onDisk(h, S03E06).replace("status: editing", "status: recorded"));
    const view = await openSidebar(h);
    await letTimePass(h, 1000);
    expect(readRow(rowEl(view, S03E06)).alert).toBeNull();
  });
});

describe("the index note's lists per season", () => {
  async function takeOver(): Promise<string> {
    const { h } = await setUp();
    host = h;
    await openNote(h, INDEX);
    expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
    await letTimePass(h);
    userClick(findButton(topModal(h).modalEl, "Take over the lists"));
    await letTimePass(h);
    return onDisk(h, INDEX);
  }

  it("takes over a list the team kept, and keeps the show's description above it", async () => {
    const text = await takeOver();
    expect(text).toContain("%% office-hours:episode-list start");
    expect(text).toContain("- [[S03E07 - Accessibility audits]] with Noor Haddad and Marta Kowalczyk\n");
    expect(text).toContain("Small Batch (SB) is a recorded interview podcast");
  });

  // Defect (src/core/index-note/list-sections.ts and merge-lists.ts, taking over lists): the index keeps "## Season 3" and
  // "## Season 2" lists. "Take over the lists" shows only the Season 3 list under "Now" and
  // writes every episode of both seasons there, while the Season 2 list stays: S02E09–S02E11
  // are listed twice, once under "## Season 3" (and the struck-through "(dropped)" line is
  // listed again, unstruck, as "(cancelled)"). Rule: a list under a heading that names a
  // season ("Season 2", "S02", "Staffel 2", "Temporada 2") is that season's list: it gets
  // that season's episodes only; or, with one plugin list, every list taken over is replaced,
  // so no episode is listed twice.
  it.fails("lists no episode twice, and none of season 2 under “## Season 3”", async () => {
    const text = await takeOver();
    expect(text.split("[[S02E09 - Pricing a one-person SaaS]]").length - 1).toBe(1);
    const season3 = text.slice(text.indexOf("## Season 3"), text.indexOf("## Season 2"));
    expect(season3).not.toContain("S02E");
  });
});
