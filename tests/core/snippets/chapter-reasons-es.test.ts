// The "Timestamps:" block of a Spanish show's video description, when YouTube would refuse
// the chapters: the heading, the refusal and every reason the reader and YouTube's rules
// can give, in Spanish (src/core/live/chapter-reasons-es.ts); English shows keep the
// English words. Each kind of problem is made by a real note read by the real reader, so
// a reworded English message that the Spanish table no longer knows fails here.
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";
import { chapterFields } from "../../../src/core/live/chapter-snippets";
import { spanishChapterProblem } from "../../../src/core/live/chapter-reasons-es";
import { youtubeProblems } from "../../../src/core/live/youtube";
import { bestGrowth, whole } from "../../support/growth";

const note = (lines: string, frontmatter = "date: 2024-01-05") => `---\n${frontmatter}\n---\n# Episode\n\n## Timestamps\n\n${lines}\n`;
const read = (text: string) => readNote("Show/SH 01 - Topic.md", text);

/** Chapter lines that make each problem the reader or YouTube's rules write, by kind. */
const KINDS: Record<string, { text: string; spanish: RegExp }> = {
  "no time": { text: note("00:00 Intro\nJust words here\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “Just words here” no empieza con una hora; una línea de capítulo se ve así: 00:04:04 Título\.$/ },
  "not a time": { text: note("00:00 Intro\n1:22:33:44 Too many\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “1:22:33:44” no es una hora como 00:04:04 o 4:04\.$/ },
  "two digits": { text: note("00:00 Intro\n1:2 Short\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “1:2” necesita dos dígitos después de cada dos puntos\.$/ },
  "above 59": { text: note("00:00 Intro\n00:61 Late\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “00:61” tiene minutos o segundos mayores que 59\.$/ },
  bracket: { text: note("00:00 Intro\n[00:10 Open\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “\[00:10 Open” abre un \[ antes de la hora pero no lo cierra después\.$/ },
  space: { text: note("00:00 Intro\n00:10Tight\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: “00:10Tight” necesita un espacio entre la hora y el título\.$/ },
  "no title": { text: note("00:00 Intro\n00:10\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 9: 00:10 no tiene un título después\.$/ },
  "second heading": { text: note("00:00 Intro\n00:20 Demo\n00:40 Q&A\n\n## Timestamps\n\n01:00 Again"), spanish: /^La línea 12 es un segundo encabezado de capítulos; solo se lee la sección de la línea 6\. Deja uno solo\.$/ },
  "code block": { text: note("00:00 Intro\n```\n00:10 Code\n```\n00:20 Demo\n00:40 Q&A"), spanish: /^La línea 10 está dentro de un bloque de código, así que no se lee como capítulo\.$/ },
  "first not at 0:00": { text: note("00:05 Intro\n00:20 Demo\n00:40 Q&A"), spanish: /^Línea 8: el primer capítulo empieza en 00:00:05; YouTube necesita que el primero empiece en 0:00\.$/ },
  "too few": { text: note("00:00 Intro\n00:20 Demo"), spanish: /^Solo hay 2 capítulos; YouTube necesita al menos 3\.$/ },
  repeats: { text: note("00:00 Intro\n00:20 Demo\n00:20 Demo\n00:40 Q&A"), spanish: /^La línea 10 repite la línea 9 \(00:00:20 Demo\); borra una\.$/ },
  "out of order": { text: note("00:00 Intro\n00:40 Demo\n00:20 Q&A"), spanish: /^Línea 10: 00:00:20 va antes que el capítulo de arriba \(00:00:40\); YouTube necesita los tiempos en orden\.$/ },
  "too short": {
    text: note("00:00 Intro\n00:20 Demo\n00:25 Q&A"),
    spanish: /^Línea 9: “Demo” dura 5 s, hasta la línea 10 \(00:00:25 Q&A\); YouTube necesita al menos 10 s por capítulo: borra uno de los dos o dale a la línea 10 un tiempo a partir de 00:00:30\.$/,
  },
  "after the end": {
    text: note("00:00 Intro\n00:20 Demo\n01:40 Q&A", "date: 2024-01-05\nlive: 2024-01-05T13:00:00Z\nended: 2024-01-05T13:01:00Z"),
    spanish: /^Línea 12: “Q&A” empieza después de que terminó el show \(00:01:00\); YouTube necesita al menos 10 s por capítulo\.$/,
  },
  "just before the end": {
    text: note("00:00 Intro\n00:20 Demo\n00:55 Q&A", "date: 2024-01-05\nlive: 2024-01-05T13:00:00Z\nended: 2024-01-05T13:01:00Z"),
    spanish: /^Línea 12: “Q&A” empieza menos de 10 s antes de que terminara el show \(00:01:00\); YouTube necesita al menos 10 s por capítulo\.$/,
  },
};

/** The reason inside the block's blank: ==[YouTube no va a mostrar estos capítulos: …]==. */
function blockReason(block: string, refused: string): string {
  const line = block.split("\n")[3] ?? "";
  expect(line.startsWith(`==[${refused} `)).toBe(true);
  return line.slice(refused.length + 4, -3).replace(/ \(\d+ problemas? más: revísalos en la vista en vivo o en el reporte\)$/, "");
}

describe("a Spanish show's chapters block, when YouTube would refuse the chapters", () => {
  it.each(Object.entries(KINDS))("%s: the reason is in Spanish", (_kind, { text, spanish }) => {
    const episode = read(text);
    expect(episode.chapterProblems.length).toBeGreaterThan(0);
    const { fields, refusal } = chapterFields(episode, text, "es");
    expect(fields.chaptersblock.startsWith("\n\nCapítulos:\n")).toBe(true);
    expect(blockReason(fields.chaptersblock, "YouTube no va a mostrar estos capítulos:")).toMatch(spanish);
    // The snippet's refusal is the plugin's own notice: English, as its interface.
    expect(refusal).toBe(episode.chapterProblems.length > 1 ? `${episode.chapterProblems[0]?.message ?? ""} (${episode.chapterProblems.length - 1} more problem${episode.chapterProblems.length === 2 ? "" : "s"}: see the live view or the report)` : episode.chapterProblems[0]?.message);
  });

  it("every problem of every kind is reworded, not only the first one shown", () => {
    for (const { text } of Object.values(KINDS)) {
      for (const problem of read(text).chapterProblems) expect(spanishChapterProblem(problem.message), problem.message).not.toBe(problem.message);
    }
  });

  it("the English block keeps its English words", () => {
    const { text } = KINDS["too few"] ?? { text: "" };
    const block = chapterFields(read(text), text, "en").fields.chaptersblock;
    expect(block).toBe("\n\nTimestamps:\n==[YouTube will not show these as chapters: Only 2 chapters; YouTube needs at least 3.]==\n0:00 Intro\n0:20 Demo");
    expect(chapterFields(read(text), text).fields.chaptersblock).toBe(block);
  });

  it("a count of more problems is worded in Spanish, one or several", () => {
    const two = note("00:05 Intro\n00:20 Demo");
    expect(chapterFields(read(two), two, "es").fields.chaptersblock).toContain("(1 problema más: revísalos en la vista en vivo o en el reporte)");
    const three = note("00:05 Intro\n00:20 Demo\n00:22 Q&A\n00:24 End");
    expect(chapterFields(read(three), three, "es").fields.chaptersblock).toContain("(2 problemas más: revísalos en la vista en vivo o en el reporte)");
  });

  it("valid chapters: the Spanish heading and no refusal", () => {
    const text = note("00:00 Intro\n00:20 Demo\n00:40 Q&A");
    expect(chapterFields(read(text), text, "es")).toEqual({
      fields: { timestamps: "0:00 Intro\n0:20 Demo\n0:40 Q&A", youtubechapters: "0:00 Intro\n0:20 Demo\n0:40 Q&A", chaptersblock: "\n\nCapítulos:\n0:00 Intro\n0:20 Demo\n0:40 Q&A" },
      refusal: null,
    });
  });

  it("messages YouTube's rules give only outside a note, and one the table does not know", () => {
    expect(spanishChapterProblem(youtubeProblems([])[0]?.message ?? "")).toBe("Todavía no hay capítulos.");
    expect(spanishChapterProblem("Line 4: “100:00:00” is more than 99 hours.")).toBe("Línea 4: “100:00:00” pasa de 99 horas.");
    expect(spanishChapterProblem("Only 1 chapter; YouTube needs at least 3.")).toBe("Solo hay 1 capítulo; YouTube necesita al menos 3.");
    // A wording this file does not know stays whole rather than half translated.
    expect(spanishChapterProblem("Line 4: something new.")).toBe("Line 4: something new.");
  });

  it("a title that repeats another message's words is carried over whole", () => {
    const title = "x” lasts 1 s, until line 2 (0:01 y); YouTube needs at least 10 s per chapter: remove one of the two, or give line 2 a time from 0:11 on.";
    const message = `Line 3: “${title}” lasts 5 s, until line 4 (00:00:25 Q&A); YouTube needs at least 10 s per chapter: remove one of the two, or give line 4 a time from 00:00:30 on.`;
    const spanish = spanishChapterProblem(message);
    expect(spanish.startsWith("Línea 3: “x” dura 1 s, hasta la línea 2 (")).toBe(true);
    expect(spanish).toContain("00:00:25 Q&A");
    expect(spanish.endsWith("un tiempo a partir de 00:00:30.")).toBe(true);
  });

  it("a long title full of another kind's words costs time in proportion to its length", () => {
    const trigger = "” lasts 1 s, until line 2 (";
    const make = whole((n) => `Line 3: “${trigger.repeat(Math.ceil(n / trigger.length))}” starts after the show ended (00:01:00); YouTube needs at least 10 s per chapter.`);
    expect(bestGrowth(spanishChapterProblem, make, 2000, 8, 8)).toBeLessThan(8);
    const lazy = whole((n) => `Line 3: “${trigger.repeat(Math.ceil(n / trigger.length))}” lasts 5 s, until line 4 (00:00:25 Q&A); YouTube needs at least 10 s per chapter: remove one of the two, or give line 4 a time from 00:00:30 on.`);
    expect(bestGrowth(spanishChapterProblem, lazy, 2000, 8, 8)).toBeLessThan(8);
  });
});
