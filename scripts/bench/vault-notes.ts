// The notes of a benchmark vault, made without any file system so the Node benchmark and
// the Chromium page build the same vault: N notes, 10% episodes shaped like the real
// fixture notes (each a real note with its title, guests and ticks varied) and 90%
// ordinary notes of 5–10 KB (prose, lists, links, code, some with frontmatter, some with
// Dataview fields or to-do lists without a guest).
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

export function ordinaryNote(rand: () => number, n: number): string {
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

export function episodeNote(rand: () => number, n: number, realNotes: string[]): { name: string; text: string } {
  const base = realNotes[n % realNotes.length] ?? "";
  // Vary the guest and a few ticks so no two episodes are byte-identical.
  const guest = `Guest ${n} ${WORDS[n % WORDS.length]}`;
  let text = base.replace(/^Guests?::.*$/m, `Guest:: ${guest}`);
  text = text.replace(/- \[ \]/g, (m) => (rand() < 0.3 ? "- [x]" : m));
  return { name: `EP ${String(n).padStart(5, "0")} - Episode ${n}, with ${guest}.md`, text };
}

/** The show folder of the benchmark's second layout, and the settings that go with it. */
export const BENCH_SHOW_FOLDER = "Shows/EP";

/** One show whose episodes live in BENCH_SHOW_FOLDER, looked for only there. */
export function benchShowSettings(): Record<string, unknown> {
  return {
    version: 1,
    shows: [{ id: "ep", name: "Episodes", code: "EP", folder: BENCH_SHOW_FOLDER, fileNamePattern: "EP {{number}} - {{topic}}, with {{guests}}", numberPadding: 5 }],
    episodesOnlyInShowFolders: true,
  };
}

/**
 * Note `n` of a vault of benchmark notes: its path (`folder-k/…`) and text. With
 * `showFolder`, the same notes with the episodes in that folder instead (the layout a
 * configured show has); the texts are the same either way.
 */
export function benchNote(rand: () => number, n: number, realNotes: string[], showFolder?: string): { path: string; text: string } {
  const folder = `folder-${n % 20}`;
  if (n % 10 === 0) {
    const episode = episodeNote(rand, n, realNotes);
    return { path: `${showFolder ?? folder}/${episode.name}`, text: episode.text };
  }
  return { path: `${folder}/Note ${n}.md`, text: ordinaryNote(rand, n) };
}
