// @vitest-environment happy-dom
// walk11: Maya's laptop opens the shared vault (tests/fixtures/walk11-vault), the settings
// the other laptop wrote already there, Monday 3 March 2025. What the Episodes sidebar makes
// of the sync tools' conflict copies, both hosts' THL 44 and a git merge left in a checklist.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle } from "../plugin/harness";
import { expandButton, openSidebar, readDetails, readRow, rowEl, rowElements, viewButton } from "../plugin/sidebar-dom";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { THL42, THL42_DROPBOX, THL43, THL44_MAYA, THL44_TOM, open } from "./walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** The sidebar's "All" view, open in Maya's vault. */
async function allEpisodes(): Promise<{ h: TestHost; view: EpisodesView }> {
  const { h } = await open();
  host = h;
  const view = await openSidebar(h);
  userClick(viewButton(view, "All"));
  await letTimePass(h, 1000);
  return { h, view };
}

async function alertsOf(h: TestHost, view: EpisodesView, path: string): Promise<string[]> {
  userClick(expandButton(rowEl(view, path)));
  await settle(h);
  return readDetails(rowEl(view, path)).alerts;
}

describe("the sidebar in the shared vault", () => {
  it("loads with the other laptop's settings: THL rows, the show at 16:00 Berlin time, no notice", async () => {
    const { h, view } = await allEpisodes();
    expect(h.noticeMessages()).toEqual([]);
    const row = readRow(rowEl(view, THL42));
    expect([row.chip, row.number, row.title, row.date, row.guests]).toEqual(["THL", "#42", "Tempo", "Thu 6 Mar 2025", "Priya Nair"]);
    expect((await alertsOf(h, view, THL44_TOM)).join(" ")).toContain("(Thu 20 Mar 16:00 CET)");
  });

  it("both hosts' THL 44 are warned about: the same number and the same slot", async () => {
    const { h, view } = await allEpisodes();
    const alerts = await alertsOf(h, view, THL44_MAYA);
    expect(alerts).toContain("Number 44 is also used by “THL 44 - Grafana Alloy”.");
    expect(alerts).toContain("Overlaps “THL 44 - Grafana Alloy” (Thu 20 Mar 16:00 CET)");
  });

  // Fixed in sync1 (src/core/vault/conflict-copy.ts, sync-copies.ts): Dropbox's
  // "(conflicted copy 2025-03-01)" and Syncthing's ".sync-conflict-20250301-101500-ABCD123"
  // copies of THL 42 were episodes of their own: three THL 42 rows with different progress
  // (prep 2/4, 2/4, 1/4) and next items, each "Overlaps" the others in red. Rule: a note
  // named as an episode of the same folder plus a sync tool's conflict mark is its conflict
  // copy: one row for THL 42.
  it("THL 42 has one row; its conflict copies are no episodes", async () => {
    const { view } = await allEpisodes();
    expect(rowElements(view).filter((r) => readRow(r).number === "#42").length).toBe(1);
  });

  // Fixed in sync1 (src/core/sidebar/view-model.ts, buildRow; same-number-text.ts): "Number
  // 44 is used by another episode" named no note, so the team had to look through the list
  // to learn which. The message names the other note(s); a conflict copy is no episode and
  // is named by its original's own alert instead (the next test).
  it("the duplicate-number warning names the other note: “THL 44 - Grafana Alloy”", async () => {
    const { h, view } = await allEpisodes();
    const numberAlert = (await alertsOf(h, view, THL44_MAYA)).find((a) => a.startsWith("Number 44"));
    expect(numberAlert).toContain("THL 44 - Grafana Alloy");
  });

  it("THL 42's row says a sync conflict copy exists, and names it", async () => {
    const { h, view } = await allEpisodes();
    // The copy's own name holds "conflicted": only an alert other than "Overlaps “…”" counts.
    const said = (await alertsOf(h, view, THL42)).filter((a) => !a.startsWith("Overlaps ") && /conflict/i.test(a));
    expect(said.join(" ")).toContain(THL42_DROPBOX.slice("Shows/THL/".length, -".md".length));
  });

  // Fixed in sync3 (src/core/note/merge-conflict.ts, read in episode.ts; the alert from
  // src/core/status/alerts.ts): THL 43's pre-show list holds a git merge left unresolved
  // (`<<<<<<< HEAD` … `=======` … `>>>>>>> origin/main`). The row counted both sides
  // ("prep 2/6" for a list of four), named "Send the calendar invite" (open on one side,
  // ticked on the other) as next, and warned of nothing. Now the conflict's four lines of
  // items count for nothing until it is resolved: "prep 0/2" (Thumbnail and the YouTube
  // stream), next "Thumbnail", and the row says where the conflict is and what to do.
  it("THL 43's row warns of the unresolved merge", async () => {
    const { h, view } = await allEpisodes();
    expect(readRow(rowEl(view, THL43)).progress).toBe("prep 0/2");
    expect((await alertsOf(h, view, THL43)).join(" ")).toMatch(/merge conflict \(lines 12–18\)/i);
  });
});
