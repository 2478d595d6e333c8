// Proposals against the shows already configured: a proposal for a show the settings
// already hold (same folder, code or name) becomes a correction listing only what
// differs, or nothing at all when the notes agree. A first-time user's untouched
// default show is not a show they set up: accepting detected shows replaces it.
import { defaultShow, type OfficeHoursSettings, type ShowSettings } from "../settings/settings";
import { canonicalKey } from "../note/fields";
import { LINK_FIELDS, type DetectField, type HeldChange, type ProposedShow } from "./types";
import { declineKey, declinedKeys } from "../settings/declined";
import { valuesOf } from "./declines";
import { sameClock, storedClockStands } from "./stored-schedule";

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
  return configuredMatcher(shows)(proposal);
}

/**
 * configuredMatch for many proposals against the same shows: the shows are looked up by
 * folder, code and name (the first show of each, as a search in order finds it), so a
 * vault of thousands of shows, all set up, is not thousands times thousands comparisons.
 */
export function configuredMatcher(shows: readonly ShowSettings[]): (proposal: ShowSettings) => ShowSettings | null {
  const byFolder = new Map<string, ShowSettings>();
  const byCode = new Map<string, ShowSettings>();
  const byName = new Map<string, ShowSettings>();
  for (const s of shows) {
    const folder = clean(s.folder);
    const code = s.code.trim().toLowerCase();
    const name = s.name.trim().toLowerCase();
    if (!byFolder.has(folder)) byFolder.set(folder, s);
    if (!byCode.has(code)) byCode.set(code, s);
    if (!byName.has(name)) byName.set(name, s);
  }
  return (proposal) => {
    const folder = clean(proposal.folder);
    const code = proposal.code.trim().toLowerCase();
    const name = proposal.name.trim().toLowerCase();
    return (folder !== "" ? byFolder.get(folder) : undefined) ?? (code !== "" ? byCode.get(code) : undefined) ?? (name !== "" ? byName.get(name) : undefined) ?? null;
  };
}

/**
 * The configured show with what detection found applied, and which fields changed.
 * Only fields detection is sure enough about (not left at the default) are applied; the
 * name is the user's own and stays; guest fields and phase headings are added to, never
 * replaced; links only fill empty ones, and the format only becomes a podcast.
 *
 * What the user decided is held, not applied (`held`, declines.ts): a value declined
 * before (an item of a list field on its own), and the format, which a configured show
 * has because the user set it up so (a live stream is what a show is until the user says
 * otherwise, and absent is all the settings store): a podcast is offered unticked.
 */
export function correction(configured: ShowSettings, found: ProposedShow): { show: ShowSettings; changes: DetectField[]; held: HeldChange[] } {
  const show = structuredClone(configured);
  const changes: DetectField[] = [];
  const held: HeldChange[] = [];
  const declined = declinedKeys(configured);
  const isDeclined = (field: DetectField, value: string) => declined.has(declineKey(field, value));
  const evidence = found.evidence;
  const sure = (field: DetectField) => evidence[field] !== undefined && evidence[field]?.confidence !== "default";
  const next = found.show;
  const set = <K extends DetectField>(field: K, differs: boolean, apply: (target: ShowSettings) => void, offered = false) => {
    if (!sure(field) || !differs) return;
    const trial = structuredClone(show);
    apply(trial);
    const values = valuesOf(trial, field);
    if (values.length > 0 && values.every((v) => isDeclined(field, v))) held.push({ field, why: "declined", values, show: trial });
    else if (offered) held.push({ field, why: "offered", values, show: trial });
    else {
      apply(show);
      changes.push(field);
    }
  };
  /** A list field's additions: each declined item is held on its own, the rest proposed. */
  const addItems = <T>(field: DetectField, items: readonly T[], text: (item: T) => string, apply: (target: ShowSettings, items: readonly T[]) => void) => {
    if (!sure(field) || items.length === 0) return;
    const no = items.filter((item) => isDeclined(field, text(item)));
    const yes = items.filter((item) => !isDeclined(field, text(item)));
    if (no.length > 0) {
      const trial = structuredClone(show);
      apply(trial, no);
      held.push({ field, why: "declined", values: no.map(text), show: trial });
    }
    if (yes.length > 0) {
      apply(show, yes);
      changes.push(field);
    }
  };
  set("code", next.code !== "" && next.code !== show.code, (s) => (s.code = next.code));
  set("folder", clean(next.folder) !== clean(show.folder), (s) => (s.folder = next.folder));
  set("template", next.template !== "" && clean(next.template) !== clean(show.template), (s) => (s.template = next.template));
  set("indexNote", next.indexNote !== "" && clean(next.indexNote) !== clean(show.indexNote), (s) => (s.indexNote = next.indexNote));
  set("fileNamePattern", next.fileNamePattern !== show.fileNamePattern, (s) => (s.fileNamePattern = next.fileNamePattern));
  set("numberPadding", next.numberPadding !== show.numberPadding, (s) => (s.numberPadding = next.numberPadding));
  // A monthly or every-other-week cadence the notes show is proposed; a weekly finding never
  // undoes one set by hand. The two exclude each other, as the settings store them.
  const month = next.schedule.weekOfMonth;
  const weeks = next.schedule.weeksApart;
  const cadenceDiffers = (month !== undefined && month !== show.schedule.weekOfMonth) || (weeks !== undefined && weeks !== show.schedule.weeksApart);
  set("weekday", next.schedule.weekday !== show.schedule.weekday || cadenceDiffers, (s) => {
    s.schedule.weekday = next.schedule.weekday;
    if (month !== undefined) {
      s.schedule.weekOfMonth = month;
      delete s.schedule.weeksApart;
    } else if (weeks !== undefined) {
      s.schedule.weeksApart = weeks;
      delete s.schedule.weekOfMonth;
    }
  });
  // The stored time and zone stand when they are one of the statement's times (stored-schedule.ts);
  // a zone guessed from an abbreviation (CET: Berlin) is no correction of a stored zone on its clock (Paris).
  const stands = storedClockStands(show.schedule, next.schedule, next.displayTimeZones);
  const guessedSameClock = evidence.timeZone?.confidence === "guess" && sameClock(next.schedule.timeZone, show.schedule.timeZone);
  set("time", !stands && next.schedule.time !== show.schedule.time, (s) => (s.schedule.time = next.schedule.time));
  set("timeZone", !stands && !guessedSameClock && next.schedule.timeZone !== show.schedule.timeZone, (s) => (s.schedule.timeZone = next.schedule.timeZone));
  // A show's own clock is never a zone to show beside it.
  const zones = next.displayTimeZones.filter((z) => !show.displayTimeZones.includes(z) && !sameClock(z, show.schedule.timeZone));
  addItems("displayTimeZones", zones, (z) => z, (s, items) => (s.displayTimeZones = [...s.displayTimeZones, ...items]));
  const known = new Set(show.guestFields.map((f) => canonicalKey(f) + (f.trim().endsWith(":") && !f.trim().endsWith("::") ? ":" : "")));
  const fields = next.guestFields.filter((f) => !known.has(canonicalKey(f) + (f.trim().endsWith(":") && !f.trim().endsWith("::") ? ":" : "")));
  addItems("guestFields", fields, (f) => f, (s, items) => (s.guestFields = [...s.guestFields, ...items]));
  const added = (Object.keys(next.phaseHeadings) as (keyof ShowSettings["phaseHeadings"])[]).flatMap((phase) =>
    next.phaseHeadings[phase].filter((p) => !show.phaseHeadings[phase].some((q) => q.toLowerCase() === p.toLowerCase())).map((p) => ({ phase, p })),
  );
  addItems("phaseHeadings", added, ({ phase, p }) => `${phase}: ${p}`, (s, items) => {
    for (const { phase, p } of items) s.phaseHeadings[phase].push(p);
  });
  set("language", next.language !== "" && next.language !== show.language, (s) => (s.language = next.language));
  // A recorded podcast the notes show is offered, unticked; detection never turns a podcast set by hand back into a live stream.
  set("format", next.format === "podcast" && show.format !== "podcast", (s) => (s.format = "podcast"), true);
  // A link is only filled in where there is none: one typed by hand (a studio's own room) stays.
  for (const field of LINK_FIELDS) {
    set(field, next.links[field] !== "" && show.links[field].trim() === "", (s) => (s.links[field] = next.links[field]));
  }
  // The host and what the show covers only fill an empty setting: words typed by hand stay.
  set("hostName", next.hostName !== "" && show.hostName.trim() === "", (s) => (s.hostName = next.hostName));
  set("about", next.about !== "" && show.about.trim() === "", (s) => (s.about = next.about));
  // Breaks read from a schedule table are added; one already there (by its date) is not repeated.
  const breakDays = new Set(show.breaks.map((b) => b.trim().split(/\s/)[0] ?? ""));
  addItems("breaks", next.breaks.filter((b) => !breakDays.has(b.split(" ")[0] ?? "")), (b) => b, (s, items) => (s.breaks = [...s.breaks, ...items]));
  return { show, changes, held };
}
