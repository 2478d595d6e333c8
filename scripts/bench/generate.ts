// Benchmark vaults: N notes, 10% episodes shaped like the real fixture notes (each a
// real note with its title, guests and ticks varied) and 90% ordinary notes of 5–10 KB
// (prose, lists, links, code, some with frontmatter, some with Dataview fields or
// to-do lists without a guest), written to disk once and reused.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const REAL = ["GOH 12 - Govable.md", "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md", "03 - Logging Best Practices.md", "2025-03-25-loki-cache.md", "A&A 22 - Navigating through unemployment with Renata Andrade.md"];
const WORDS = "observability latency dashboard query metric trace span label cardinality retention shard replica cache index alert panel plugin exporter agent pipeline sample bucket histogram quantile".split(" ");

/** Deterministic pseudo-random numbers, so every run measures the same vault. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? "note");
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function ordinaryNote(rand: () => number, n: number): string {
  const target = 5000 + Math.floor(rand() * 5000);
  const parts: string[] = [];
  const kind = n % 10;
  if (kind < 4) parts.push("---", `tags: [notes, ${WORDS[n % WORDS.length]}]`, `created: 2025-0${1 + (n % 9)}-1${n % 10}`, "---");
  parts.push(`# Note ${n}`, "");
  while (parts.join("\n").length < target) {
    const block = Math.floor(rand() * 7);
    if (block === 0) parts.push(`## ${sentence(rand, 3)}`, "");
    else if (block === 1) parts.push(...Array.from({ length: 4 }, () => `- ${sentence(rand, 6)} [[Note ${Math.floor(rand() * 1000)}]]`), "");
    else if (block === 2) parts.push("```js", "const x = [1, 2, 3].map((n) => n * 2);", "// - [ ] not a task", "```", "");
    else if (block === 3 && kind === 5) parts.push(`Status:: ${WORDS[Math.floor(rand() * WORDS.length)]}`, "");
    else if (block === 4 && kind === 6) parts.push(`- [ ] ${sentence(rand, 5)}`, `- [x] ${sentence(rand, 5)}`, "");
    else parts.push(sentence(rand, 40), "");
  }
  return parts.join("\n");
}

function episodeNote(rand: () => number, n: number, realNotes: string[]): { name: string; text: string } {
  const base = realNotes[n % realNotes.length] ?? "";
  // Vary the guest and a few ticks so no two episodes are byte-identical.
  const guest = `Guest ${n} ${WORDS[n % WORDS.length]}`;
  let text = base.replace(/^Guests?::.*$/m, `Guest:: ${guest}`);
  text = text.replace(/- \[ \]/g, (m) => (rand() < 0.3 ? "- [x]" : m));
  return { name: `EP ${String(n).padStart(5, "0")} - Episode ${n}, with ${guest}.md`, text };
}

export function ensureVault(root: string, fixtures: string, count: number): string {
  const dir = join(root, `vault-${count}`);
  const done = join(dir, ".complete");
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  const realNotes = REAL.map((name) => readFileSync(join(fixtures, name), "utf8"));
  const rand = random(count);
  for (let n = 0; n < count; n++) {
    const folder = join(dir, `folder-${n % 20}`);
    mkdirSync(folder, { recursive: true });
    if (n % 10 === 0) {
      const episode = episodeNote(rand, n, realNotes);
      writeFileSync(join(folder, episode.name), episode.text);
    } else writeFileSync(join(folder, `Note ${n}.md`), ordinaryNote(rand, n));
  }
  writeFileSync(done, "");
  return dir;
}

export function listNotes(dir: string): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(dir).filter((f) => f.startsWith("folder-")).sort()) {
    for (const name of readdirSync(join(dir, folder)).sort()) files.push(join(dir, folder, name));
  }
  return files;
}
