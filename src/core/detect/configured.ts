// Proposals against the shows already configured: a proposal for a show the settings
// already hold (same folder, code or name) becomes a correction listing only what
// differs, or nothing at all when the notes agree. A first-time user's untouched
// default show is not a show they set up: accepting detected shows replaces it.
import { defaultShow, type OfficeHoursSettings, type ShowSettings } from "../settings/settings";
import { canonicalKey } from "../note/fields";
import { LINK_FIELDS, type DetectField, type ProposedShow } from "./types";

function clean(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").trim();
}

/** True while the settings still hold only the show a first-time user starts with. */
export function isUntouchedDefault(settings: OfficeHoursSettings): boolean {
  const only = settings.shows[0];
  if (settings.shows.length !== 1 || !only) return false;
  return JSON.stringify(sorted(only)) === JSON.stringify(sorted(defaultShow(only.schedule.timeZone)));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sorted((value as Record<string, unknown>)[key]);
  return out;
}

/** The configured show a proposal is about, or null. */
export function configuredMatch(proposal: ShowSettings, shows: readonly ShowSettings[]): ShowSettings | null {
  const folder = clean(proposal.folder);
  const code = proposal.code.trim().toLowerCase();
  const name = proposal.name.trim().toLowerCase();
  return (
    shows.find((s) => folder !== "" && clean(s.folder) === folder) ??
    shows.find((s) => code !== "" && s.code.trim().toLowerCase() === code) ??
    shows.find((s) => name !== "" && s.name.trim().toLowerCase() === name) ??
    null
  );
}

/**
 * The configured show with what detection found applied, and which fields changed.
 * Only fields detection is sure enough about (not left at the default) are applied; the
 * name is the user's own and stays; guest fields and phase headings are added to, never
 * replaced; links only fill empty ones, and the format only becomes a podcast.
 */
export function correction(configured: ShowSettings, found: ProposedShow): { show: ShowSettings; changes: DetectField[] } {
  const show = structuredClone(configured);
  const changes: DetectField[] = [];
  const evidence = found.evidence;
  const sure = (field: DetectField) => evidence[field] !== undefined && evidence[field]?.confidence !== "default";
  const next = found.show;
  const set = <K extends DetectField>(field: K, differs: boolean, apply: () => void) => {
    if (!sure(field) || !differs) return;
    apply();
    changes.push(field);
  };
  set("code", next.code !== "" && next.code !== show.code, () => (show.code = next.code));
  set("folder", clean(next.folder) !== clean(show.folder), () => (show.folder = next.folder));
  set("template", next.template !== "" && clean(next.template) !== clean(show.template), () => (show.template = next.template));
  set("indexNote", next.indexNote !== "" && clean(next.indexNote) !== clean(show.indexNote), () => (show.indexNote = next.indexNote));
  set("fileNamePattern", next.fileNamePattern !== show.fileNamePattern, () => (show.fileNamePattern = next.fileNamePattern));
  set("numberPadding", next.numberPadding !== show.numberPadding, () => (show.numberPadding = next.numberPadding));
  // A monthly cadence the notes show is proposed; a weekly finding never undoes one set by hand.
  const month = next.schedule.weekOfMonth;
  set("weekday", next.schedule.weekday !== show.schedule.weekday || (month !== undefined && month !== show.schedule.weekOfMonth), () => {
    show.schedule.weekday = next.schedule.weekday;
    if (month !== undefined) show.schedule.weekOfMonth = month;
  });
  set("time", next.schedule.time !== show.schedule.time, () => (show.schedule.time = next.schedule.time));
  set("timeZone", next.schedule.timeZone !== show.schedule.timeZone, () => (show.schedule.timeZone = next.schedule.timeZone));
  const zones = next.displayTimeZones.filter((z) => !show.displayTimeZones.includes(z));
  set("displayTimeZones", zones.length > 0, () => (show.displayTimeZones = [...show.displayTimeZones, ...zones]));
  const known = new Set(show.guestFields.map((f) => canonicalKey(f) + (f.trim().endsWith(":") && !f.trim().endsWith("::") ? ":" : "")));
  const fields = next.guestFields.filter((f) => !known.has(canonicalKey(f) + (f.trim().endsWith(":") && !f.trim().endsWith("::") ? ":" : "")));
  set("guestFields", fields.length > 0, () => (show.guestFields = [...show.guestFields, ...fields]));
  const added = (Object.keys(next.phaseHeadings) as (keyof ShowSettings["phaseHeadings"])[]).flatMap((phase) =>
    next.phaseHeadings[phase].filter((p) => !show.phaseHeadings[phase].some((q) => q.toLowerCase() === p.toLowerCase())).map((p) => ({ phase, p })),
  );
  set("phaseHeadings", added.length > 0, () => {
    for (const { phase, p } of added) show.phaseHeadings[phase].push(p);
  });
  set("language", next.language !== "" && next.language !== show.language, () => (show.language = next.language));
  // A recorded podcast the notes show is proposed; detection never turns a podcast set by hand back into a live stream.
  set("format", next.format === "podcast" && show.format !== "podcast", () => (show.format = "podcast"));
  // A link is only filled in where there is none: one typed by hand (a studio's own room) stays.
  for (const field of LINK_FIELDS) {
    set(field, next.links[field] !== "" && show.links[field].trim() === "", () => (show.links[field] = next.links[field]));
  }
  return { show, changes };
}
