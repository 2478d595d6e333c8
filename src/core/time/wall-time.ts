// A time of day written 'HH:mm' on a 24-hour clock, as show times are stored in settings.

const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

export interface TimeParts {
  hour: number;
  minute: number;
}

/** The parts of a valid 'HH:mm' (00:00–23:59), or null. '24:00' and '9:00' are rejected. */
export function parseTime(text: string): TimeParts | null {
  const match = TIME_PATTERN.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

export function isValidTime(text: string): boolean {
  return parseTime(text) !== null;
}
