// `office-hours demo <folder>`: a vault with one show and episodes at different
// stages, written by the core's own template code and ticked with the core's own
// toggle, plus the built plugin installed and enabled. Running it again only adds what
// is missing: notes and settings the user changed are never overwritten; only the
// plugin's own files (main.js, manifest.json, styles.css) are refreshed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { defaultSettings, type OfficeHoursSettings, type ShowSettings } from "../core/settings";
import { planEpisode, type EpisodeDraft } from "../core/new-episode";
import { readEpisode } from "../core/episode";
import { toggleTaskInText } from "../core/toggle";
import { nextSlot } from "../core/time/next-slot";
import { addDays } from "../core/time/calendar-date";
import type { Phase } from "../core/types";
import type { CliIo } from "./io";

interface DemoEpisode {
  weeksFromNow: number;
  topic: string;
  guests: string[];
  /** How many items of each phase are ticked, from the top. */
  ticked: Partial<Record<Phase, number>>;
  url: boolean;
}

const EPISODES: DemoEpisode[] = [
  { weeksFromNow: -5, topic: "Dashboards from scratch", guests: ["Amara Okafor"], ticked: { prep: 99, before: 99, after: 99 }, url: true },
  { weeksFromNow: -3, topic: "Alerting that people trust", guests: ["Jonas Weber", "Priya Raman"], ticked: { prep: 99, before: 99, after: 2 }, url: true },
  { weeksFromNow: -1, topic: "Tracing a slow checkout", guests: ["Lucía Fernández"], ticked: { prep: 99, before: 8 }, url: true },
  { weeksFromNow: 0, topic: "Logs at scale", guests: ["Kenji Sato"], ticked: { prep: 9 }, url: true },
  { weeksFromNow: 2, topic: "Profiling in production", guests: ["Sofia Rossi"], ticked: { prep: 2 }, url: false },
  { weeksFromNow: 3, topic: "Community Q&A", guests: [], ticked: {}, url: false },
];

export const DEMO_PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

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
  }
  return settings;
}

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
    const plan = planEpisode(draft, show, null, now);
    let text = plan.content;
    if (demo.url) text = text.replace(/^url:$/m, `url: https://www.youtube.com/watch?v=demo${String(n + 1).padStart(2, "0")}`);
    notes.set(plan.path, tick(plan.path, text, demo.ticked));
  });
  notes.set(
    "Welcome.md",
    [
      "# Office Hours demo vault",
      "",
      "This vault was made by `npm start` in the Office Hours repository. It holds one show,",
      "“Office Hours”, with six episodes at different stages. Open the **Episodes** sidebar",
      "(ribbon icon or the command “Open episodes sidebar”) to see their progress, and run",
      "“New Office Hours episode” from the command palette to add the next one.",
      "",
    ].join("\n"),
  );
  return notes;
}

function tick(path: string, text: string, ticked: Partial<Record<Phase, number>>): string {
  let current = text;
  const episode = readEpisode(path, text);
  const left: Partial<Record<Phase, number>> = { ...ticked };
  for (const task of episode.tasks) {
    const phase = episode.sections[task.section]?.phase ?? "other";
    const budget = left[phase] ?? 0;
    if (budget <= 0) continue;
    left[phase] = budget - 1;
    const result = toggleTaskInText(current, { line: task.line, raw: task.raw }, "done");
    if (result.ok) current = result.text;
  }
  return current;
}

export interface DemoResult {
  created: string[];
  kept: string[];
}

export function writeDemoVault(root: string, projectRoot: string, now: Date, io: Pick<CliIo, "timeZone">): DemoResult {
  const result: DemoResult = { created: [], kept: [] };
  const writeIfMissing = (relative: string, content: string) => {
    const full = join(root, relative);
    if (existsSync(full)) {
      result.kept.push(relative);
      return;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    result.created.push(relative);
  };

  const pluginDir = join(root, ".obsidian", "plugins", "office-hours");
  mkdirSync(pluginDir, { recursive: true });
  for (const file of DEMO_PLUGIN_FILES) {
    const source = join(projectRoot, file);
    if (!existsSync(source)) throw new Error(`${file} is missing; build the plugin first (npm run build).`);
    copyFileSync(source, join(pluginDir, file));
  }

  const settingsPath = ".obsidian/plugins/office-hours/data.json";
  const settings = existsSync(join(root, settingsPath))
    ? null
    : demoSettings(io.timeZone);
  if (settings) writeIfMissing(settingsPath, JSON.stringify(settings, null, 2) + "\n");
  else result.kept.push(settingsPath);

  enablePlugin(join(root, ".obsidian", "community-plugins.json"));

  const show = (settings ?? demoSettings(io.timeZone)).shows[0];
  if (show) for (const [path, content] of demoNotes(show, now)) writeIfMissing(path, content);
  return result;
}

/** Add our id to community-plugins.json, keeping whatever else is enabled. */
function enablePlugin(path: string): void {
  let enabled: unknown = [];
  if (existsSync(path)) {
    try {
      enabled = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      throw new Error(`${path} is not valid JSON; fix or delete it and run again.`);
    }
  }
  const list = Array.isArray(enabled) ? enabled.filter((v): v is string => typeof v === "string") : [];
  if (!list.includes("office-hours")) {
    list.push("office-hours");
    writeFileSync(path, JSON.stringify(list, null, 2) + "\n");
  }
}
