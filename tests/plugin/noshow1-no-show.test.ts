// @vitest-environment happy-dom
// An episode of no show, end to end: three shows share the folder "Shows" and the real
// "03 - Logging Best Practices" note sits there with nothing telling them apart (its
// `Guests::` field is everyone's). Café con Grafana (Spanish, UTC) is listed first: before,
// its snippets came out in Spanish, its live zone was UTC and the sidebar said nothing.
// Now the snippet commands ask which show, going live and rescheduling ask too and claim
// the note for the show chosen (noshow2), and the row says so with an "Assign to show…"
// button that writes only the `office-hours:` property.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, findButton, suggestionTexts, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { LOGGING03, fileAt, finish, realNote, settle, showData, start, topModal, type Started } from "./harness";
import { fakeTimers, openSidebar, redrawn, rowEl } from "./sidebar-dom";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";

let host: TestHost | undefined;
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const show = (id: string, name: string, code: string, fields: Record<string, unknown> = {}) => ({
  id,
  name,
  code,
  folder: "Shows",
  guestFields: ["Guest", "Guests"],
  schedule: { weekday: 4, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
  links: { channel: "https://youtube.com/@grafana" },
  ...fields,
});
const CCG = show("ccg", "Cafe con Grafana", "CCG", { language: "es", schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 }, deadlines: { prepDaysBefore: 6, afterDaysAfter: 7 } });
const GOH = show("goh", "Grafana Office Hours", "GOH");
const AA = show("aa", "Adobo and Avocados", "A&A", { deadlines: { prepDaysBefore: 1, afterDaysAfter: 3 } });

const PATH = `Shows/${LOGGING03}`;
/** The real note three days ahead of the harness's "now" (2 June 2025), its items open: its deadlines matter. */
const TEXT = realNote(LOGGING03).replace("date: 2025-12-17", "date: 2025-06-05").replaceAll("- [x]", "- [ ]");
const CLAIMED_GOH = TEXT.replace("date: 2025-06-05\n---", "date: 2025-06-05\noffice-hours: GOH\n---");
const GOH12 = "Shows/GOH 12 - Govable.md";

async function begin(shows = [CCG, GOH, AA], files: Record<string, string> = { [PATH]: TEXT, [GOH12]: realNote("GOH 12 - Govable.md") }): Promise<Started> {
  const started = await start({ files, data: showData(shows) });
  host = started.host;
  return started;
}

/** The show the plugin's index gives a note (the indexer is the plugin's own). */
function indexedShow(plugin: Started["plugin"], path: string): string | null | undefined {
  const indexer = (plugin as unknown as { indexer: { index: { get(p: string): { show: { id: string } | null } | undefined } } }).indexer;
  const indexed = indexer.index.get(path);
  return indexed === undefined ? undefined : (indexed.show?.id ?? null);
}

function assignButton(view: EpisodesView, path: string): HTMLButtonElement | null {
  return rowEl(view, path).querySelector<HTMLButtonElement>("button.office-hours-assign");
}

function noShowLine(view: EpisodesView, path: string): string | null {
  return rowEl(view, path).querySelector(".office-hours-no-show > span")?.textContent ?? null;
}

const PICKED_ORDER = ["Adobo and Avocados (A&A)", "Cafe con Grafana (CCG)", "Grafana Office Hours (GOH)"];

describe("the sidebar row of an episode of no show", () => {
  it("says so with the shows it could be, and its button claims it: only `office-hours:` is written, and the index takes it as that show's", async () => {
    fakeTimers();
    const { host: h, plugin } = await begin();
    const view = await openSidebar(h);
    expect(noShowLine(view, PATH)).toBe("No show: A&A, CCG or GOH? Assign it to one");
    const button = assignButton(view, PATH);
    if (!button) throw new Error("no Assign button");
    userClick(button);
    await settle(h);
    // The row's click opens the note; the button's does not.
    expect(h.app.workspace.getActiveFile()).toBeNull();
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(CLAIMED_GOH);
    expect(h.noticeMessages()).toEqual([`${LOGGING03.replace(/\.md$/, "")} is now an episode of Grafana Office Hours (office-hours: GOH).`]);
    await redrawn(h);
    expect(indexedShow(plugin, PATH)).toBe("goh");
    expect(noShowLine(view, PATH)).toBeNull();
    expect(assignButton(view, PATH)).toBeNull();
  });

  it("its deadlines do not depend on the order of the shows: the same row whichever show is listed first", async () => {
    fakeTimers();
    const texts: string[] = [];
    for (const order of [
      [CCG, GOH, AA],
      [AA, GOH, CCG],
      [GOH, AA, CCG],
    ]) {
      const { host: h } = await begin(order);
      const view = await openSidebar(h);
      texts.push(rowEl(view, PATH).textContent ?? "");
      finish(h);
      host = undefined;
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    // CCG's six prep days, the earliest any show sets: the prep is late three days before the show.
    expect(texts[0]).toContain("late");
  });
});

describe("Assign this note to a show…", () => {
  it("is offered on an episode of no show only", async () => {
    const { host: h } = await begin();
    await h.openFile(GOH12);
    expect(await h.runCommand("office-hours:assign-to-show")).toBe(false);
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:assign-to-show")).toBe(true);
    await settle(h);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
  });

  it("refuses a note that changed while the show was being chosen, and writes nothing", async () => {
    const { host: h } = await begin();
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:assign-to-show")).toBe(true);
    await settle(h);
    const edited = TEXT.replace("## Pre-show checklist", "## Pre-show checklist\n\nA line typed on another device.");
    await h.app.vault.modify(fileAt(h, PATH), edited);
    await settle(h);
    chooseSuggestion("Cafe con Grafana", topModal(h).modalEl);
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(edited);
    expect(h.noticeMessages().at(-1)).toContain("changed while the show was being chosen; nothing was written");
  });

  it("refuses a note whose properties cannot be read, before asking anything", async () => {
    const broken = TEXT.replace("date: 2025-06-05", "date: [2025-06-05");
    const { host: h, plugin } = await begin(undefined, { [PATH]: broken });
    expect(indexedShow(plugin, PATH)).toBeNull();
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:assign-to-show")).toBe(true);
    await settle(h, 8);
    expect(h.activeModal()).toBeNull();
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(broken);
    expect(h.noticeMessages().at(-1)).toContain("cannot be read");
  });
});

describe("commands on an episode of no show", () => {
  it("a snippet asks which show's texts to use, instead of the first show's Spanish ones", async () => {
    const { host: h } = await begin();
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(h);
    const picker = topModal(h).modalEl;
    expect(picker.querySelector("input")?.getAttribute("placeholder")).toContain("belongs to no show");
    expect(suggestionTexts(picker)).toEqual(PICKED_ORDER);
    chooseSuggestion("Grafana Office Hours", picker);
    await settle(h);
    const preview = Array.from(topModal(h).modalEl.querySelectorAll(".suggestion-item")).find((row) => row.querySelector(".office-hours-snippet-name")?.textContent === "Slack announcement (internal)");
    const text = preview?.querySelector(".office-hours-snippet-preview")?.textContent ?? "";
    expect(text).toContain("Grafana Office Hours");
    expect(text).not.toContain("Spanish");
    expect(text).toContain("CEST");
  });

  it("dismissing the question inserts nothing and opens nothing else", async () => {
    const { host: h } = await begin();
    const view = await h.openFile(PATH);
    expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(h);
    topModal(h).close();
    await settle(h);
    expect(h.activeModal()).toBeNull();
    expect(view.editor.getValue()).toBe(TEXT);
    expect(h.noticeMessages()).toEqual([]);
  });

  // Before noshow2 these two refused with a notice naming the shows and how to claim the
  // note; now they ask which show, claim the note and go on (noshow2-*.test.ts has the rest).
  it("going live asks which show, claims the note for it and goes live as its episode", async () => {
    const { host: h, plugin } = await begin();
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    // The note is dated three days on: Go live first asks about another day's episode (live2).
    expect(topModal(h).modalEl.textContent).toContain("Go live on another day's episode?");
    userClick(findButton(topModal(h).modalEl, "Go live now"));
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(CLAIMED_GOH.replace("office-hours: GOH\n", "office-hours: GOH\nlive: 2025-06-02T10:00:00Z\n"));
    expect(indexedShow(plugin, PATH)).toBe("goh");
  });

  it("rescheduling asks which show and opens the form in that show's zone; the claim waits for the form's submit (props1)", async () => {
    const { host: h } = await begin();
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(h);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    chooseSuggestion("Cafe con Grafana", topModal(h).modalEl);
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, PATH))).toBe(TEXT);
    expect(topModal(h).modalEl.textContent).toContain("In UTC.");
  });

  it("with one show set up, the note is that show's as before: go live works", async () => {
    const { host: h } = await begin([GOH], { [`Elsewhere/${LOGGING03}`]: TEXT });
    await h.openFile(`Elsewhere/${LOGGING03}`);
    expect(await h.runCommand("office-hours:assign-to-show")).toBe(false);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h, 8);
    userClick(findButton(topModal(h).modalEl, "Go live now"));
    await settle(h, 8);
    expect(await h.app.vault.read(fileAt(h, `Elsewhere/${LOGGING03}`))).toMatch(/^---\n[^]*\nlive: /);
  });
});
