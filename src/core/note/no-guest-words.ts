// A guest field that says there is no guest, by choice: `Guests:: none (Lena and Sam)`,
// `Guest:: —`, `Guest:: solo`, `Guest:: n/a`, `Gast:: keiner`. A solo or hosts-only episode
// has no guest to find: it is "no guest", never "no guest yet" nor a guest named "none".
// Unlike a placeholder ("Name", "TBD", "?"), which a template leaves until the guest is
// known. The words of every language the reader knows (and-words.ts, episode-words.ts) are
// taken whatever the show's language: a whole value that is one of them is no one's name.

import { foldName } from "../text/fold";

/** By language, as written (compared folded: case, accents and spaces aside). */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["none", "no guest", "no guests", "no one", "no-one", "nobody", "solo", "solo episode", "solo show", "hosts only", "n/a", "n.a.", "not applicable"],
  es: ["ninguno", "ninguna", "nadie", "sin invitado", "sin invitados", "sin invitada", "sin invitadas", "n/d"],
  pt: ["nenhum", "nenhuma", "ninguém", "sem convidado", "sem convidados", "sem convidada", "sem convidadas"],
  it: ["nessuno", "nessuna", "nessun ospite", "senza ospite", "senza ospiti"],
  fr: ["aucun", "aucune", "pas d'invité", "pas d’invité", "sans invité", "sans invités"],
  de: ["keiner", "keine", "niemand", "kein gast", "keine gäste", "ohne gast", "ohne gäste", "entfällt"],
  nl: ["geen", "geen gast", "geen gasten", "zonder gast", "zonder gasten"],
  ca: ["cap", "ningú", "sense convidat", "sense convidats"],
  sv: ["ingen", "inga", "ingen gäst", "inga gäster"],
  da: ["ingen gæst", "ingen gæster"],
  no: ["ingen gjest", "ingen gjester"],
  pl: ["brak", "nikt", "bez gościa", "bez gości"],
  ro: ["niciunul", "niciuna", "nimeni", "fără invitat", "fără invitați", "niciun invitat"],
};

const NONE = new Set(Object.values(WORDS).flatMap((words) => words.map(foldName)));

/** Longest word of the table, folded: a longer head is no such word (and is not folded). */
const LONGEST = Math.max(...[...NONE].map((w) => w.length));

/** Quotes and emphasis around the value (`"none"`, `*solo*`, `_n/a_`). */
const WRAPPING = new Set([..."\"'“”‘’«»„`*_="]);

/**
 * Whether a guest field's whole value says "no guest": a word of the table, or dashes only
 * ("—", "-", "–"), written alone or before its reason in parentheses, after a colon or
 * after a spaced dash ("none (Lena and Sam)", "solo: listener questions", "none — hosts
 * only"). Linear in the value's length: one pass to the end of the head, which is folded
 * only when it is short enough to be a word of the table.
 */
export function saysNoGuest(value: string): boolean {
  let start = 0;
  let end = value.length;
  while (start < end && (WRAPPING.has(value.charAt(start)) || /\s/.test(value.charAt(start)))) start++;
  let head = end;
  for (let i = start; i < end; i++) {
    const c = value.charAt(i);
    if (c === "(" || c === ":" || ((c === "-" || c === "–" || c === "—") && i > start && /\s/.test(value.charAt(i - 1)))) {
      head = i;
      break;
    }
  }
  end = head;
  while (end > start && (WRAPPING.has(value.charAt(end - 1)) || /\s/.test(value.charAt(end - 1)))) end--;
  if (end === start) return false;
  const word = value.slice(start, end);
  if (/^[-–—]+$/.test(word)) return true;
  if (word.length > LONGEST * 2) return false;
  const folded = foldName(word);
  return NONE.has(folded) || (folded.endsWith(".") && NONE.has(folded.slice(0, -1)));
}
