// @vitest-environment happy-dom
// The first index inside Obsidian reads only the notes its cached metadata cannot rule
// out, and must give exactly the episodes (and templates) that reading every note gives:
// compared on the real notes and on generated vaults, through the stand-in host, whose
// metadata cache lists no task items inside quotes and callouts (the reader finds them
// there, so such notes are read).
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { cachedFrontmatter } from "../../src/plugin/vault/frontmatter";
import type { TestHost } from "../host/test-host";
import { random } from "../../scripts/bench/generate";
import { finish, realNotes, start, watchReads } from "./harness";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

interface Indexer {
  index: EpisodeIndex;
  notesRead: number;
  isReady: boolean;
}

/** Episodes, templates and failures in a comparable form: records without their compact part, plus its items and refs. */
function snapshot(index: EpisodeIndex) {
  return {
    episodes: index
      .all()
      .map(({ episode: { open, ...rest }, show }) => ({ ...rest, show: show?.id ?? null, open: open.tasks(), refs: open.refs(rest.sections) }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
    templates: index.templatePaths(),
    errors: index.errors(),
  };
}

/** Every note's text read and indexed with the cache's properties, as the first index did before: the reference. */
function readingEveryNote(h: TestHost, settings: OfficeHoursSettings): EpisodeIndex {
  const index = new EpisodeIndex(createClassifier(settings));
  for (const file of h.app.vault.getMarkdownFiles()) {
    const text = readFileSync(join(h.vaultDir ?? "", ...file.path.split("/")), "utf8");
    index.update(file.path, text, cachedFrontmatter(h.app.metadataCache.getFileCache(file)));
  }
  return index;
}

async function coldIndex(files: Record<string, string>, settings: OfficeHoursSettings) {
  const started = await start({ files, data: settings, ready: false });
  host = started.host;
  const reads = watchReads(started.host);
  await started.host.layoutReady();
  const indexer = (started.plugin as unknown as { indexer: Indexer }).indexer;
  for (let i = 0; i < 50 && !indexer.isReady; i++) await started.host.flush();
  expect(indexer.isReady).toBe(true);
  return { indexer, reads: reads.reads(), host: started.host };
}

const GOH = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "Shows/GOH" };

function withShows(...shows: (typeof GOH)[]): OfficeHoursSettings {
  return { ...defaultSettings("UTC"), shows };
}

describe("the first index from cached metadata", () => {
  it("gives the real notes' episodes exactly as reading every note, reading only the candidates", async () => {
    const fiveShows = join(import.meta.dirname, "../fixtures/five-shows");
    const files: Record<string, string> = { ...realNotes("Shows/GOH"), ...realNotes("Elsewhere") };
    const walk = (dir: string, rel: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}${entry.name}/`);
        else if (entry.name.endsWith(".md")) files[`Five/${rel}${entry.name}`] = readFileSync(join(dir, entry.name), "utf8");
      }
    };
    walk(fiveShows, "");
    for (let n = 0; n < 40; n++) files[`Notes/Plain ${n}.md`] = `# Plain ${n}\n\n- a point\n- another\n\nSome text with a [[link]].\n`;
    const settings = withShows(GOH);
    const { indexer, reads, host: h } = await coldIndex(files, settings);
    expect(snapshot(indexer.index)).toEqual(snapshot(readingEveryNote(h, settings)));
    expect(indexer.index.size).toBeGreaterThan(10);
    // The plain notes (no task, no property) are settled from the cache; every note read is a candidate.
    expect(reads.filter((p) => p.startsWith("Notes/"))).toEqual([]);
    expect(indexer.notesRead).toBe(reads.length);
    expect(indexer.notesRead).toBeLessThan(Object.keys(files).length - 40);
  });

  it("reads the notes whose tasks only the reader sees (in callouts), with a guest field, a marker or a guest property", async () => {
    const files = {
      "A/callout.md": "Guest:: Ann\n> [!todo] Prep\n> - [ ] Book the studio\n",
      "A/quote.md": "Guest:: Bo\n> - [ ] quoted task\n",
      "A/marker.md": "---\noffice-hours: GOH\n---\nJust text.\n",
      "A/property.md": "---\nGuests: [Cy]\n---\n- [ ] Invite\n",
      "A/inline.md": "- [ ] Invite\n[guest:: Dee]\n",
      "A/no-guest.md": "- [ ] A to-do without any guest\n",
      "A/plain.md": "Guest:: Ed\nNo task here.\n",
      "A/broken.md": "---\nGuest: [\n---\n- [ ] x\n",
    };
    const settings = withShows(GOH);
    const { indexer, reads, host: h } = await coldIndex(files, settings);
    expect(snapshot(indexer.index)).toEqual(snapshot(readingEveryNote(h, settings)));
    expect(indexer.index.all().map((e) => e.episode.path).sort()).toEqual(["A/callout.md", "A/inline.md", "A/marker.md", "A/property.md", "A/quote.md"]);
    // No task, no property and nothing a task could hide in: settled without reading.
    expect(reads).not.toContain("A/plain.md");
  });

  it("settles from the cache a note whose only tasks are in comments (Obsidian lists none there, the reader reads none)", async () => {
    const files = {
      "A/percent.md": "Guest:: Ann\n%%\n- [ ] Book the studio\n%%\n",
      "A/inline.md": "Guest:: Bo\n%% - [ ] hidden %%\n",
      "A/html.md": "Guest:: Cy\n<!--\n- [ ] hidden\n-->\n",
      "A/unclosed.md": "Guest:: Dee\n%% drafts\n- [ ] hidden\n",
      "A/both.md": "Guest:: Ed\n%% - [ ] hidden %%\n- [ ] Invite\n",
    };
    const settings = withShows(GOH);
    const { indexer, reads, host: h } = await coldIndex(files, settings);
    expect(snapshot(indexer.index)).toEqual(snapshot(readingEveryNote(h, settings)));
    expect(indexer.index.all().map((e) => e.episode.path)).toEqual(["A/both.md"]);
    expect(reads).toEqual(["A/both.md"]);
  });

  it.each([1, 2, 3])("gives the same episodes as reading every note on generated vault %i", async (seed) => {
    const files = generatedVault(seed, 120);
    const settings = withShows(GOH, { ...GOH, id: "aa", code: "A&A", name: "Advocates", folder: "Shows/AA", guestFields: ["Invitado"] });
    const { indexer, reads, host: h } = await coldIndex(files, settings);
    expect(snapshot(indexer.index)).toEqual(snapshot(readingEveryNote(h, settings)));
    expect(reads.length).toBeLessThan(Object.keys(files).length);
  });

  it.each([1, 2, 3])("with episodes only in the show folders, reads no note outside them but the marked ones, on generated vault %i", async (seed) => {
    const files = generatedVault(seed, 120);
    const settings = { ...withShows(GOH, { ...GOH, id: "aa", code: "A&A", name: "Advocates", folder: "Shows/AA", guestFields: ["Invitado"] }), episodesOnlyInShowFolders: true };
    const { indexer, reads, host: h } = await coldIndex(files, settings);
    expect(snapshot(indexer.index)).toEqual(snapshot(readingEveryNote(h, settings)));
    const outside = (path: string) => !path.startsWith("Shows/");
    const marked = (path: string) => /^---\noffice-hours:/.test(files[path] ?? "");
    expect(reads.filter((p) => outside(p) && !marked(p))).toEqual([]);
    // Outside the show folders there are notes with tasks and guest fields, which the default reads.
    expect(Object.keys(files).filter((p) => outside(p) && !marked(p) && /- \[ \]/.test(files[p] ?? "") && /uest/.test(files[p] ?? "")).length).toBeGreaterThan(5);
  });
});

/** Notes of every kind the rules tell apart, shuffled between folders by `seed`. */
function generatedVault(seed: number, count: number): Record<string, string> {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const bodies = [
    () => "# Note\n\nText and a [[link]].\n",
    () => "- [ ] a task\n- [x] done\n",
    () => "Guest:: Ann Lee\n- [ ] Invite\n",
    () => "**Guest**:: Bo\n## Checklist\n- [x] Booked\n",
    () => "Invitado:: Raúl\n- [ ] Invitar\n",
    () => "Invitado(s): Raúl\n- [ ] Invitar\n",
    () => "> [!todo]\n> - [ ] in a callout\nGuest:: Cy\n",
    () => "```\n- [ ] in code\nGuest:: x\n```\n",
    () => "Status:: draft\n- [ ] not a guest field\n",
    () => "    - [ ] indented\n(guest:: Dee)\n",
    () => "<% tp.file.title %>\nGuest:: x\n- [ ] template\n",
  ];
  const heads = [
    () => "",
    () => "---\ntags: [a, b]\n---\n",
    () => "---\nguest: Eve\n---\n",
    () => "---\noffice-hours: GOH\n---\n",
    () => "---\noffice-hours: false\n---\n",
    () => "---\ndate: 2024-02-02\nurl: https://example.com/x\n---\n",
    () => "---\nbroken: [\n---\n",
    () => "---\nGuests:\n  - Fay\n  - Gus\n---\n",
  ];
  const folders = ["Notes", "Notes/Deep", "Shows/GOH", "Shows/AA", "Templates", "Office Hours/Snippets", "Daily"];
  const names = ["Idea", "GOH 12 - Topic", "A&A 3 - Tema", "2024-03-01 Meeting", "Readme", "Episode template"];
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) files[`${pick(folders)}/${pick(names)} ${n}.md`] = pick(heads)() + pick(bodies)();
  return files;
}
