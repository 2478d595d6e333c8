// @vitest-environment happy-dom
// Go live on an episode of no show: it asks which show, then goes live as that show's
// episode. The claim and `live:` are one write, after every question (props1: a Cancel
// anywhere changes nothing); each case below is what happens around it (see
// noshow2-setup.ts for the vault).
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, suggestionTexts, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, topModal } from "./harness";
import { AA, CCG, ELSEWHERE, GOH, NAME, PATH, PICKED_ORDER, TEXT as LATER_TEXT, begin, indexedShow, withProperty } from "./noshow2-setup";
import type { LiveService } from "../../src/plugin/live/live-service";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const LIVE = "live: 2025-06-02T10:00:00Z";
// Dated on the harness's day: Go live on another day's note first asks whether to (live2),
// a question these cases are not about.
const TEXT = LATER_TEXT.replace("date: 2025-06-05", "date: 2025-06-02");
const read = (h: TestHost) => h.app.vault.read(fileAt(h, PATH));
const live = (plugin: unknown) => (plugin as { live: LiveService }).live;

async function goLive(shows = [CCG, GOH, AA], text = TEXT, path = PATH) {
  const started = await begin(shows, { [path]: text });
  host = started.host;
  const view = await started.host.openFile(path);
  expect(await started.host.runCommand("office-hours:go-live")).toBe(true);
  await settle(started.host);
  return { ...started, view };
}

describe("Go live on an episode of no show", () => {
  it("asks which show (those sharing its folder first), claims the note and goes live: the live clock is that show's", async () => {
    const { host: h, plugin } = await goLive();
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    expect(topModal(h).modalEl.querySelector("input")?.getAttribute("placeholder")).toContain("belongs to no show");
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(TEXT, `office-hours: GOH\n${LIVE}`));
    expect(h.noticeMessages()).toEqual([`${NAME} is now an episode of Grafana Office Hours (office-hours: GOH).`]);
    expect(indexedShow(plugin, PATH)).toBe("goh");
    const onAir = live(plugin).liveEpisodes();
    expect(onAir.map((e) => e.episode.path)).toEqual([PATH]);
    expect(live(plugin).zoneOf(onAir[0] ?? { show: null })).toBe("Europe/Berlin");
  });

  it("keeps typing not yet saved: it is saved first, then the claim and `live:` are added to it", async () => {
    const started = await begin(undefined, { [PATH]: TEXT });
    host = started.host;
    const h = started.host;
    const view = await h.openFile(PATH);
    const typed = TEXT.replace("## Pre-show checklist", "## Pre-show checklist\n\nGuest is in the green room.");
    view.editor.setValue(typed);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    chooseSuggestion("Cafe con Grafana", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(typed, `office-hours: CCG\n${LIVE}`));
    expect(view.editor.getValue()).toBe(withProperty(typed, `office-hours: CCG\n${LIVE}`));
  });

  it("dismissing the question writes nothing and says so", async () => {
    const { host: h, plugin } = await goLive();
    topModal(h).close();
    // The picker tells a dismissal from a choice a moment after it closes (dismissal.ts).
    await new Promise((resolve) => window.setTimeout(resolve, 5));
    await settle(h, 8);
    expect(h.activeModal()).toBeNull();
    expect(await read(h)).toBe(TEXT);
    expect(h.noticeMessages()).toEqual([`No show was chosen, so Go live did nothing: “${NAME}” was not changed.`]);
    expect(live(plugin).liveEpisodes()).toEqual([]);
  });

  it("refuses a note whose properties cannot be read, before asking anything", async () => {
    const broken = TEXT.replace("date: 2025-06-02", "date: [2025-06-02");
    const { host: h } = await goLive(undefined, broken);
    expect(h.activeModal()).toBeNull();
    expect(await read(h)).toBe(broken);
    expect(h.noticeMessages().at(-1)).toContain("cannot be read");
  });

  it("refuses a note that changed while the show was being chosen: no claim, no `live:`", async () => {
    const { host: h } = await goLive();
    const edited = TEXT.replace("## Pre-show checklist", "## Pre-show checklist\n\nA line typed on another device.");
    await h.app.vault.modify(fileAt(h, PATH), edited);
    await settle(h);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(edited);
    expect(h.noticeMessages().at(-1)).toContain("changed while the show was being chosen; nothing was written. Run “Go live” again.");
  });

  it("when the write fails, neither the claim nor `live:` is written, and the notice says so", async () => {
    const { host: h, plugin, view } = await goLive();
    // A closed note: the write goes through Vault.process, which fails once.
    view.leaf.detach();
    const vault = h.app.vault;
    const process = vault.process.bind(vault);
    vault.process = () => {
      vault.process = process;
      return Promise.reject(new Error("disk full"));
    };
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(TEXT);
    expect(h.noticeMessages().at(-1)).toContain("Could not go live: disk full");
    expect(h.noticeMessages().join("\n")).not.toContain("is now an episode of");
    expect(live(plugin).liveEpisodes()).toEqual([]);
  });

  it("when another device claims the note for another show while the day question is open, nothing is written", async () => {
    const { host: h, plugin } = await goLive(undefined, LATER_TEXT);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(topModal(h).modalEl.textContent).toContain(`${NAME} is dated`);
    await h.app.vault.modify(fileAt(h, PATH), withProperty(LATER_TEXT, "office-hours: CCG"));
    await settle(h, 8);
    userClick(findButton(topModal(h).modalEl, "Go live now"));
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(LATER_TEXT, "office-hours: CCG"));
    const notice = h.noticeMessages().at(-1) ?? "";
    expect(notice).toContain("got office-hours: CCG meanwhile (another device?), not Grafana Office Hours; nothing was written.");
    expect(live(plugin).liveEpisodes()).toEqual([]);
  });

  it("another device naming the same show another way meanwhile: it still goes live, their spelling kept", async () => {
    const { host: h, plugin } = await goLive(undefined, LATER_TEXT);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    await h.app.vault.modify(fileAt(h, PATH), withProperty(LATER_TEXT, "office-hours: grafana office hours"));
    await settle(h, 8);
    userClick(findButton(topModal(h).modalEl, "Go live now"));
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(LATER_TEXT, `office-hours: grafana office hours\n${LIVE}`));
    expect(live(plugin).liveEpisodes().map((e) => e.episode.path)).toEqual([PATH]);
  });

  it("with one show set up there is no question: a note outside its folder goes live as its episode, nothing claimed", async () => {
    const { host: h } = await goLive([GOH], TEXT, ELSEWHERE);
    expect(h.activeModal()).toBeNull();
    expect(await h.app.vault.read(fileAt(h, ELSEWHERE))).toBe(withProperty(TEXT, LIVE));
  });
});
