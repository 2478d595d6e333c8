// The vaults the page's scenes and benchmarks load, built in the page (no file system):
// the built-in demo, many template-shaped episodes, and a mixed vault of notes.
import { demoNotes, demoSettings } from "../../src/core/demo";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import { FIXED_NOW } from "./page-host";

export function demoFiles(): Record<string, string> {
  const settings = demoSettings("UTC");
  const show = settings.shows[0];
  const files: Record<string, string> = { ".obsidian/plugins/office-hours/data.json": JSON.stringify(settings) };
  if (show) for (const [path, text] of demoNotes(show, FIXED_NOW)) files[path] = text;
  return files;
}

/** `count` episodes shaped like the built-in template, for the render benchmark. */
export function manyEpisodes(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n++) {
    const day = String(1 + (n % 28)).padStart(2, "0");
    const text = BUILTIN_TEMPLATE.replace("date: {{date}}", `date: 2026-${String(1 + (n % 12)).padStart(2, "0")}-${day}`)
      .replace(/\{\{guestList\}\}/, `Guest ${n}`)
      .replace(/\{\{[^}]*\}\}/g, "x");
    files[`Office Hours/OH ${String(n).padStart(4, "0")} - Topic ${n}, with Guest ${n}.md`] = text;
  }
  return files;
}

/** `count` notes, one in ten an episode (the seed note's shape), the rest ordinary. */
export function mixedVault(count: number): Record<string, string> {
  const episode = BUILTIN_TEMPLATE.replace(/\{\{[^}]*\}\}/g, "x");
  // No wiki links: the change benchmark has always measured this vault, and its figures
  // are compared from stop to stop.
  const ordinary = ["# Meeting notes", "", ...Array.from({ length: 60 }, (_, i) => `- point ${i} about note ${i} and the plan`)].join("\n");
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    if (n % 10 === 0) files[`Office Hours/OH ${n} - Topic ${n}, with Guest ${n}.md`] = episode.replace("Guest:: x", `Guest:: Guest ${n}`);
    else files[`Notes/${n % 50}/Note ${n}.md`] = ordinary;
  }
  return files;
}

/**
 * Shows set up by hand: a recorded podcast with its pilot in its folder, and a dinner party
 * outside it with a guest field and a checklist, read as an episode until the settings
 * page's offer to look only in the show folders is taken.
 */
export function podcastSettingsVault(): Record<string, string> {
  const show = {
    id: "tech-talk",
    name: "Tech Talk",
    code: "TT",
    folder: "Podcasts/Tech Talk",
    format: "podcast",
    hostName: "Ada Host",
    schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 45 },
    links: { channel: "https://feeds.example.com/techtalk", playlist: "", meetup: "", studio: "https://riverside.example/studio/techtalk" },
  };
  return {
    ".obsidian/plugins/office-hours/data.json": JSON.stringify({ version: 1, shows: [show] }),
    "Podcasts/Tech Talk/TT 01 - Pilot, with Ann Lee.md": "---\ndate: 2026-11-27\n---\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Book the studio\n",
    "Dinner party.md": "Guests:: Mia, Noor\n\n## Shopping\n\n- [ ] Wine\n- [ ] Bread\n",
  };
}
