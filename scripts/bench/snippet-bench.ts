// Issue 4 figure: filling every built-in snippet for 1,000 episodes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readEpisode } from "../../src/core/note/episode";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import { defaultShow } from "../../src/core/settings/settings";
import { BUILTIN_SNIPPETS, SPANISH_SNIPPETS } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { fmt, row, sideBySide } from "./measure";

export function benchSnippets(fixtures: string, lines: string[]): void {
  const name = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
  const text = readFileSync(join(fixtures, name), "utf8");
  const show = defaultShow("UTC", "Grafana Office Hours");
  show.displayTimeZones = ["Europe/Berlin", "America/New_York"];
  const episodes = Array.from({ length: 1000 }, (_, n) => readEpisode(`GOH ${n} - Topic ${n}, with Guest ${n}.md`, text, {}, lazyFrontmatter(text)));
  const spanishShow = { ...show, language: "es" };
  let chars = 0;
  const t = sideBySide(5, {
    fill: () => {
      for (const episode of episodes) {
        const values = snippetValues(episode, show, text);
        for (const snippet of BUILTIN_SNIPPETS) chars += fillSnippet(snippet.text, values).text.length;
      }
    },
    // A Spanish show's set, with its Spanish values: the same work plus the worded values.
    spanish: () => {
      for (const episode of episodes) {
        const values = snippetValues(episode, spanishShow, text, {}, "es");
        for (const snippet of SPANISH_SNIPPETS) chars += fillSnippet(snippet.text, values).text.length;
      }
    },
  });
  lines.push(row(`fill all ${BUILTIN_SNIPPETS.length} built-in snippets for 1,000 episodes`, fmt(t.fill ?? 0)));
  lines.push(row(`the same in Spanish (es show), ratio to English ${((t.spanish ?? 0) / (t.fill ?? 1)).toFixed(2)}`, fmt(t.spanish ?? 0)));
  if (chars < 0) lines.push("");
}
