// A series' name and code, from what describes it best: the index note's first sentence
// ("Grafana Office Hours (GOH) is a weekly livestream…" gives both), its title, its own
// name, the folder's name (CamelCase split), and last the code.
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import type { Found } from "./schedule";
import { namingFolder } from "./templates";
import { replaceLinks } from "../text/links";
import { hasLineBreak } from "../text/space-tab";

/** "Name (CODE) is …" in the common languages. */
const DEFINING_SENTENCE = /^\s*(?:\*\*|__)?([^()\n]{2,80}?)(?:\*\*|__)?\s*\(([^()\s]{1,12})\)\s+(?:is|are|was|es|son|est|ist|é|è|são|sind)\s/iu;
const INDEX_WORDS = /[\s_-]*\b(?:readme|index|home|overview)\b[\s_-]*/giu;

export interface ShowName {
  name: Found<string>;
  /** A code the index note gives ("(GOH)"), or null. */
  code: string | null;
}

function plain(text: string): string {
  return replaceLinks(text)
    .display.replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The text of a level-1 title line (`# Grafana Office Hours #`), or null. Once the regular
 * expression /^#\s+(.+?)\s*#*\s*$/, whose lazy group before two runs of white space cost the
 * cube of a run of spaces inside the title (418 s for 10,000); the same text from a scan of
 * the ends, except that a title of #s and spaces alone is none (the expression kept a #).
 */
export function titleText(line: string): string | null {
  if (line.charCodeAt(0) !== 35) return null;
  const after = line.slice(1);
  const rest = after.trimStart();
  if (rest.length === after.length) return null;
  let end = rest.trimEnd().length;
  while (end > 0 && rest.charCodeAt(end - 1) === 35) end--;
  const text = rest.slice(0, end).trimEnd();
  return /^[\s#]*$/.test(text) || hasLineBreak(text) ? null : text;
}

/** "CafeConGrafana" → "Cafe Con Grafana", "loki-community-calls" → "Loki community calls". */
export function folderTitle(folderName: string): string {
  const spaced = folderName
    .replace(/[_-]+/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/\s+/g, " ")
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Properties an episode names its show in ("show: Berlin Bytes"). */
const SHOW_KEY = /^(?:show|podcast|series|serie|programa|programme|program|sendung|sendereihe|émission|emission|livestream)$/iu;
/** Words of a template's name that say what it is, not which show ("Berlin Bytes episode template"). */
const TEMPLATE_WORDS = /(?<![\p{L}\p{N}])(?:templates?|plantillas?|vorlagen?|modèles?|modelos?|checklists?|episodes?|episodios?|folgen?|notes?|new|nuevo|neue)(?![\p{L}\p{N}])/giu;

/**
 * The show's name, from what says it best: the description note (its defining sentence,
 * title or own name), a property the episodes agree on (`show: Berlin Bytes` in at least
 * half of them), the folder's name (the nearest one above a generic "Calls" or "Episodes"),
 * then, for a series in generic folders only, the template's name without its "template"
 * words, the code, and last the generic folder's own word.
 */
export function showName(index: NoteFacts | null, folder: string, code: string | null, fallback: string, members: readonly NoteFacts[] = [], template: NoteFacts | null = null): ShowName {
  if (index) {
    // Fenced code names nothing and does not count towards the first lines (the reader's rule).
    const code = noteCode(index);
    const body = index.lines.filter((_, n) => n >= index.bodyStart && !code(n));
    for (const line of body.slice(0, 12)) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const m = DEFINING_SENTENCE.exec(plain(line));
      if (m) {
        const name = (m[1] ?? "").trim();
        return { name: { value: name, confidence: "found", reasons: [`${index.basename}: “${name} (${m[2] ?? ""}) …”`] }, code: m[2] ?? null };
      }
      break;
    }
    const title = body.map(titleText).find((text) => text !== null);
    const shown = title ? plain(title) : "";
    if (shown !== "" && !shown.includes("<%") && !shown.includes("{{")) {
      return { name: { value: shown, confidence: "found", reasons: [`the title of ${index.basename}`] }, code: null };
    }
    const own = index.basename.replace(INDEX_WORDS, " ").replace(/\s+/g, " ").trim();
    if (own !== "") return { name: { value: own, confidence: "found", reasons: [`the name of the index note ${index.basename}`] }, code: null };
  }
  const agreed = agreedShowProperty(members);
  if (agreed) return { name: agreed, code: null };
  const naming = namingFolder(folder);
  const last = naming.slice(naming.lastIndexOf("/") + 1);
  const own = folder.slice(folder.lastIndexOf("/") + 1);
  if (last !== "") {
    const lifted = naming !== folder ? `; ${own} only says what the notes are` : "";
    return { name: { value: folderTitle(last), confidence: "guess", reasons: [`the folder's name (${last})${lifted}`] }, code: null };
  }
  // Only for a series whose folders are all generic: at the vault's top the code is as good a name.
  const fromTemplate =
    template && folder !== ""
      ? template.basename
          .replace(TEMPLATE_WORDS, " ")
          .replace(/[([{]\s*[)\]}]/g, " ")
          .replace(/\s+/g, " ")
          .replace(/^[\s_.,;:()-]+|[\s_.,;:()-]+$/g, "")
      : "";
  if (fromTemplate.length >= 3 && fromTemplate.toLowerCase() !== (code ?? "").toLowerCase() && !fromTemplate.includes("<%") && !fromTemplate.includes("{{")) {
    return { name: { value: fromTemplate, confidence: "guess", reasons: [`the template's name (${template?.basename ?? ""}); the folder ${own} only says what the notes are`] }, code: null };
  }
  if (code !== null) return { name: { value: code, confidence: "guess", reasons: ["the code in the file names"] }, code: null };
  if (own !== "") return { name: { value: folderTitle(own), confidence: "guess", reasons: [`the folder's name (${own}), a generic word: nothing else names the show`] }, code: null };
  return { name: { value: fallback, confidence: "default", reasons: ["nothing names the show"] }, code: null };
}

/** A show property at least half the episodes give, the same (at least two when there are two). */
function agreedShowProperty(members: readonly NoteFacts[]): Found<string> | null {
  const counts = new Map<string, { value: string; key: string; count: number }>();
  for (const member of members) {
    const key = member.keys.find((k) => k.colons === 0 && SHOW_KEY.test(k.key));
    const value = key ? plain(key.value) : "";
    if (value === "" || value.length > 80) continue;
    const entry = counts.get(value.toLowerCase());
    if (entry) entry.count++;
    else counts.set(value.toLowerCase(), { value, key: key?.key ?? "show", count: 1 });
  }
  let best: { value: string; key: string; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  if (!best || best.count * 2 < members.length || (members.length > 1 && best.count < 2)) return null;
  return { value: best.value, confidence: "found", reasons: [`“${best.key}: ${best.value}” in ${best.count} of ${members.length} episode notes`] };
}
