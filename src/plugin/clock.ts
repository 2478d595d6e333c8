// The plugin's only source of "now". Tests and the screenshot page replace it, so
// what is late or upcoming never depends on the day a test runs.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let deviceZone: string | null = null;

/** The device's own time zone: the default for a first show (asked once: it is not cheap). */
export function localTimeZone(): string {
  deviceZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return deviceZone;
}
