// The built-in episode template. It follows the seed note (GOH 25): frontmatter url and
// date, the title, a video link, the Guest:: field, the Checklist with the outreach
// text, talking points, "Just before the show" and "After the show"; names and links
// come from the show's settings. Blanks only the host can fill are ==[highlighted]==.
// Every item carries its deadline as an offset from the show (`📅 -3w`), which a new
// note gets as a date (deadlines/template-offsets.ts); the README lists them. A recorded
// podcast gets podcast.ts instead.
import type { ShowSettings } from "../../settings/settings";
import { showFormat } from "../../settings/show-format";
import { BUILTIN_PODCAST_TEMPLATE } from "./podcast";

export const BUILTIN_TEMPLATE = `---
url:
date: {{date}}
time: {{time}}
office-hours: {{show}}
---
# [[{{title}}]]

[Video]()

Guest:: {{guestList}}

## Checklist

- [ ] Contact the guest and tell them about {{show}}. 📅 -3w
\t> We do a {{frequency}} livestream called {{showLink}}, where we have guests on to talk about {{about}}. I saw your ==[blog post/video/post]== on ==[source]== and I think it would be great to have you on the show to share your experience about {{topic}}.
\t> {{show}} is {{durationText}} live conversation that is streamed to {{channelLink}}. It's very casual, and you can also share your screen if you'd like to do a demo (not required). If you'd like to join, I'd love to have you!
- [ ] If the guest agrees, choose a date for the {{show}} session. Confirm the time: {{showTime}} on {{weekday}}. Ask them for a photo you can use for promotion, or ask for permission to use their profile picture on social media. 📅 -17d
- [ ] Invite them to the {{show}} calendar invite (choose "this instance only", not the whole series). Change the invite to include the episode number and their name, i.e. \`{{inviteTitle}}\`. Schedule the invite from {{minutesBefore}} minutes before the stream (to do a tech check) until {{minutesAfter}} minutes after it (to debrief). 📅 -2w
- [ ] Create a thumbnail for the episode and check how it looks on different devices. 📅 -10d
- [ ] Schedule the broadcast on {{studioLink}}, and select {{channelLink}} as the destination. 📅 -8d
\t- [ ] In the title, include the episode number, i.e. \`{{broadcastTitle}}\`. 📅 -8d
\t- [ ] Add the standard description as per previous {{show}} episodes. Check the video description and add the guests' contact details. 📅 -8d
- [ ] Get the studio invite link and put it in the "location" of the calendar invite to the guest. 📅 -7d
- [ ] Get the video link to the show. Put the link on this page, in the URL property above. 📅 -7d
- [ ] Create an event and announce it on {{meetupLink}}. 📅 -1w
- [ ] Schedule posts on socials just when the show begins to say "We're live now!" 📅 -1d
- [ ] Schedule a Slack message on the internal workspace. 📅 -1d
- [ ] Schedule a Slack message on the public workspace. 📅 -1d

## Reference links

## Timestamps

## Talking points

> Enumerate talking points for the show. It's better to keep these as bullet points to encourage a more casual, rather than scripted, conversation.

- Intro
\t- *Hello and welcome to {{show}}. I'm {{host}}, and today we're going to talk about {{topic}}.*
- Introduce {{guests}}
\t- Who are you?
\t- What do you do?
- 
- Outro
\t- If people want to learn more about this topic, where should they go?

### Just before the show

> Here are some points to discuss with the guest in the {{minutesBefore}} minutes before the stream begins.

- [ ] How do you pronounce your name? 📅 0d
- [ ] What are your pronouns? 📅 0d
- [ ] We will be using the talking points, but we don't have to be strict about it. We don't have to go through all of them, or follow a specific order. They're only there to make us comfortable. 📅 0d
- [ ] Does anyone want to share their screen? We can do that now, and I can show you how that works. 📅 0d
- [ ] We'll be streaming to {{channelName}}. 📅 0d
- [ ] You'll be able to see comments, but if you have links, I have to paste them into the private chat. 📅 0d
- [ ] You can also use the private chat if you need to say something, but you can also just say it out loud. 📅 0d
- [ ] If at any point you aren't comfortable talking about something, please either say so or let me know in the private chat, and I'll pivot away from that topic. 📅 0d
- [ ] Afterwards, we'll say goodbye to the stream, but please stay on past that so we can debrief. 📅 0d
- [ ] Just in case I disconnect... stall for a minute and I'll be right back. 📅 0d

## After the show

- [ ] Add timestamps to the video (at least four). 📅 +2d
- [ ] Add any links shared to the description of the video. 📅 +2d
- [ ] Add the video to {{playlistLink}}. 📅 +2d
- [ ] Send the guest a thank-you note. 📅 +1d
`;

/** The built-in template for the show's format (a show's own template note is used instead when it has one). */
export function builtinTemplateFor(show: Pick<ShowSettings, "format">): string {
  return showFormat(show) === "podcast" ? BUILTIN_PODCAST_TEMPLATE : BUILTIN_TEMPLATE;
}
