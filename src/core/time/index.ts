// The time module's public surface, for callers that prefer one import.

export { addDays, daysBetween, isValidDate, nextWeekdayOnOrAfter, parseDate, weekdayOf, type DateParts } from "./calendar-date";
export { describeTime } from "./describe-time";
export { formatDate } from "./format-date";
export { nextSlot, type Slot, type SlotResult } from "./next-slot";
export { isValidTime, parseTime, type TimeParts } from "./wall-time";
export { gmtOffsetName, zoneAbbreviation, zoneLongName } from "./zone-abbreviation";
export { isValidTimeZone, wallClock, zoneOffsetMinutes, type WallClock } from "./zone-clock";
export { zonedToInstant, type InstantResult, type TimeError, type TimeErrorCode } from "./zoned-to-instant";
