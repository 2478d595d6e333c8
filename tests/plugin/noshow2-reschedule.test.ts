// @vitest-environment happy-dom
// Reschedule episode on an episode of no show: it asks which show, then opens its form with
// that show's zone and usual time, as for any of its episodes; the claim is written when
// the form is submitted (props1: Cancel on the form leaves the note as it was).
// See noshow2-setup.ts for the vault.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, suggestionTexts, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, topModal } from "./harness";
import { AA, CCG, ELSEWHERE, GOH, NAME, PATH, PICKED_ORDER, TEXT, begin, indexedShow, withProperty } from "./noshow2-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const read = (h: TestHost, path = PATH) => h.app.vault.read(fileAt(h, path));

async function reschedule(shows = [CCG, GOH, AA], open = true, path = PATH) {
  const started = await begin(shows, { [path]: TEXT });
  host = started.host;
  if (open) await started.host.openFile(path);
  else {
    // Not open: the command asks which episode first.
    expect(await started.host.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(started.host);
    chooseSuggestion(NAME, topModal(started.host).modalEl);
    await settle(started.host);
    return started;
  }
  expect(await started.host.runCommand("office-hours:reschedule-episode")).toBe(true);
  await settle(started.host);
  return started;
}

function form(h: TestHost): { date: HTMLInputElement; time: HTMLInputElement; el: HTMLElement } {
  const el = topModal(h).modalEl;
  const date = el.querySelector<HTMLInputElement>('input[type="date"]');
  const time = el.querySelector<HTMLInputElement>('input[type="time"]');
  if (!date || !time) throw new Error("no form");
  return { date, time, el };
}

describe("Reschedule episode on an episode of no show", () => {
  it("asks which show, and the form has that show's zone and time; the submit claims the note, and undo keeps the claim", async () => {
    const { host: h, plugin } = await reschedule();
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(TEXT);
    const f = form(h);
    expect(f.el.textContent).toContain("In Europe/Berlin.");
    expect(f.date.value).toBe("2025-06-05");
    expect(f.time.value).toBe("16:00");
    typeInto(f.date, "2025-06-12");
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    const after = await read(h);
    expect(after).toContain("date: 2025-06-12\n");
    expect(after).toContain("office-hours: GOH\n");
    expect(indexedShow(plugin, PATH)).toBe("goh");
    expect(h.noticeMessages()[0]).toBe(`${NAME} is now an episode of Grafana Office Hours (office-hours: GOH).`);
    expect(h.noticeMessages().at(-1)).toContain(`Rescheduled ${NAME}`);
    // Undo takes back the move, not the claim the host answered before the form.
    expect(await h.runCommand("office-hours:undo-reschedule")).toBe(true);
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(TEXT, "office-hours: GOH"));
  });

  it("Cancel on the form: nothing was written, the note is no show's still", async () => {
    const { host: h, plugin } = await reschedule();
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(form(h).el.textContent).toContain("In Europe/Berlin.");
    topModal(h).close();
    await settle(h, 8);
    expect(await read(h)).toBe(TEXT);
    expect(indexedShow(plugin, PATH)).toBe(null);
  });

  it("the claim keeps the host's comments in the properties, and the host's unsaved typing", async () => {
    const commented = TEXT.replace("date: 2025-06-05", "date: 2025-06-05 # moved from Tuesday\n# sponsor: keep quiet");
    const started = await begin(undefined, { [PATH]: commented });
    host = started.host;
    const h = started.host;
    const view = await h.openFile(PATH);
    expect(await h.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(h);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    view.editor.replaceRange("Typed while the form was open.\n", { line: view.editor.lineCount() - 1, ch: 0 });
    const f = form(h);
    typeInto(f.date, "2025-06-12");
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    const after = await read(h);
    expect(after).toContain("date: 2025-06-12 # moved from Tuesday\n# sponsor: keep quiet\noffice-hours: GOH\n---\n");
    expect(after).toContain("Typed while the form was open.");
  });

  it("another show chosen, another zone and time: Café con Grafana's UTC and 13:00", async () => {
    const { host: h } = await reschedule();
    chooseSuggestion("Cafe con Grafana", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(TEXT);
    expect(form(h).el.textContent).toContain("In UTC.");
    expect(form(h).time.value).toBe("13:00");
  });

  it("also for a note picked from the list, not open in the editor", async () => {
    const { host: h } = await reschedule(undefined, false);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual(PICKED_ORDER);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(await read(h)).toBe(TEXT);
    expect(form(h).el.textContent).toContain("In Europe/Berlin.");
  });

  it("dismissing the question opens no form, writes nothing and says so", async () => {
    const { host: h } = await reschedule();
    topModal(h).close();
    // The picker tells a dismissal from a choice a moment after it closes (dismissal.ts).
    await new Promise((resolve) => window.setTimeout(resolve, 5));
    await settle(h, 8);
    expect(h.activeModal()).toBeNull();
    expect(await read(h)).toBe(TEXT);
    expect(h.noticeMessages()).toEqual([`No show was chosen, so Reschedule episode did nothing: “${NAME}” was not changed.`]);
  });

  it("refuses a note whose properties cannot be read, before asking anything", async () => {
    const broken = TEXT.replace("date: 2025-06-05", "date: [2025-06-05");
    const started = await begin(undefined, { [PATH]: broken });
    host = started.host;
    const h = started.host;
    await h.openFile(PATH);
    expect(await h.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(h, 8);
    expect(h.activeModal()).toBeNull();
    expect(await read(h)).toBe(broken);
    expect(h.noticeMessages().at(-1)).toContain("cannot be read");
  });

  it("refuses a note that changed while the show was being chosen: no claim, no form", async () => {
    const { host: h } = await reschedule();
    const edited = TEXT.replace("## Pre-show checklist", "## Pre-show checklist\n\nA line typed on another device.");
    await h.app.vault.modify(fileAt(h, PATH), edited);
    await settle(h);
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    expect(h.activeModal()).toBeNull();
    expect(await read(h)).toBe(edited);
    expect(h.noticeMessages().at(-1)).toContain("nothing was written. Run “Reschedule episode” again.");
  });

  it("when another device claims the note for another show while the form is open, the submit writes nothing", async () => {
    const { host: h } = await reschedule();
    chooseSuggestion("Grafana Office Hours", topModal(h).modalEl);
    await settle(h, 8);
    const f = form(h);
    await h.app.vault.modify(fileAt(h, PATH), withProperty(TEXT, "office-hours: CCG"));
    await settle(h, 8);
    typeInto(f.date, "2025-06-12");
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    expect(await read(h)).toBe(withProperty(TEXT, "office-hours: CCG"));
    expect(h.noticeMessages().at(-1)).toContain("Grafana Office Hours was not assigned");
    expect(h.noticeMessages().at(-1)).toContain("Cafe con Grafana");
  });

  it("with one show set up there is no question: for a note outside its folder the form opens at once", async () => {
    const { host: h } = await reschedule([GOH], true, ELSEWHERE);
    expect(form(h).el.textContent).toContain("In Europe/Berlin.");
    expect(h.noticeMessages()).toEqual([]);
  });
});
