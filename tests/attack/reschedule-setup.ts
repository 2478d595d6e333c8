// The scene the reschedule attacks play in: Café con Grafana (its notes carry the date
// in their names), one episode made by the built-in template, its invite and the index
// note's list written by the plugin's own commands, and helpers to drive the form.
import { afterEach, expect } from "vitest";
import { instantOf, parseIcs, textOf } from "../core/calendar/ics-oracle";
import type { TestHost } from "../host/test-host";
import { chooseSuggestion, findButton, typeInto, userClick } from "../host/interactions";
import { finish, onDisk, settle, showData, start, topModal, TestClock } from "../plugin/harness";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type OfficeHoursPlugin from "../../src/main";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";

export const NOW = new Date("2024-02-01T09:00:00Z");
export const FOLDER = "CafeConGrafana/Episodes";
export const README = "CafeConGrafana/README.md";
export const OLD = `${FOLDER}/CCG 012 - 240215 - TBD.md`;
export const NEW = `${FOLDER}/CCG 012 - 240222 - TBD.md`;
export const ICS_OLD = `${FOLDER}/CCG 012 - 240215 - TBD.ics`;
export const ICS_NEW = `${FOLDER}/CCG 012 - 240222 - TBD.ics`;
/** The user's own lines around the plugin's block, which no reschedule may touch. */
export const README_HEAD = "# Café con Grafana\n\nNuestro show. 📅 2024-02-15 stays as I wrote it.\n\n";
export const README_TAIL = "\n## Mis notas\n\n- [[CCG 012 - 240215 - TBD]] is mentioned here too.\n";

export function ccg(overrides: Partial<ShowSettings> = {}): ShowSettings {
  const show = defaultShow("Europe/Madrid", "Cafe con Grafana");
  show.id = "ccg";
  show.code = "CCG";
  show.folder = FOLDER;
  show.fileNamePattern = "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}";
  show.numberPadding = 3;
  show.schedule = { weekday: 4, time: "16:00", timeZone: "Europe/Madrid", durationMinutes: 60 };
  show.indexNote = README;
  show.links.studio = "https://streamyard.com/ccg";
  show.links.channel = "https://youtube.com/@grafana";
  show.hostName = "Mariana";
  return Object.assign(show, overrides);
}

/**
 * A test file's hosts, one at a time: `setUp` plays the scene, `keep` takes a host started
 * otherwise. The previous host is finished (its errors checked) when the next one comes,
 * and the last one after each test.
 */
export function sceneHosts(): { setUp: (options?: Parameters<typeof scene>[0]) => Promise<TestHost>; keep: (host: TestHost) => TestHost } {
  let current: TestHost | undefined;
  const keep = (host: TestHost): TestHost => {
    finish(current);
    current = host;
    return host;
  };
  afterEach(() => {
    finish(current);
    current = undefined;
  });
  return { setUp: async (options = {}) => keep((await scene(options)).host), keep };
}

export interface Scene {
  host: TestHost;
  plugin: OfficeHoursPlugin;
  path: string;
  clock: TestClock;
}

/**
 * The show's episode of 15 Feb 2024 (or `episode`'s), its invite exported and its index list
 * written by the plugin; `extra` files are in the vault from the start.
 */
export async function scene(
  options: { show?: ShowSettings; extra?: Record<string, string>; episode?: { topic: string; number: number | null; date: string }; settings?: Record<string, unknown> } = {},
): Promise<Scene> {
  const show = options.show ?? ccg();
  const wanted = options.episode ?? { topic: "TBD", number: 12, date: "2024-02-15" };
  const plan = planEpisode({ topic: wanted.topic, guests: ["Israel Blancas"], date: wanted.date, time: "16:00", number: wanted.number }, show, null, NOW);
  const started = await start({
    clock: new TestClock(NOW),
    data: showData([show as unknown as Record<string, unknown>], options.settings),
    files: { [plan.path]: plan.content, [README]: `${README_HEAD}${BLOCK_START}\n${BLOCK_END}\n${README_TAIL}`, ...(options.extra ?? {}) },
  });
  const host = started.host;
  await host.openFile(plan.path);
  await host.runCommand("office-hours:create-calendar-invite");
  await settle(host);
  // A numberless episode's invite asks for the number first: left out, as a user would.
  const asked = host.activeModal();
  if (asked) {
    userClick(findButton(asked.modalEl, "Leave them out"));
    await settle(host);
  }
  await host.runCommand("office-hours:update-index-note");
  await settle(host);
  return { host, plugin: started.plugin, path: plan.path, clock: started.clock };
}

export function form(h: TestHost): { date: HTMLInputElement; time: HTMLInputElement; el: HTMLElement } {
  const el = topModal(h).modalEl;
  const date = el.querySelector<HTMLInputElement>('input[type="date"]');
  const time = el.querySelector<HTMLInputElement>('input[type="time"]');
  if (!date || !time) throw new Error("no form");
  return { date, time, el };
}

/** Open the form and type the new date (and time); the form stays open. `pick`: the episode chosen in the picker (no episode active). */
export async function openForm(h: TestHost, date: string, time?: string, pick?: string): Promise<ReturnType<typeof form>> {
  await h.runCommand("office-hours:reschedule-episode");
  await settle(h);
  if (pick !== undefined) {
    chooseSuggestion(pick);
    await settle(h);
  }
  const f = form(h);
  typeInto(f.date, date);
  if (time !== undefined) typeInto(f.time, time);
  return f;
}

export async function submit(h: TestHost, f: ReturnType<typeof form>): Promise<void> {
  userClick(findButton(f.el, "Reschedule"));
  await settle(h, 8);
}

export async function reschedule(h: TestHost, date: string, time?: string, pick?: string): Promise<void> {
  await submit(h, await openForm(h, date, time, pick));
}

export async function undo(h: TestHost): Promise<void> {
  await h.runCommand("office-hours:undo-reschedule");
  await settle(h, 8);
}

/** What the form says would change, or why it cannot. */
export function formChanges(f: ReturnType<typeof form>): string[] {
  return Array.from(f.el.querySelectorAll(".office-hours-reschedule-changes li")).map((li) => li.textContent);
}

/** The one event of an .ics, read by ical.js (which throws on anything malformed). */
export function event(ics: string): { uid: string | null; sequence: number; start: string | null } {
  const [vevent, ...more] = parseIcs(ics).events;
  if (!vevent || more.length > 0) throw new Error("not one event");
  return { uid: textOf(vevent, "uid"), sequence: Number(vevent.getFirstPropertyValue("sequence")), start: instantOf(vevent, "dtstart") };
}

/** Every file of the vault (plugin data aside) with its bytes on disk. */
export function snapshot(h: TestHost): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of h.app.vault.getFiles()) if (!file.path.startsWith(".obsidian/")) out[file.path] = onDisk(h, file.path);
  return out;
}

/** The README's lines outside the plugin's block, which must stay the user's. */
export function outsideBlock(text: string): string {
  const start = text.indexOf(BLOCK_START.slice(0, BLOCK_START.indexOf(" (")));
  const end = text.indexOf(BLOCK_END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(0, start) + text.slice(end + BLOCK_END.length);
}
