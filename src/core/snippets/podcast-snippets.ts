// The built-in snippets of a recorded podcast: the live stream's (catalog.ts) with the same
// ids in the same order, worded for a recording session, editing and publishing to the
// feed. Same ids, so a snippet note that replaces one (`id: invite-title`) replaces it for
// either format, and the invite export finds its title and body the same way.
import { builtin, type Snippet } from "./snippet";

export const PODCAST_SNIPPETS: readonly Snippet[] = [
  builtin("outreach", "Guest outreach invitation", "First message to a possible guest.", [
    "Hi {{guestFirstName}}! We do a {{frequency}} podcast called {{showLink}}, where we have guests on to talk about {{about}}. I saw your ==[blog post/video/post]== on ==[source]== and I think it would be great to have you on the show to share your experience about {{topic}}.",
    "",
    "{{show}} is {{durationText}} recorded conversation that we edit and publish to {{feedLink}}. It's very casual, and nothing has to be perfect: we can cut anything in editing. We could record on {{date:EEEE d MMMM}} at {{showTime}}{{yourTime}}. If you'd like to join, I'd love to have you!",
  ]),
  builtin("invite-title", "Recording invite title", "Episode number and guests, to save the date of the recording.", ["{{show}} {{episode}} recording with {{guests}}"]),
  builtin("invite-body", "Recording invite body", "Sound check, debrief, recording link and what to expect.", [
    "Thank you for joining {{show}} {{episode}}: {{topic}}!",
    "",
    "We record on {{date:EEEE d MMMM yyyy}} at {{showTime}}. This invite starts {{minutesBefore}} minutes earlier for a sound check and ends {{minutesAfter}} minutes after the recording to debrief: {{inviteWindow}}.{{guestTimesBlock}}",
    "",
    "Join the recording: {{studio}}",
    "",
    "What to expect:",
    "- A casual {{duration}}-minute conversation, recorded for the podcast and edited before it is published to {{channel}}.",
    "- Please use headphones, and a microphone if you have one, in a quiet room.",
    "- The talking points are a guide, not a script; a slip or a pause is cut in editing.",
  ]),
  builtin("broadcast-title", "Episode title", "The episode's title in the feed, with its number.", ["{{show}} {{episode}}: {{topic}}"]),
  builtin("video-description", "Show notes", "The episode's description in the feed: guests, host, links and chapters.", [
    "In this episode of {{show}}, {{host}} talks with {{guests}} about {{topic}}.",
    "",
    "Guests:",
    "{{guestLinks}}",
    "",
    "Host: {{host}}",
    "",
    "All episodes: {{playlist}}{{chaptersBlock}}",
  ]),
  builtin("meetup", "Episode announcement", "Title and text for the events page or a newsletter, once the episode is out.", [
    "{{show}} {{episode}}: {{topic}}",
    "",
    "In the new episode of {{show}}, {{host}} talks with {{guests}} about {{topic}}. ==[Two or three sentences about what we cover.]==",
    "",
    "Listen: {{url}}",
  ]),
  builtin("live-now", "New episode out now! post", "Social post for the moment the episode is published.", [
    "New episode! {{show}} {{episode}}: {{topic}}, with {{guests}}. Listen now: {{url}}",
  ]),
  builtin("slack-internal", "Slack announcement (internal)", "For the company workspace.", [
    "{{show}} {{episode}} is out: *{{topic}}* with {{guests}}. Give it a listen and share it: {{url}}",
  ]),
  builtin("slack-public", "Slack announcement (public)", "For the community workspace.", [
    "New {{show}} episode! {{guests}} and {{host}} talk about *{{topic}}*. Listen and tell us what you think: {{url}}",
  ]),
  builtin("guest-briefing", "Guest briefing", "The points to go through just before the recording.", [
    "A few things before we start recording:",
    "{{beforeItems}}",
  ]),
  builtin("host-briefing", "Host briefing", "For you: how to say each guest's name, their pronouns, role and time.", [
    "{{show}} {{episode}}: {{topic}}, recording on {{date:EEEE d MMMM}} at {{showTime}}",
    "",
    "{{guestBriefing}}",
  ]),
  builtin("thank-you", "Thank-you follow-up", "After the recording.", [
    "Hi {{guestFirstName}}, thank you so much for recording {{show}} {{episode}} with me! It was a great conversation. I will send you the link as soon as the episode is published.",
    "",
    "If anything we talked about needs a correction, a cut or a link in the show notes, just tell me.",
  ]),
  builtin("timestamps", "Timestamps block", "The note's chapters, or the talking points as an outline to fill in.", ["{{timestamps}}"]),
  builtin("youtube-chapters", "YouTube chapters", "The chapters for the episode's description, once YouTube would accept them.", ["{{youtubeChapters}}"]),
  builtin("calendar-link", "Add to Google Calendar link", "The recording invite as a link guests can click.", [
    "[Add the {{show}} {{episode}} recording to Google Calendar]({{calendarLink}})",
  ]),
];
