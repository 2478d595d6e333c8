// Time zone names in stored settings that this device does not know. They are reported
// when the settings load, not first when an invite is exported; the name itself is kept
// (see unknownTimeZones), so nothing the user stored is changed behind their back.
import type { OfficeHoursSettings } from "./settings";

/** Whether this device's time zone data knows `name` (an IANA name such as Europe/Berlin, or UTC). */
export function isKnownTimeZone(name: string): boolean {
  if (name.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface ZoneProblem {
  show: string;
  zone: string;
  /** The setting's name in the settings tab. */
  setting: "Time zone" | "Also show times in";
}

/**
 * The zones of each show that `known` rejects. They are not replaced by the device's
 * zone: a zone can be new to one device's time zone data and known to another's (Sync
 * would carry the replacement there), and a silent replacement moves the show's time.
 */
export function unknownTimeZones(settings: OfficeHoursSettings, known: (zone: string) => boolean = isKnownTimeZone): ZoneProblem[] {
  const problems: ZoneProblem[] = [];
  for (const show of settings.shows) {
    if (!known(show.schedule.timeZone)) problems.push({ show: show.name, zone: show.schedule.timeZone, setting: "Time zone" });
    for (const zone of show.displayTimeZones) if (!known(zone)) problems.push({ show: show.name, zone, setting: "Also show times in" });
  }
  return problems;
}

export function timeZoneMessage(problems: readonly ZoneProblem[]): string {
  const list = problems.map((p) => `“${p.zone}” (${p.show}, ${p.setting.toLowerCase()})`).join(", ");
  return (
    `Office Hours does not know the time zone ${list} on this device, so those times cannot be shown or exported. ` +
    "The setting was kept as it is; change it in the plugin's settings."
  );
}
