// The built-in template of a recorded podcast (a show whose format is "podcast"): the live
// stream's note (builtin.ts) with a recording session instead of a broadcast. The guest is
// invited to a recording (the `studio:` property holds its link, which the invite uses as
// its location), and after it come editing, show notes and publishing to the feed. Its
// headings are phases the reader knows by default: "Checklist" (prep), "Recording day"
// (just before), "Post-production" (after) and "Show notes" (content, never a checklist).
// Every item carries its deadline as an offset from the recording, as in builtin.ts.
export const BUILTIN_PODCAST_TEMPLATE = `---
url:
date: {{date}}
time: {{time}}
studio:
office-hours: {{show}}
---
# [[{{title}}]]

[Episode]()

Guest:: {{guestList}}

## Checklist

- [ ] Contact the guest and tell them about {{show}}. 📅 -3w
\t> We do a {{frequency}} podcast called {{showLink}}, where we have guests on to talk about {{about}}. I saw your ==[blog post/video/post]== on ==[source]== and I think it would be great to have you on the show to share your experience about {{topic}}.
\t> {{show}} is {{durationText}} recorded conversation that we edit and publish to {{feedLink}}. It's very casual, and nothing has to be perfect: we can cut anything in editing. If you'd like to join, I'd love to have you!
- [ ] If the guest agrees, choose a date for the recording. Confirm the time: {{showTime}} on {{weekday}}. Ask them for a photo and a short bio for the show notes. 📅 -17d
- [ ] Invite them to the recording with a calendar invite named for the episode number and their name, i.e. \`{{recordingTitle}}\` (in a recurring invite, choose "this instance only"). Schedule the invite from {{minutesBefore}} minutes before the recording (to do a sound check) until {{minutesAfter}} minutes after it (to debrief). 📅 -2w
- [ ] Set up the recording session on {{recordingLink}}, put its link in the studio property above and in the "location" of the calendar invite. 📅 -1w
- [ ] Ask the guest to use headphones and a microphone if they have one, and to find a quiet room. 📅 -1w
- [ ] Send the guest the talking points. 📅 -2d

## Reference links

## Timestamps

## Show notes

## Talking points

> Enumerate talking points for the episode. It's better to keep these as bullet points to encourage a more casual, rather than scripted, conversation.

- Intro
\t- *Hello and welcome to {{show}}. I'm {{host}}, and today we're going to talk about {{topic}}.*
- Introduce {{guests}}
\t- Who are you?
\t- What do you do?
- 
- Outro
\t- If people want to learn more about this topic, where should they go?

### Recording day

> Here are some points to go through with the guest in the {{minutesBefore}} minutes before the recording begins.

- [ ] How do you pronounce your name? 📅 0d
- [ ] What are your pronouns? 📅 0d
- [ ] Headphones on, notifications off. Let's check the levels with a short test recording. 📅 0d
- [ ] We will be using the talking points, but we don't have to be strict about it. We don't have to go through all of them, or follow a specific order. They're only there to make us comfortable. 📅 0d
- [ ] If you stumble or want to say something again, just pause and start the sentence over: we'll cut it in editing. 📅 0d
- [ ] If at any point you aren't comfortable talking about something, please say so, and we'll leave it out of the episode. 📅 0d
- [ ] After we stop recording, please stay on so we can debrief and the recording can finish uploading. 📅 0d

## Post-production

- [ ] Download the recording (every track) and keep a backup. 📅 +1d
- [ ] Send the guest a thank-you note. 📅 +1d
- [ ] Edit the episode: cut the slips, level the audio, add the intro and outro. 📅 +5d
- [ ] Write the show notes: a summary, the chapters, the guests' links and the links shared. 📅 +6d
- [ ] Publish the episode to {{feedLink}}, and put its link in the URL property above. 📅 +7d
- [ ] Send the guest the link to the published episode. 📅 +7d
- [ ] Announce the episode on socials and Slack. 📅 +7d
`;
