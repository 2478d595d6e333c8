// @vitest-environment happy-dom
// Proof on the real five-show vault (tests/fixtures/five-shows, copied unchanged), end to
// end through the stand-in host with the five shows set up by hand and the clock fixed:
// the lifecycle state of every episode, what the default view shows (one list across
// shows, by date), which alerts there are (red only for what is late and still worth
// doing), and that "Next" is never a just-before item once the show is over.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { TestClock, finish, start } from "./harness";
import { fakeTimers, openSidebar, readRow, rowElements, rowPaths, viewButton, viewCount, type RowText } from "./sidebar-dom";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import type { EpisodeRecord } from "../../src/core/vault/episode-record";
import { plainText } from "../../src/core/text/plain";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const GOH = "projects/Grafana Office Hours";
const AA = "projects/Adobo and Avocados";
const CCG = "projects/CafeConGrafana/Episodes";
const OTEL = "projects/Grafana OTel Community Call";
const LOKI = "projects/Loki Community Calls";
const GOH25 = `${GOH}/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md`;
const AA37 = `${AA}/A&A 37 - Observability for testers with Abby Bangser.md`;
const OTEL03 = `${OTEL}/03 - Logging Best Practices.md`;
const LOKI_CACHE = `${LOKI}/2025-03-25-loki-cache.md`;
const LOKI_4 = `${LOKI}/2025-06-24-road-to-4-0.md`;

async function sidebarOn(now: Date): Promise<EpisodesView> {
  ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(now) }));
  return openSidebar(host);
}

function rows(view: EpisodesView): RowText[] {
  return rowElements(view).map(readRow);
}

/** The text of every open just-before-the-show item of a note, from the index. */
function beforeItems(view: EpisodesView, path: string): string[] {
  const indexed = (view as unknown as { services: { indexer: { index: { get(p: string): { episode: EpisodeRecord } | undefined } } } }).services.indexer.index.get(path);
  if (!indexed) throw new Error(`not indexed: ${path}`);
  const { open, sections } = indexed.episode;
  return open
    .tasks()
    .filter((t) => sections[t.section]?.phase === "before")
    .map((t) => plainText(t.text));
}

describe("the five-show vault on Monday 15 January 2024", () => {
  it("gives every episode its lifecycle state", async () => {
    const view = await sidebarOn(FIVE_SHOWS_NOW);
    userClick(viewButton(view, "All"));
    const states: Record<string, number> = {};
    for (const row of rows(view)) {
      const state = row.date === "Date unknown" ? `${row.state}, date unknown` : row.state;
      states[state] = (states[state] ?? 0) + 1;
    }
    expect(states).toEqual({
      // A&A 37 (May), the two Loki calls and OTel 03 (2025).
      scheduled: 4,
      // GOH 25, A&A 22, CCG 005, GOH 12: aired with their video link, after-show items open.
      published: 4,
      // GOH 16 (18 chapters) and GOH 30 (a video link): aired, no date in the note.
      "published, date unknown": 2,
      // CCG 000: all four after-show items ticked.
      done: 1,
      // CCG 012 - TBD.
      idea: 1,
    });
    expect([viewCount(view, "Needs attention"), viewCount(view, "Ideas"), viewCount(view, "Past"), viewCount(view, "All")]).toEqual([5, 1, 6, 12]);
  });

  it("opens on what needs attention: one list across shows, forward in time, each row with its show's chip", async () => {
    const view = await sidebarOn(FIVE_SHOWS_NOW);
    expect(rowPaths(view)).toEqual([GOH25, AA37, LOKI_CACHE, LOKI_4, OTEL03]);
    expect(rows(view).map((r) => [r.chip, r.number, r.state, r.relative])).toEqual([
      ["GOH", "#25", "published", "10 days ago"],
      ["A&A", "#37", "scheduled", "in 4 months"],
      ["LCC", "", "scheduled", "next year"],
      ["LCC", "", "scheduled", "next year"],
      ["GOCC", "#03", "scheduled", "next year"],
    ]);
    // Each show keeps one colour of the theme's palette, and no two shows share one.
    const colours = new Map<string, string>();
    for (const el of rowElements(view)) {
      const chip = el.querySelector(".office-hours-chip");
      colours.set(chip?.textContent ?? "", [...(chip?.classList ?? [])].find((c) => c.startsWith("is-")) ?? "");
    }
    expect(new Set(colours.values()).size).toBe(colours.size);
    // The six archived episodes are a quiet line, not rows.
    expect(view.contentEl.querySelector(".office-hours-quiet-summary")?.textContent).toBe("5 archived episodes left 19 after-show items open (in Past)");
  });

  it("has one alert, red because it is late and still worth doing: GOH 25's after-show items", async () => {
    const view = await sidebarOn(FIVE_SHOWS_NOW);
    userClick(viewButton(view, "All"));
    const alerting = rows(view).filter((r) => r.alert !== null || rowElements(view).find((el) => el.getAttribute("data-path") === r.path)?.classList.contains("has-late"));
    expect(alerting.map((r) => [r.path, r.alert])).toEqual([[GOH25, "3 after-show items open, due 3 days ago"]]);
    const red = rowElements(view).filter((el) => el.classList.contains("has-late"));
    expect(red.map((el) => el.getAttribute("data-path"))).toEqual([GOH25]);
    // Archived rows say what was left open, quietly.
    expect(rows(view).filter((r) => r.quiet !== null).map((r) => r.quiet)).toEqual([
      "3 after-show items left open",
      "3 after-show items left open",
      "3 after-show items left open",
      "3 after-show items left open",
      "7 after-show items left open",
    ]);
  });

  it("never proposes a just-before item after the show", async () => {
    const view = await sidebarOn(FIVE_SHOWS_NOW);
    userClick(viewButton(view, "All"));
    const over = rows(view).filter((r) => /published|aired|done/.test(r.state));
    expect(over).toHaveLength(7);
    for (const row of over) if (row.next !== null) expect(beforeItems(view, row.path)).not.toContain(row.next);
    expect(rows(view).find((r) => r.path === GOH25)?.next).toBe("Add timestamps to the video (at least four).");
  });
});

describe("the five-show vault on the Loki call's day, Tuesday 24 June 2025", () => {
  it("shows the call live, with the just-before items next, its open prep late, and nothing else alerting", async () => {
    const view = await sidebarOn(new Date("2025-06-24T10:00:00Z"));
    expect(rowPaths(view)).toEqual([LOKI_4, OTEL03]);
    const live = rows(view)[0];
    expect(live).toMatchObject({ state: "live", relative: "today", progress: "before 0/10 · prep 0/19", next: "How do you pronounce your name?", alert: "19 prep items open, due 2 days ago" });
    userClick(viewButton(view, "All"));
    expect(rows(view).filter((r) => r.alert !== null).map((r) => r.path)).toEqual([LOKI_4]);
    // Every other episode aired long ago: archived (A&A 37 and the March Loki call among them).
    expect(rows(view).filter((r) => r.quiet !== null).map((r) => r.path)).toContain(LOKI_CACHE);
    expect(rows(view).filter((r) => r.quiet !== null).map((r) => r.path)).toContain(AA37);
    expect(rows(view).filter((r) => r.path.startsWith(CCG)).map((r) => r.state)).toEqual(["idea", "published", "done"]);
  });
});
