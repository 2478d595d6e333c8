// @vitest-environment happy-dom
// The Guests view with ten thousand guests, and with one guest in five thousand episodes:
// a redraw after the index changed, a redraw per key typed in the filter, and a card
// listing every episode each grow in proportion to the guests (n against 4n,
// tests/support/growth.ts), never with their square. The view is drawn on the stand-in host.
import { afterAll, describe, expect, it } from "vitest";
import { Events, type EventRef } from "obsidian";
import { createHost, type Host } from "../host/host";
import { bestGrowth, type Make } from "../support/growth";
import { GuestDirectory } from "../../src/core/guests/directory";
import { defaultStatusNames } from "../../src/core/guests/statuses";
import type { EpisodeGuests } from "../../src/core/guests/mention";
import { GuestsView, type GuestViewActions } from "../../src/plugin/guests/guests-view";

const TODAY = "2025-06-02";
const LIMIT = 8;
const SHOWS = ["Grafana Office Hours", "Loki Community Calls", "Grafana OTel Community Call"];

let host: Host | undefined;
afterAll(() => host?.dispose());

const actions: GuestViewActions = {
  openNote: () => undefined,
  openEpisode: () => undefined,
  invite: () => undefined,
  mark: () => undefined,
  addSuggested: () => Promise.resolve(false),
  samePerson: () => undefined,
  importList: () => undefined,
};

function episode(i: number, guests: string[]): EpisodeGuests {
  return { path: `E/${i}.md`, title: `Episode ${i} on tracing`, show: SHOWS[i % SHOWS.length] ?? null, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, guests: guests.map((name) => ({ name, target: null, affiliation: null })) };
}

interface Drawn {
  view: GuestsView;
  directory: GuestDirectory;
  /** Tells the view the index changed, as the indexer's event does. */
  changed(): void;
  episodes: number;
}

async function drawn(episodes: EpisodeGuests[]): Promise<Drawn> {
  host ??= await createHost();
  const directory = new GuestDirectory();
  for (const e of episodes) directory.setEpisode(e.path, e);
  const events = new Events();
  const view = new GuestsView(host.app.workspace.getLeaf(true), {
    guests: { isReady: true, directory, onChange: (callback: () => void): EventRef => events.on("changed", callback) },
    today: () => TODAY,
    statusNames: () => defaultStatusNames(),
    showLabels: () => new Map(SHOWS.map((s) => [s, s.split(" ").map((w) => w[0]).join("")])),
    actions,
  });
  await view.onOpen();
  return { view, directory, changed: () => events.trigger("changed"), episodes: episodes.length };
}

// Made before timing (bestGrowth times only the run): a vault of `size` guests, or one
// guest in `size` episodes, drawn once.
const manyGuests = (size: number) => Array.from({ length: size }, (_, i) => episode(i, [`Person${i} Lastname${i % 997}`]));
const oneGuest = (size: number) => Array.from({ length: size }, (_, i) => episode(i, ["Ed Welch"]));

/** One episode's guests changed, then the view drawn as the indexer's event makes it. */
function changeAndRedraw(d: Drawn): number {
  const path = `E/${d.episodes}.md`;
  d.directory.setEpisode(path, d.directory.note(path) ? null : episode(d.episodes, ["Ann Lee"]));
  d.changed();
  d.view.redraw();
  return d.view.contentEl.childElementCount;
}

/** A letter typed in the filter: the search box's input event, which redraws at once. */
function typeLetter(d: Drawn): number {
  const search = d.view.contentEl.querySelector<HTMLInputElement>(".office-hours-search");
  if (!search) throw new Error("no search box");
  search.value = search.value === "tracin" ? "tracing" : "tracin";
  search.dispatchEvent(new Event("input"));
  return d.view.contentEl.querySelectorAll(".office-hours-guest").length;
}

/** Views by family and size, shared by the cases that time different things on one vault. */
const made = new Map<string, Drawn>();

async function family(size: number, make: (size: number) => EpisodeGuests[]): Promise<Drawn> {
  const key = `${make.name}:${size}`;
  const known = made.get(key);
  if (known) return known;
  const d = await drawn(make(size));
  d.view.redraw();
  made.set(key, d);
  return d;
}

describe("the Guests view grows with its guests, not their square", () => {
  it("draws at most a page of cards and lists a card's latest episodes, with Show all", async () => {
    const d = await drawn(oneGuest(500));
    d.view.redraw();
    const card = d.view.contentEl.querySelector(".office-hours-guest");
    expect(card?.querySelectorAll(".office-hours-guest-episode")).toHaveLength(8);
    const all = card?.querySelector<HTMLButtonElement>(".office-hours-guest-all-episodes");
    expect(all?.textContent).toBe("Show all 500 episodes");
    all?.click();
    expect(d.view.contentEl.querySelectorAll(".office-hours-guest-episode")).toHaveLength(500);
    const many = await drawn(manyGuests(2000));
    many.view.redraw();
    expect(many.view.contentEl.querySelectorAll(".office-hours-guest")).toHaveLength(100);
    expect(many.view.contentEl.querySelector(".office-hours-more")?.textContent).toBe("Show more (1900 not shown)");
  });

  // Sizes at 4n: 10,000 guests; one guest in 5,000 episodes. The inputs are prepared
  // synchronously below (bestGrowth's make cannot wait), so they are made first.
  const cases: [name: string, make: (size: number) => EpisodeGuests[], run: (d: Drawn) => number, n: number][] = [
    ["10,000 guests: a redraw after the index changed", manyGuests, changeAndRedraw, 2500],
    ["10,000 guests: a letter typed in the filter", manyGuests, typeLetter, 2500],
    ["one guest in 5,000 episodes: a redraw after the index changed", oneGuest, changeAndRedraw, 1250],
    ["one guest in 5,000 episodes: a letter typed in the filter", oneGuest, typeLetter, 1250],
  ];
  it.each(cases)("%s", async (_name, make, run, n) => {
    const views = new Map<number, Drawn>();
    for (const size of [n, 4 * n]) views.set(size, await family(size, make));
    const input: Make<Drawn> = (size) => {
      const d = views.get(size);
      if (!d) throw new Error(`no view of ${size}`);
      return d;
    };
    expect(bestGrowth(run, input, n, LIMIT, 1)).toBeLessThan(LIMIT);
  }, 120_000);
});
