// Why YouTube would refuse a note's chapters, in Spanish, for a Spanish show's video
// description (chapter-snippets.ts). The reader (chapters.ts, timecode.ts) and YouTube's
// rules (youtube.ts) word each problem in English for the live view and the report; the
// description gets the same problem reworded here, its line numbers, times and quoted
// text carried over as they are. A problem worded in a way this file does not know
// stays English rather than lose what it says (tests/core/snippets/chapter-reasons-es
// makes each kind the reader writes and checks it is reworded).
//
// Each rule is tried only on a message that ends with its own fixed words: a quoted
// chapter title can be anything, so a regex never searches a message of another kind
// for its words (a title repeating them made that search quadratic).

type Rule = { tail: string; pattern: RegExp; spanish: (m: readonly string[]) => string };

const rule = (tail: string, pattern: RegExp, spanish: (m: readonly string[]) => string): Rule => ({ tail, pattern, spanish });
const at = (m: readonly string[], i: number): string => m[i] ?? "";

/** After "Line N: ". `[\s\S]` rather than `.`: a quoted text is one line, but nothing here depends on it. */
const AFTER_LINE: readonly Rule[] = [
  rule("; a chapter line looks like 00:04:04 Title.", /^“([\s\S]*)” has no time at the start; a chapter line looks like 00:04:04 Title\.$/, (m) => `“${at(m, 1)}” no empieza con una hora; una línea de capítulo se ve así: 00:04:04 Título.`),
  rule(" is not a time like 00:04:04 or 4:04.", /^“([\s\S]*)” is not a time like 00:04:04 or 4:04\.$/, (m) => `“${at(m, 1)}” no es una hora como 00:04:04 o 4:04.`),
  rule(" needs two digits after each colon.", /^“([\s\S]*)” needs two digits after each colon\.$/, (m) => `“${at(m, 1)}” necesita dos dígitos después de cada dos puntos.`),
  rule(" has minutes or seconds above 59.", /^“([\s\S]*)” has minutes or seconds above 59\.$/, (m) => `“${at(m, 1)}” tiene minutos o segundos mayores que 59.`),
  rule(" hours.", /^“([\s\S]*)” is more than (\d+) hours\.$/, (m) => `“${at(m, 1)}” pasa de ${at(m, 2)} horas.`),
  rule(" but does not close it after.", /^“([\s\S]*)” opens a \[ before the time but does not close it after\.$/, (m) => `“${at(m, 1)}” abre un [ antes de la hora pero no lo cierra después.`),
  rule(" needs a space between the time and the title.", /^“([\s\S]*)” needs a space between the time and the title\.$/, (m) => `“${at(m, 1)}” necesita un espacio entre la hora y el título.`),
  rule(" has no title after it.", /^([\d:]+) has no title after it\.$/, (m) => `${at(m, 1)} no tiene un título después.`),
  rule("; YouTube needs the first one at 0:00.", /^the first chapter starts at ([\d:]+); YouTube needs the first one at 0:00\.$/, (m) => `el primer capítulo empieza en ${at(m, 1)}; YouTube necesita que el primero empiece en 0:00.`),
  rule(
    "; YouTube needs the times in order.",
    /^([\d:]+) comes before the chapter above it \(([\d:]+)\); YouTube needs the times in order\.$/,
    (m) => `${at(m, 1)} va antes que el capítulo de arriba (${at(m, 2)}); YouTube necesita los tiempos en orden.`,
  ),
  // Two titles: the first ends at the first "” lasts N s, until line N (" (a lazy group
  // that stops there, since the message's own end always follows).
  rule(
    " on.",
    /^“([\s\S]*?)” lasts (\d+) s, until line (\d+) \(([\s\S]*)\); YouTube needs at least (\d+) s per chapter: remove one of the two, or give line (\d+) a time from ([\d:]+) on\.$/,
    (m) =>
      `“${at(m, 1)}” dura ${at(m, 2)} s, hasta la línea ${at(m, 3)} (${at(m, 4)}); YouTube necesita al menos ${at(m, 5)} s por capítulo: borra uno de los dos o dale a la línea ${at(m, 6)} un tiempo a partir de ${at(m, 7)}.`,
  ),
  rule(" s per chapter.", /^“([\s\S]*)” starts (after the show ended|less than (\d+) s before the show ended) \(([\d:]+)\); YouTube needs at least (\d+) s per chapter\.$/, (m) => {
    const when = at(m, 3) === "" ? "después de que terminó el show" : `menos de ${at(m, 3)} s antes de que terminara el show`;
    return `“${at(m, 1)}” empieza ${when} (${at(m, 4)}); YouTube necesita al menos ${at(m, 5)} s por capítulo.`;
  }),
];

const WHOLE: readonly Rule[] = [
  rule(" Keep one.", /^Line (\d+) is a second Timestamps heading; only the section on line (\d+) is read\. Keep one\.$/, (m) => `La línea ${at(m, 1)} es un segundo encabezado de capítulos; solo se lee la sección de la línea ${at(m, 2)}. Deja uno solo.`),
  rule(", so it is not read as a chapter.", /^Line (\d+) is inside a code block, so it is not read as a chapter\.$/, (m) => `La línea ${at(m, 1)} está dentro de un bloque de código, así que no se lee como capítulo.`),
  rule("No chapters yet.", /^No chapters yet\.$/, () => "Todavía no hay capítulos."),
  rule(".", /^Only (\d+) chapters?; YouTube needs at least (\d+)\.$/, (m) => `Solo hay ${at(m, 1)} ${at(m, 1) === "1" ? "capítulo" : "capítulos"}; YouTube necesita al menos ${at(m, 2)}.`),
  rule("; remove one.", /^Line (\d+) repeats line (\d+) \(([\s\S]*)\); remove one\.$/, (m) => `La línea ${at(m, 1)} repite la línea ${at(m, 2)} (${at(m, 3)}); borra una.`),
];

function reword(message: string, rules: readonly Rule[]): string | null {
  for (const r of rules) {
    if (!message.endsWith(r.tail)) continue;
    const m = r.pattern.exec(message);
    if (m) return r.spanish(m);
  }
  return null;
}

const LINE = /^Line (\d+): /;

/** A chapter problem (ChapterProblem.message) in Spanish; the English as it is when its wording is not known here. */
export function spanishChapterProblem(message: string): string {
  const line = LINE.exec(message);
  if (line) {
    const rest = reword(message.slice(line[0].length), AFTER_LINE);
    if (rest !== null) return `Línea ${line[1] ?? ""}: ${rest}`;
  }
  return reword(message, WHOLE) ?? message;
}
