// The built-in snippets: the texts the seed checklist asks a host to write for every
// guest, with placeholders filled from the episode (see fill.ts for the placeholder
// list). ==[…]== marks a blank only the host can fill (where they found the guest…).
// These are a live stream's; a recorded podcast's (podcast-snippets.ts) have the same ids.
import type { ShowFormat } from "../settings/show-format";
import { PODCAST_SNIPPETS } from "./podcast-snippets";
import { builtin, type Snippet } from "./snippet";
import { spanishSnippets } from "./spanish-snippets";
import { builtinLanguage } from "./snippet-language";

export type { Snippet } from "./snippet";

export const BUILTIN_SNIPPETS: readonly Snippet[] = [
  builtin("outreach", "Guest outreach invitation", "First message to a possible guest.", [
    "Hi {{guestFirstName}}! We do a {{frequency}} livestream called {{showLink}}, where we have guests on to talk about {{about}}. I saw your ==[blog post/video/post]== on ==[source]== and I think it would be great to have you on the show to share your experience about {{topic}}.",
    "",
    "{{show}} is {{durationText}} live conversation that is streamed to {{channelLink}}. It's very casual, and you can also share your screen if you'd like to do a demo (not required). We could do it on {{date:EEEE d MMMM}} at {{showTime}}{{yourTime}}. If you'd like to join, I'd love to have you!",
  ]),
  builtin("invite-title", "Calendar invite title", "Episode number and guests, to save the date.", ["{{show}} {{episode}} with {{guests}}"]),
  builtin("invite-body", "Calendar invite body", "Tech check, debrief, studio link and what to expect.", [
    "Thank you for joining {{show}} {{episode}}: {{topic}}!",
    "",
    "We go live on {{date:EEEE d MMMM yyyy}} at {{showTime}}. This invite starts {{minutesBefore}} minutes earlier for a tech check and ends {{minutesAfter}} minutes after the show to debrief: {{inviteWindow}}.{{guestTimesBlock}}",
    "",
    "Join the studio: {{studio}}",
    "",
    "What to expect:",
    "- A casual {{duration}}-minute conversation, streamed live to {{channel}}.",
    "- The talking points are a guide, not a script; share your screen for a demo if you like.",
    "- You will see the live comments; send links in the private chat and I will share them.",
  ]),
  builtin("broadcast-title", "Broadcast title", "The stream's title with the episode number.", ["{{topic}} ({{show}} {{episode}})"]),
  builtin("video-description", "Video description", "Standard description with guests' and host's links.", [
    "In this episode of {{show}}, {{host}} talks with {{guests}} about {{topic}}.",
    "",
    "Guests:",
    "{{guestLinks}}",
    "",
    "Host: {{host}}",
    "",
    "More episodes: {{playlist}}{{chaptersBlock}}",
  ]),
  builtin("meetup", "Meetup event", "Event title and text for the events page.", [
    "{{show}} {{episode}}: {{topic}}",
    "",
    "Join us live on {{date:EEEE d MMMM}} at {{showTime}}, when {{host}} talks with {{guests}} about {{topic}}. ==[Two or three sentences about what we will cover.]==",
    "",
    "Watch live and ask your questions in the chat: {{url}}",
  ]),
  builtin("live-now", "We're live now! post", "Social post for the moment the show starts.", [
    "We're live now! {{show}} {{episode}}: {{topic}}, with {{guests}}. Join us: {{url}}",
  ]),
  builtin("slack-internal", "Slack announcement (internal)", "For the company workspace.", [
    "{{show}} {{episode}} is on {{date:EEEE d MMMM}} at {{showTime}}: *{{topic}}* with {{guests}}. Tune in and bring your questions: {{url}}",
  ]),
  builtin("slack-public", "Slack announcement (public)", "For the community workspace.", [
    "Join us for {{show}} {{episode}}! {{guests}} and {{host}} talk about *{{topic}}*, live on {{date:EEEE d MMMM}} at {{showTime}}. Questions welcome in the chat: {{url}}",
  ]),
  builtin("guest-briefing", "Guest briefing", "The points to go through just before the show.", [
    "A few things before we go live:",
    "{{beforeItems}}",
  ]),
  builtin("host-briefing", "Host briefing", "For you: how to say each guest's name, their pronouns, role and time.", [
    "{{show}} {{episode}}: {{topic}}, {{date:EEEE d MMMM}} at {{showTime}}",
    "",
    "{{guestBriefing}}",
  ]),
  builtin("thank-you", "Thank-you follow-up", "After the show.", [
    "Hi {{guestFirstName}}, thank you so much for joining {{show}} {{episode}}! It was a great conversation. Here is the recording to share: {{url}}",
    "",
    "If anything we talked about needs a correction or a link in the description, just tell me.",
  ]),
  builtin("timestamps", "Timestamps block", "The note's chapters, or the talking points as an outline to fill in.", ["{{timestamps}}"]),
  builtin("youtube-chapters", "YouTube chapters", "The chapters for the video description, once YouTube would accept them.", ["{{youtubeChapters}}"]),
  builtin("calendar-link", "Add to Google Calendar link", "The invite as a link guests can click.", [
    "[Add {{show}} {{episode}} to Google Calendar]({{calendarLink}})",
  ]),
];

/** The same, worded in Spanish for a show whose language is es or es-*. */
export const SPANISH_SNIPPETS = spanishSnippets(BUILTIN_SNIPPETS, "livestream");
export const SPANISH_PODCAST_SNIPPETS = spanishSnippets(PODCAST_SNIPPETS, "podcast");

/** The built-in snippets worded for the show's format, in its language when they are written in it (else English). */
export function builtinSnippets(format: ShowFormat = "livestream", language = ""): readonly Snippet[] {
  const spanish = builtinLanguage(language) === "es";
  if (format === "podcast") return spanish ? SPANISH_PODCAST_SNIPPETS : PODCAST_SNIPPETS;
  return spanish ? SPANISH_SNIPPETS : BUILTIN_SNIPPETS;
}

/**
 * The snippets offered for a show. A user note replaces a built-in snippet when its id
 * (frontmatter `id`, else its name) is the built-in's id or name; a podcast's, in either
 * format's wording: a note named "Broadcast title" still replaces a podcast's "Episode
 * title", so a user's snippets do the same when a show becomes a podcast (a live stream's
 * are not replaced by the podcast's names, which a live show's own notes may carry). A note limited to the show
 * beats a general one. Other notes are added after the built-ins. `language`: the show's
 * (Spanish built-ins for es-*; the names stay the English ones, so the same notes replace them).
 */
export function snippetsForShow(user: readonly Snippet[], showNames: readonly string[], format: ShowFormat = "livestream", language = ""): Snippet[] {
  const wanted = showNames.map((n) => n.toLowerCase());
  const mine = user.filter((s) => s.show === null || wanted.includes(s.show.toLowerCase()));
  const ordered = [...mine.filter((s) => s.show === null), ...mine.filter((s) => s.show !== null)];
  const builtins = builtinSnippets(format, language);
  // A live stream's built-ins answer to their own names only: a user's "Show notes" note
  // stays a snippet of its own beside Video description, as before formats existed.
  const replaces = (s: Snippet, b: Snippet) => s.id === b.id || (format === "podcast" ? NAMES_OF_ID.get(b.id)?.has(s.id) === true : s.id === nameKey(b.name));
  const result = builtins.map((b) => {
    const override = [...ordered].reverse().find((s) => replaces(s, b));
    return override ? { ...override, id: b.id } : b;
  });
  const extras = new Map<string, Snippet>();
  for (const s of ordered) if (!builtins.some((b) => replaces(s, b))) extras.set(s.id, s);
  return [...result, ...extras.values()];
}

export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Each built-in id's names in every format, as name keys: what a user note may be called to replace it. */
const NAMES_OF_ID: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const names = new Map<string, Set<string>>();
  for (const b of [...BUILTIN_SNIPPETS, ...PODCAST_SNIPPETS]) names.set(b.id, (names.get(b.id) ?? new Set()).add(nameKey(b.name)));
  return names;
})();
