// The built-in demo: one show with episodes at different stages, written by the core's
// own template code and ticked with the core's own toggle. Pure, so the command-line
// demo (src/cli/demo-vault.ts) and the screenshot page build the same vault.
import { defaultSettings, type OfficeHoursSettings, type ShowSettings } from "./settings/settings";
import { planEpisode, type EpisodeDraft } from "./new-episode/new-episode";
import { NO_FRONTMATTER } from "./note/frontmatter";
import { readEpisode } from "./note/episode";
import { toggleTaskInText } from "./tick/toggle";
import { taskRefsOf } from "./tick/task-ref";
import { nextSlot } from "./time/next-slot";
import { addDays } from "./time/calendar-date";
import type { Phase } from "./types";
import { applyEdits, planLog, viewNote } from "./live/edits";
import { timestampHeadingMatcher } from "./live/chapters";

interface DemoEpisode {
  weeksFromNow: number;
  topic: string;
  guests: string[];
  /** How many items of each phase are ticked, from the top. */
  ticked: Partial<Record<Phase, number>>;
  url: boolean;
  /** Chapters logged during the show, as "Log timestamp" writes them. */
  chapters: boolean;
  /** Talking points in place of the template's empty one. */
  points?: string[];
}

const EPISODES: DemoEpisode[] = [
  { weeksFromNow: -5, topic: "Dashboards from scratch", guests: ["Amara Okafor"], ticked: { prep: 99, before: 99, after: 99 }, url: true, chapters: true },
  { weeksFromNow: -3, topic: "Alerting that people trust", guests: ["Jonas Weber", "Priya Raman"], ticked: { prep: 99, before: 99, after: 2 }, url: true, chapters: true },
  { weeksFromNow: -1, topic: "Tracing a slow checkout", guests: ["Lucía Fernández"], ticked: { prep: 99, before: 8 }, url: true, chapters: false },
  {
    weeksFromNow: 0,
    topic: "Logs at scale",
    guests: ["Kenji Sato"],
    ticked: { prep: 9 },
    url: true,
    chapters: false,
    points: ["Why logs get expensive", "Labels versus structured metadata", "Demo: querying a week of logs", "Questions from the chat"],
  },
  { weeksFromNow: 2, topic: "Profiling in production", guests: ["Sofia Rossi"], ticked: { prep: 2 }, url: false, chapters: false },
  { weeksFromNow: 3, topic: "Community Q&A", guests: [], ticked: {}, url: false, chapters: false },
];

export function demoSettings(timeZone: string): OfficeHoursSettings {
  const settings = defaultSettings(timeZone);
  const show = settings.shows[0];
  if (show) {
    show.hostName = "Robin Host";
    show.schedule = { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 };
    show.displayTimeZones = ["Europe/Berlin", "America/New_York"];
    show.links = {
      channel: "https://www.youtube.com/@example",
      playlist: "https://www.youtube.com/playlist?list=EXAMPLE",
      meetup: "https://www.meetup.com/example-group/",
      studio: "https://streamyard.com/example",
    };
    show.indexNote = "Office Hours/Office Hours index.md";
    // What a user's own show would say, so the demo's texts have no blank to fill and
    // "Detect shows" on the demo finds nothing to correct (its notes are English).
    show.language = "en";
    show.about = "observability, from dashboards to profiling";
  }
  return settings;
}

/** The welcome note's first line; the command-line demo knows a demo vault by it. */
export const DEMO_WELCOME_TITLE = "# Office Hours demo vault";

const MADE_WEEKS_AGO = 10;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The notes of the demo: path → content. */
export function demoNotes(show: ShowSettings, now: Date): Map<string, string> {
  const notes = new Map<string, string>();
  const slot = nextSlot(now, show.schedule.weekday, show.schedule.time, show.schedule.timeZone, show.schedule.durationMinutes);
  const firstUpcoming = slot.ok ? slot.date : "2026-01-02";
  EPISODES.forEach((demo, n) => {
    const draft: EpisodeDraft = {
      topic: demo.topic,
      guests: demo.guests,
      date: addDays(firstUpcoming, demo.weeksFromNow * 7) ?? firstUpcoming,
      time: show.schedule.time,
      number: n + 1,
    };
    // Made ten weeks ago, as a real vault's notes were, before any item was due: a note made
    // today would date its earlier items today (new-episode.ts), and the demo shows late ones.
    const plan = planEpisode(draft, show, null, new Date(now.getTime() - MADE_WEEKS_AGO * WEEK_MS));
    let text = plan.content;
    if (demo.url) text = text.replace(/^url:$/m, `url: https://www.youtube.com/watch?v=demo${String(n + 1).padStart(2, "0")}`);
    if (demo.points) text = text.replace(/^- $/m, demo.points.map((p) => `- ${p}`).join("\n"));
    if (demo.chapters) text = logChapters(text, show, [[0, "Intro"], [95, `Introduce ${demo.guests.join(" and ")}`], [480, demo.topic], [3290, "Outro"]]);
    notes.set(plan.path, tick(plan.path, text, demo.ticked));
  });
  notes.set(
    "Welcome.md",
    [
      DEMO_WELCOME_TITLE,
      "",
      "This vault was made by `npm start` in the Office Hours repository. It holds one show,",
      "“Office Hours”, with six episodes at different stages. Open the **Episodes** sidebar",
      "(ribbon icon or the command “Open episodes sidebar”) to see their progress, and run",
      "“New Office Hours episode” from the command palette to add the next one.",
      "",
      "Then try: expand “OH 04” in the sidebar (the arrow at the right of its row) and tick an item;",
      "open its note and run “Insert snippet” for the calendar invite or the promotion texts.",
      "For your own vault, see “First steps” under “Install into your own vault” in the README.",
      "",
    ].join("\n"),
  );
  return notes;
}

function tick(path: string, text: string, ticked: Partial<Record<Phase, number>>): string {
  let current = text;
  const episode = readEpisode(path, text, {}, NO_FRONTMATTER);
  const refs = taskRefsOf(episode, text);
  const left: Partial<Record<Phase, number>> = { ...ticked };
  episode.tasks.forEach((task, i) => {
    const phase = episode.sections[task.section]?.phase ?? "other";
    const budget = left[phase] ?? 0;
    const ref = refs[i];
    if (budget <= 0 || !ref) return;
    left[phase] = budget - 1;
    const result = toggleTaskInText(current, ref, "done");
    if (result.ok) current = result.text;
  });
  return current;
}


function logChapters(text: string, show: ShowSettings, chapters: [number, string][]): string {
  const isHeading = timestampHeadingMatcher(show.timestampHeadings);
  let current = text;
  for (const [seconds, title] of chapters) {
    const plan = planLog(viewNote(current, isHeading), { seconds, title }, show.timestampHeadings);
    if (plan.ok) current = applyEdits(current, plan.edits);
  }
  return current;
}
