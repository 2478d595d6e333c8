// The calendar module's public surface, for callers that prefer one import.

export { googleCalendarLink, type GoogleCalendarEvent } from "./google-calendar-link";
export { cleanText, escapeText, foldLine } from "./ics-text";
export { buildIcs, sequenceFor, type IcsCalendar, type IcsEvent } from "./ics-writer";
export { inviteWindow, type TimeWindow } from "./invite-window";
export { fnv1a64, stableUid } from "./stable-uid";
export { utcStamp } from "./utc-stamp";
