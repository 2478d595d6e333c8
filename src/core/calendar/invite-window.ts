// The calendar invite around a live show: the seed checklist books guests from 15
// minutes before the stream (tech check) to 15 minutes after (debrief), so a one-hour
// show takes 1.5 hours of their calendar.

import { addMinutes, subMinutes } from "date-fns";

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** From `beforeMinutes` before `start` to `afterMinutes` after the show's end. */
export function inviteWindow(start: Date, durationMinutes: number, beforeMinutes = 15, afterMinutes = 15): TimeWindow {
  return {
    start: subMinutes(start, beforeMinutes),
    end: addMinutes(start, durationMinutes + afterMinutes),
  };
}
