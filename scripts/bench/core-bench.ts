// Issue 2 figures: the cold scan against reading the same bytes and against
// markdown-it with task lists, per-note parse time and heap per 1,000 episodes.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import MarkdownIt from "markdown-it";
import taskLists from "markdown-it-task-lists";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings } from "../../src/core/settings/settings";
import { fmt, row, sideBySide, time } from "./measure";
import { listNotes } from "./generate";

export function benchScan(dir: string, lines: string[]): void {
  const files = listNotes(dir);
  const classifier = createClassifier(defaultSettings());
  let episodes = 0;
  const readAll = () => {
    for (const file of files) readFileSync(file, "utf8");
  };
  const scanAll = () => {
    const index = new EpisodeIndex(classifier);
    for (const file of files) index.update(relative(dir, file), readFileSync(file, "utf8"));
    episodes = index.size;
  };
  const rounds = files.length > 1000 ? 5 : 25;
  readAll();
  scanAll();
  const t = sideBySide(rounds, { read: readAll, scan: scanAll });
  const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  lines.push(`Vault of ${files.length} notes (${episodes} episodes, ${(bytes / 1e6).toFixed(1)} MB)`);
  lines.push(row("read every note (readFileSync + UTF-8)", fmt(t.read ?? 0)));
  lines.push(row("cold scan: read + classify + index every note", fmt(t.scan ?? 0)));
  lines.push(row("scan ÷ read", `${((t.scan ?? 0) / (t.read ?? 1)).toFixed(2)}×`, "goal ≤ 1.30×"));

  const texts = files.map((f) => ({ path: relative(dir, f), text: readFileSync(f, "utf8") }));
  const md = new MarkdownIt().use(taskLists);
  const ours = () => {
    const index = new EpisodeIndex(classifier);
    for (const note of texts) index.update(note.path, note.text);
  };
  const theirs = () => {
    for (const note of texts) md.parse(note.text, {});
  };
  const p = sideBySide(files.length > 1000 ? 3 : 15, { ours, theirs });
  lines.push(row("parse in memory: ours", fmt(p.ours ?? 0)));
  lines.push(row("parse in memory: markdown-it + task lists", fmt(p.theirs ?? 0)));
  lines.push(row("markdown-it ÷ ours", `${((p.theirs ?? 0) / (p.ours ?? 1)).toFixed(1)}×`, "goal ≥ 3× faster"));

  const episodeTexts = texts.filter((n) => classifier.classify(n.path, n.text).kind === "episode");
  const other = texts.filter((n) => !episodeTexts.includes(n));
  const perEpisode = time(() => episodeTexts.forEach((n) => classifier.classify(n.path, n.text))) / episodeTexts.length;
  const perOther = time(() => other.forEach((n) => classifier.classify(n.path, n.text))) / other.length;
  lines.push(row("per episode note (full read)", fmt(perEpisode)));
  lines.push(row("per ordinary note (shortcut or full read)", fmt(perOther)));
  lines.push("");
}

/** Retained heap of an index holding `count` episodes, per 1,000 episodes. */
export function benchHeap(dir: string, lines: string[]): void {
  const gc = (global as { gc?: () => void }).gc;
  if (!gc) {
    lines.push(row("heap per 1,000 episodes", "run with --expose-gc"));
    return;
  }
  const files = listNotes(dir);
  const classifier = createClassifier(defaultSettings());
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  // As the plugin does: each note's text is read, indexed and dropped; whatever the index
  // still holds afterwards (episodes, and any text they keep alive) is what it costs.
  const index = new EpisodeIndex(classifier);
  for (const file of files) index.update(relative(dir, file), readFileSync(file, "utf8"));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  const perThousand = ((after - before) / index.size) * 1000;
  lines.push(row(`heap held by the index per 1,000 episodes (${index.size} indexed)`, `${(perThousand / 1e6).toFixed(1)} MB`));
}
