// The calendar invite around a live show: the seed checklist books guests from 15
// minutes before the stream (tech check) to 15 minutes after (debrief), so a one-hour
// show takes 1.5 hours of their calendar.

const MINUTE_MS = 60_000;

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** From `beforeMinutes` before `start` to `afterMinutes` after the show's end. */
export function inviteWindow(start: Date, durationMinutes: number, beforeMinutes = 15, afterMinutes = 15): TimeWindow {
  const showStart = start.getTime();
  return {
    start: new Date(showStart - beforeMinutes * MINUTE_MS),
    end: new Date(showStart + (durationMinutes + afterMinutes) * MINUTE_MS),
  };
}
