// Shared by the noshow2 tests: Go live and Reschedule episode on an episode of no show ask
// which show, then their other questions, and only then claim the note for it (only
// `office-hours:`, as "Assign to show…" does) with their own writes (props1). Two shows share "Shows" (Café con Grafana in UTC, Grafana Office Hours in
// Berlin); Adobo and Avocados has its own folder, so the picker lists it last. The real
// "03 - Logging Best Practices" note sits in "Shows", three days after the harness's "now".
import type { TestHost } from "../host/test-host";
import { LOGGING03, realNote, showData, start, type Started } from "./harness";

const show = (id: string, name: string, code: string, folder: string, fields: Record<string, unknown> = {}) => ({
  id,
  name,
  code,
  folder,
  guestFields: ["Guest", "Guests"],
  schedule: { weekday: 4, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
  links: { channel: "https://youtube.com/@grafana" },
  ...fields,
});
export const CCG = show("ccg", "Cafe con Grafana", "CCG", "Shows", { language: "es", schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 } });
export const GOH = show("goh", "Grafana Office Hours", "GOH", "Shows");
export const AA = show("aa", "Adobo and Avocados", "A&A", "AA");

export const PATH = `Shows/${LOGGING03}`;
/** Outside every show folder: with one show set up, its episode; with several, no show's. */
export const ELSEWHERE = `Elsewhere/${LOGGING03}`;
export const NAME = LOGGING03.replace(/\.md$/, "");
export const TEXT = realNote(LOGGING03).replace("date: 2025-12-17", "date: 2025-06-05");
/** The note with a property added at the end of its frontmatter. */
export const withProperty = (text: string, line: string) => text.replace(/\n---\n/, `\n${line}\n---\n`);
/** The shows sharing the folder first, then the other, each alphabetically. */
export const PICKED_ORDER = ["Cafe con Grafana (CCG)", "Grafana Office Hours (GOH)", "Adobo and Avocados (A&A)"];

export async function begin(shows = [CCG, GOH, AA], files: Record<string, string> = { [PATH]: TEXT }): Promise<Started> {
  return start({ files, data: showData(shows) });
}

/** The show the plugin's index gives a note. */
export function indexedShow(plugin: Started["plugin"], path: string): string | null | undefined {
  const indexer = (plugin as unknown as { indexer: { index: { get(p: string): { show: { id: string } | null } | undefined } } }).indexer;
  const indexed = indexer.index.get(path);
  return indexed === undefined ? undefined : (indexed.show?.id ?? null);
}

/** Run processFrontMatter's n-th call (1-based) through `instead`; the others as they are. */
export function onFrontMatterCall(h: TestHost, n: number, instead: (real: () => Promise<void>) => Promise<void>): void {
  const manager = h.app.fileManager;
  const real = manager.processFrontMatter.bind(manager);
  let calls = 0;
  manager.processFrontMatter = (...args: Parameters<typeof real>) => {
    calls++;
    return calls === n ? instead(() => real(...args)) : real(...args);
  };
}
