// What a user types into a review field, checked and applied to the proposed show: the
// same rules the settings tab applies. Returns an error message (nothing changed) or
// null. Whether a path exists is for the shell to check; this checks the form.
import { DEFAULT_PHASE_HEADINGS } from "../note/phases";
import type { ShowSettings } from "../settings/settings";
import { isValidTime } from "../time/wall-time";
import { isValidTimeZone } from "../time/zone-clock";
import { PHASES, type Phase } from "../types";
import type { DetectField } from "./types";
import { SHOW_FORMATS, isShowFormat, linkProblem, showFormat } from "../settings/show-format";
import { addedHeadings, fieldText } from "./describe";
import { parseBreaks } from "../deadlines/breaks";

function list(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** The text a field's input starts with: what the user edits (empty for "none"). */
export function fieldInput(show: ShowSettings, field: DetectField): string {
  switch (field) {
    case "code":
      return show.code;
    case "folder":
      return show.folder;
    case "template":
      return show.template;
    case "indexNote":
      return show.indexNote;
    case "displayTimeZones":
      return show.displayTimeZones.join(", ");
    case "phaseHeadings":
      return addedHeadings(show).join("\n");
    case "language":
      return show.language;
    case "weekday":
      return String(show.schedule.weekday);
    case "format":
      return showFormat(show);
    case "hostName":
    case "about":
      return show[field];
    case "breaks":
      return show.breaks.join("\n");
    case "channel":
    case "playlist":
    case "meetup":
    case "studio":
      return show.links[field];
    default:
      return fieldText(show, field);
  }
}

/**
 * Apply `text` to `show.field`. `base` holds the phase phrases the show had before
 * detection added any (the defaults, or a configured show's own), for phaseHeadings.
 */
export function applyFieldInput(show: ShowSettings, field: DetectField, text: string, base: ShowSettings["phaseHeadings"] = DEFAULT_PHASE_HEADINGS): string | null {
  const value = text.trim();
  switch (field) {
    case "name":
      if (value === "") return "A show needs a name.";
      show.name = value;
      return null;
    case "code":
      show.code = value;
      return null;
    case "folder":
      show.folder = value.replace(/^\/+|\/+$/g, "");
      return null;
    case "template":
      show.template = value;
      return null;
    case "indexNote":
      show.indexNote = value;
      return null;
    case "fileNamePattern":
      if (!/\{\{\s*(topic|title|number|date)/i.test(value)) return "Include {{topic}}, {{number}} or {{date}} so names differ.";
      show.fileNamePattern = value;
      return null;
    case "numberPadding": {
      const n = Number(value);
      if (value === "" || !Number.isInteger(n) || n < 1 || n > 6) return "A whole number from 1 to 6.";
      show.numberPadding = n;
      return null;
    }
    case "weekday": {
      const n = Number(value);
      if (value === "" || !Number.isInteger(n) || n < 0 || n > 6) return "Pick a weekday.";
      show.schedule.weekday = n;
      return null;
    }
    case "time":
      if (!isValidTime(value)) return "Use hours and minutes, like 13:00.";
      show.schedule.time = value;
      return null;
    case "timeZone":
      if (!isValidTimeZone(value)) return "Not a time zone this device knows.";
      show.schedule.timeZone = value;
      return null;
    case "displayTimeZones": {
      const zones = list(value);
      const bad = zones.find((z) => !isValidTimeZone(z));
      if (bad !== undefined) return `“${bad}” is not a time zone this device knows.`;
      show.displayTimeZones = zones;
      return null;
    }
    case "guestFields": {
      const fields = list(value);
      if (fields.length === 0) return "Give at least one field name.";
      show.guestFields = fields;
      return null;
    }
    case "phaseHeadings":
      return applyHeadings(show, value, base);
    case "language":
      if (value !== "" && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) return "A language code such as es or pt-BR, or empty.";
      show.language = value;
      return null;
    case "format":
      if (!isShowFormat(value)) return `${SHOW_FORMATS.map((f) => `“${f}”`).join(" or ")}.`;
      // A live stream is stored without the key, as the settings store it.
      if (value === "podcast") show.format = value;
      else delete show.format;
      return null;
    case "channel":
    case "playlist":
    case "meetup":
    case "studio": {
      const problem = linkProblem(value);
      if (problem !== null) return problem;
      show.links[field] = value;
      return null;
    }
    case "hostName":
    case "about":
      show[field] = value;
      return null;
    case "breaks": {
      // One per line, as the settings tab takes them; one that cannot be read refuses all.
      const lines = value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
      const reading = parseBreaks(lines);
      if (!reading.ok) return reading.problem;
      show.breaks = lines;
      return null;
    }
  }
}

/** One "phase: heading" per line, added to the base phrases. */
function applyHeadings(show: ShowSettings, text: string, base: ShowSettings["phaseHeadings"]): string | null {
  const added: Record<Phase, string[]> = { prep: [], before: [], after: [], other: [] };
  for (const line of text.split("\n").map((l) => l.trim()).filter((l) => l !== "")) {
    const m = /^(prep|before|after|other)\s*:\s*(.+)$/i.exec(line);
    if (!m) return `“${line}”: write one per line as “prep: heading” (prep, before, after or other).`;
    added[(m[1] ?? "prep").toLowerCase() as Phase].push((m[2] ?? "").trim());
  }
  for (const phase of PHASES) show.phaseHeadings[phase] = [...base[phase], ...added[phase].filter((p) => !base[phase].includes(p))];
  return null;
}
