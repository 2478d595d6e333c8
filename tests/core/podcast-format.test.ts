// A show's format: a recorded podcast gets the podcast template and snippets (a recording,
// editing, publishing to the feed), a live stream (the default, and every show stored
// without a format) exactly what it had. The podcast note is read back with the reader:
// every item counted, in the right phase, each with the date its offset gives.
import { describe, expect, it } from "vitest";
import { planEpisode, type EpisodeDraft } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { BUILTIN_PODCAST_TEMPLATE } from "../../src/core/new-episode/template/podcast";
import { BUILTIN_TEMPLATE, builtinTemplateFor } from "../../src/core/new-episode/template/builtin";
import { BUILTIN_SNIPPETS, builtinSnippets, snippetsForShow, type Snippet } from "../../src/core/snippets/catalog";
import { PODCAST_SNIPPETS } from "../../src/core/snippets/podcast-snippets";
import { fillSnippet, PLACEHOLDER_HELP } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { episodeInvite } from "../../src/core/snippets/episode-invite";
import { nameParser } from "../../src/core/note/name-pattern";
import { addDays } from "../../src/core/time/calendar-date";
import { readNote } from "../support/notes";

/** A weekly audio podcast recorded on Fridays at 13:00 in Berlin. */
function podcast(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("Europe/Berlin", "Tech Talk"),
    id: "tech-talk",
    code: "TT",
    folder: "Tech Talk",
    hostName: "Ada Host",
    about: "building software",
    format: "podcast",
    links: { channel: "https://feeds.example.com/techtalk", playlist: "https://example.com/episodes", meetup: "", studio: "https://riverside.example/studio/techtalk" },
    ...overrides,
  };
}

const DRAFT: EpisodeDraft = { topic: "Testing in production", guests: ["Nikola Grcevski"], date: "2024-03-15", time: "13:00", number: 7 };
const CREATED = new Date("2024-01-02T09:30:00Z");
/** Words of a live stream a podcast's note or snippet must not use. */
const LIVESTREAM_WORDS = /stream|broadcast|\blive\b|go live|thumbnail|tech check/i;

function readBack(path: string, content: string, show: ShowSettings) {
  return readNote(path, content, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
}

function phaseCounts(sections: readonly { phase: string; done: number; total: number }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sections) if (s.total > 0) out[s.phase] = `${s.done}/${s.total}`;
  return out;
}

/** The template's items' offsets in days, in order (`📅 -3w` is -21). */
function templateOffsets(template: string): number[] {
  const units: Record<string, number> = { d: 1, w: 7 };
  return [...template.matchAll(/^\s*- \[ \] .*📅 ([+-]?)(\d+)([dw])$/gmu)].map(([, sign, n, unit]) => (sign === "-" ? -1 : 1) * Number(n) * (units[unit ?? "d"] ?? 1));
}

describe("a recorded podcast's new episode", () => {
  const show = podcast();
  const plan = planEpisode(DRAFT, show, null, CREATED);
  const episode = readBack(plan.path, plan.content, show);

  it("is written from the podcast template, with a recording and publishing, no live stream words", () => {
    expect(plan.unresolved).toEqual([]);
    expect(plan.content).toContain("Invite them to the recording");
    expect(plan.content).toContain("`Tech Talk #07 recording with Nikola Grcevski`");
    expect(plan.content).toContain("Set up the recording session on [the recording studio](https://riverside.example/studio/techtalk)");
    expect(plan.content).toContain("Publish the episode to [our podcast feed](https://feeds.example.com/techtalk)");
    expect(plan.content).toContain("Write the show notes");
    expect(plan.content).not.toMatch(LIVESTREAM_WORDS);
    expect(plan.content).not.toContain("{{");
  });

  it("is read by the reader: every item counted, in its phase, with the date its offset gives", () => {
    const items = (BUILTIN_PODCAST_TEMPLATE.match(/^\s*- \[ \] /gm) ?? []).length;
    expect(items).toBe(20);
    expect(episode.tasks).toHaveLength(items);
    expect(phaseCounts(episode.sections)).toEqual({ prep: "0/6", before: "0/7", after: "0/7" });
    expect([episode.date, episode.number, episode.guests.map((g) => g.name), episode.warnings]).toEqual(["2024-03-15", 7, ["Nikola Grcevski"], []]);
    const offsets = templateOffsets(BUILTIN_PODCAST_TEMPLATE);
    expect(offsets).toHaveLength(items);
    expect(episode.tasks.map((t) => t.due)).toEqual(offsets.map((days) => addDays("2024-03-15", days)));
    expect(plan.deadlineProblems).toEqual([]);
  });

  it("has a studio property for the recording link, and the talking points stay content", () => {
    expect(plan.content.split("\n").slice(0, 7)).toEqual(["---", "url:", "date: 2024-03-15", "time: \"13:00\"", "studio:", "office-hours: Tech Talk", "---"]);
    expect(episode.sections.find((s) => s.heading === "Talking points")?.phase).toBe("other");
    expect(episode.sections.find((s) => s.heading === "Show notes")?.phase).toBe("other");
  });

  it("a template note of the user's own is used as it is, whatever the format", () => {
    const mine = "---\ndate:\n---\n# {{title}}\n\nGuest:: \n\n## Checklist\n\n- [ ] Book {{inviteTitle}} on {{studioLink}} 📅 -1w\n";
    const asPodcast = planEpisode(DRAFT, show, mine, CREATED);
    const asLive = planEpisode(DRAFT, podcast({ format: undefined }), mine, CREATED);
    expect(asPodcast.content).toBe(asLive.content);
    expect(asPodcast.content).toContain("Book Tech Talk #07 with Nikola Grcevski on [the streaming studio]");
  });
});

describe("a live stream (the default)", () => {
  it("keeps the live stream template, stored with or without a format", () => {
    const live = podcast({ format: undefined });
    expect(builtinTemplateFor(live)).toBe(BUILTIN_TEMPLATE);
    expect(builtinTemplateFor({ format: "livestream" })).toBe(BUILTIN_TEMPLATE);
    expect(builtinTemplateFor({ format: "podcast" })).toBe(BUILTIN_PODCAST_TEMPLATE);
    const plan = planEpisode(DRAFT, live, null, CREATED);
    expect(plan.content).toBe(planEpisode(DRAFT, podcast({ format: "livestream" }), null, CREATED).content);
    expect(plan.content).toContain("Schedule the broadcast on");
  });
});

describe("a recorded podcast's snippets", () => {
  const show = podcast();
  const note = planEpisode({ ...DRAFT, topic: "Testing in production" }, show, null, CREATED);
  const text = note.content.replace("url:", "url: https://example.com/episodes/7").replace("studio:", "studio: https://riverside.example/r/ep7");
  const episode = readBack(note.path, text, show);
  const values = snippetValues(episode, show, text);

  it("have the live stream's ids in its order, so a snippet note replaces either", () => {
    expect(PODCAST_SNIPPETS.map((s) => s.id)).toEqual(BUILTIN_SNIPPETS.map((s) => s.id));
    expect(builtinSnippets("podcast")).toBe(PODCAST_SNIPPETS);
    expect(builtinSnippets()).toBe(BUILTIN_SNIPPETS);
    expect(snippetsForShow([], ["Tech Talk"], "podcast")).toEqual(PODCAST_SNIPPETS);
    const mine: Snippet = { id: "broadcast title", name: "Broadcast title", description: "", text: "My {{topic}}", source: "Snippets/Broadcast title.md", show: null };
    const offered = snippetsForShow([mine], ["Tech Talk"], "podcast");
    expect(offered.find((s) => s.id === "broadcast-title")?.text).toBe("My {{topic}}");
    expect(offered).toHaveLength(PODCAST_SNIPPETS.length);
  });

  it("every one fills from the episode, with no live stream words and nothing left to ask", () => {
    for (const snippet of PODCAST_SNIPPETS.filter((s) => s.id !== "youtube-chapters")) {
      const filled = fillSnippet(snippet.text, values);
      expect([snippet.id, filled.missing]).toEqual([snippet.id, []]);
      expect([snippet.id, filled.text]).not.toEqual([snippet.id, expect.stringMatching(LIVESTREAM_WORDS)]);
      expect(filled.text).not.toContain("{{");
    }
    const fill = (id: string) => fillSnippet(PODCAST_SNIPPETS.find((s) => s.id === id)?.text ?? "", values).text;
    expect(fill("invite-title")).toBe("Tech Talk #07 recording with Nikola Grcevski");
    expect(fill("invite-body")).toContain("Join the recording: https://riverside.example/r/ep7");
    expect(fill("guest-briefing")).toContain("- Headphones on, notifications off.");
    expect(fill("outreach")).toContain("We do a weekly podcast called [Tech Talk](https://example.com/episodes)");
  });

  it("the .ics invites to the recording, at the recording link", () => {
    const invite = episodeInvite(episode, show, text, snippetsForShow([], ["Tech Talk"], "podcast"), CREATED, "en");
    if (!invite.ok) throw new Error(invite.reason);
    const ics = invite.ics.replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:Tech Talk #07 recording with Nikola Grcevski");
    expect(ics).toContain("LOCATION:https://riverside.example/r/ep7");
    expect(ics).toContain("Join the recording: https://riverside.example/r/ep7");
  });

  it("every placeholder they use is documented", () => {
    const documented = PLACEHOLDER_HELP.map(([names]) => names.toLowerCase()).join(" ");
    for (const source of PODCAST_SNIPPETS.map((s) => s.text)) {
      for (const [, name] of source.matchAll(/\{\{([a-zA-Z]+)/g)) expect(documented, name).toContain(`{{${(name ?? "").toLowerCase()}`);
    }
  });
});
