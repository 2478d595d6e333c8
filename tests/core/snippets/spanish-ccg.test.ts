// The Spanish built-in snippets and invite, filled from a real Café con Grafana note
// (CCG 005, five-show vault, copied unchanged) with the show as Detect proposes it
// (language es): every placeholder resolved, Spanish words and dates, the show's zone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byCode, detect, fixtureNotes } from "../detect/fixture-vault";
import { BUILTIN_SNIPPETS, SPANISH_PODCAST_SNIPPETS, SPANISH_SNIPPETS, snippetsForShow, type Snippet } from "../../../src/core/snippets/catalog";
import { PODCAST_SNIPPETS } from "../../../src/core/snippets/podcast-snippets";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { snippetLocale } from "../../../src/core/snippets/snippet-language";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings, type ShowSettings } from "../../../src/core/settings/settings";
import type { Episode } from "../../../src/core/types";
import { lazyFrontmatter } from "../../support/notes";
import { checkPhysicalLines, parseIcs, textOf } from "../calendar/ics-oracle";
import { buildIcs } from "../../../src/core/calendar/ics-writer";

const PATH = "projects/CafeConGrafana/Episodes/CCG 005 - 231130 - RepasemosElGStack.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/five-shows", PATH), "utf8");
const NOW = new Date("2023-11-20T10:00:00Z");
const DETECTED = byCode(detect(fixtureNotes("five-shows")), "CCG").show;

/** Café con Grafana as Detect proposes it, with what only the host can type in the settings. */
function ccg(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...DETECTED,
    hostName: "Antonio Calero",
    about: "Grafana y sus subproductos, observabilidad y visualización",
    links: {
      channel: "https://youtube.com/@grafana",
      playlist: "https://www.youtube.com/playlist?list=PLccg",
      meetup: "https://www.meetup.com/grafana-friends-virtual-en-espanol/",
      studio: "",
    },
    ...overrides,
  };
}

function episodeOf(show: ShowSettings, text = TEXT): Episode {
  const result = createClassifier({ ...defaultSettings("UTC"), shows: [show] }).classify(PATH, text, lazyFrontmatter(text));
  if (result.kind !== "episode" || !result.episode) throw new Error("CCG 005 is no episode");
  return result.episode;
}

/** Each of the show's snippets filled as the insert command fills it (its own locale; Obsidian in English). */
function filledAll(show: ShowSettings, answers: Record<string, string> = {}, user: Snippet[] = [], appLocale = "en") {
  const episode = episodeOf(show);
  return snippetsForShow(user, [show.name, show.code], show.format, show.language).map((s) => ({
    id: s.id,
    ...fillSnippet(s.text, snippetValues(episode, show, TEXT, answers, snippetLocale(s, show.language, appLocale))),
  }));
}

function filled(id: string, show = ccg(), answers: Record<string, string> = {}): string {
  const found = filledAll(show, answers).find((f) => f.id === id);
  if (!found) throw new Error(`no snippet ${id}`);
  return found.text;
}

/** The blanks the Spanish texts leave on purpose for the host (where they found the guest, a summary, chapter times). */
const HOST_BLANKS = /==\[(?:blog post\/video\/publicación|fuente|Dos o tres frases sobre lo que (?:vamos a ver|hablamos)\.|m:ss)\]==/g;

describe("Café con Grafana's snippets, from CCG 005", () => {
  it("Detect's proposal says Spanish, and the show gets the Spanish set: same ids, names and order as the English", () => {
    expect(DETECTED.language).toBe("es");
    const offered = snippetsForShow([], ["Cafe con Grafana", "CCG"], "livestream", "es");
    expect(offered).toEqual(SPANISH_SNIPPETS);
    expect(offered.map((s) => [s.id, s.name, s.description])).toEqual(BUILTIN_SNIPPETS.map((s) => [s.id, s.name, s.description]));
    expect(SPANISH_PODCAST_SNIPPETS.map((s) => [s.id, s.name])).toEqual(PODCAST_SNIPPETS.map((s) => [s.id, s.name]));
    for (const tag of ["es-MX", "es-419", "ES", "es_AR"]) expect(snippetsForShow([], [], "podcast", tag)).toEqual(SPANISH_PODCAST_SNIPPETS);
  });

  it.each(["livestream", "podcast"] as const)("%s: every placeholder is resolved, none unknown, no blank but the host's own", (format) => {
    for (const f of filledAll(ccg({ format }), { guestzone: "Europe/Madrid" })) {
      // The note has no chapters yet: YouTube would refuse them, so that one is held back with a reason.
      if (f.id === "youtube-chapters") {
        expect(f.refused).toHaveLength(1);
        continue;
      }
      expect([f.id, f.missing, f.unknown, f.refused]).toEqual([f.id, [], [], []]);
      expect(f.text, f.id).not.toContain("{{");
      expect(f.text.replace(HOST_BLANKS, ""), f.id).not.toContain("==[");
    }
  });

  it.each(["livestream", "podcast"] as const)("%s: no English word is left in a Spanish text", (format) => {
    // "(In Spanish)" is the team's tag for English readers; Google Calendar, Slack and the note's own items are names or the note's.
    const ENGLISH = /\b(?:the|with|and|your|our|day|weekly|monthly|hour-long|minute|Studio|Timestamps|Join|Thank|Hi|live|what the show covers)\b/;
    for (const f of filledAll(ccg({ format, displayTimeZones: ["Europe/Berlin", "Pacific/Auckland"] }), { guestzone: "Pacific/Auckland" })) {
      if (f.id === "guest-briefing" || f.id === "timestamps" || f.id === "youtube-chapters") continue;
      expect(f.text.replace(/\(In Spanish\) /g, "").replace(/https?:\/\/\S+/g, ""), f.id).not.toMatch(ENGLISH);
    }
  });

  it("the outreach message reads as the team writes it", () => {
    expect(filled("outreach", ccg(), { guestzone: "Europe/Madrid" })).toBe(
      [
        "¡Hola, Raul! Hacemos un show semanal en vivo llamado [Cafe con Grafana](https://www.youtube.com/playlist?list=PLccg), donde invitamos a gente a hablar sobre Grafana y sus subproductos, observabilidad y visualización. Vi tu ==[blog post/video/publicación]== en ==[fuente]== y creo que sería genial tenerte en el show para que nos cuentes tu experiencia con RepasemosElGStack.",
        "",
        "Cafe con Grafana es una conversación en vivo de una hora que se transmite en [nuestro canal](https://youtube.com/@grafana). Es muy casual, y si quieres también puedes compartir tu pantalla para hacer una demo (no es obligatorio). Podríamos hacerlo el jueves 30 de noviembre a las 13:00 UTC (14:00 CET), es decir, el jueves 30 de noviembre a las 14:00 en tu zona horaria (Europe/Madrid). Si te animas, ¡nos encantaría tenerte!",
      ].join("\n"),
    );
    // Without the guest's zone the sentence ends at the show's time; a monthly show is "mensual".
    expect(filled("outreach")).toContain("Podríamos hacerlo el jueves 30 de noviembre a las 13:00 UTC (14:00 CET). Si te animas");
    expect(filled("outreach", ccg({ schedule: { ...DETECTED.schedule, weekOfMonth: 1 } }))).toContain("Hacemos un show mensual en vivo");
    expect(filled("outreach", ccg({ schedule: { ...DETECTED.schedule, durationMinutes: 90 } }))).toContain("conversación en vivo de 90 minutos");
    expect(filled("outreach", ccg({ schedule: { ...DETECTED.schedule, durationMinutes: 120 } }))).toContain("conversación en vivo de 2 horas");
    expect(filled("outreach", ccg({ about: "" }))).toContain("hablar sobre ==[de qué trata el show]==.");
  });

  it("titles and posts carry the team's “(In Spanish)” tag, as its checklist writes them", () => {
    expect(filled("invite-title")).toBe("(In Spanish) Cafe con Grafana #005 con Raul Marin");
    expect(filled("broadcast-title")).toBe("(In Spanish) RepasemosElGStack (Cafe con Grafana #005)");
    expect(filled("live-now")).toBe("(In Spanish) ¡Empieza la transmisión de Cafe con Grafana #005! RepasemosElGStack, con Raul Marin. Acompáñanos: https://www.youtube.com/watch?v=irUr96JV-Sg");
    expect(filled("invite-title", ccg({ format: "podcast" }))).toBe("(In Spanish) Cafe con Grafana #005: grabación con Raul Marin");
  });

  it("two guests are joined as Spanish writes them, “e” before an /i/ sound", () => {
    expect(filled("invite-title", ccg(), { guests: "Ana López, Isabel Ruiz" })).toBe("(In Spanish) Cafe con Grafana #005 con Ana López e Isabel Ruiz");
    expect(filled("live-now", ccg(), { guests: "Ana López, Bruno Díaz, Carla Gil" })).toContain("con Ana López, Bruno Díaz y Carla Gil.");
  });

  it("guests typed into the form are split as the show's notes are read: “Ana y Isabel” is two", () => {
    expect(filled("invite-title", ccg(), { guests: "Ana López y Isabel Ruiz" })).toBe("(In Spanish) Cafe con Grafana #005 con Ana López e Isabel Ruiz");
    expect(filled("thank-you", ccg(), { guests: "Ana López e Isabel Ruiz" })).toMatch(/^¡Hola, Ana! /);
    expect(filled("invite-title", ccg(), { guests: "Ana y Isabel, Bruno" })).toBe("(In Spanish) Cafe con Grafana #005 con Ana, Isabel y Bruno");
    // An English show keeps "Ortega y Gasset" one name, as its notes do.
    expect(filled("invite-title", ccg({ language: "" }), { guests: "José Ortega y Gasset" })).toBe("Cafe con Grafana #005 with José Ortega y Gasset");
  });

  it("the invite body: date, tech check, studio link from the note, the guest's own time", () => {
    expect(filled("invite-body", ccg(), { guestzone: "Europe/Madrid" })).toBe(
      [
        "¡Gracias por acompañarnos en Cafe con Grafana #005: RepasemosElGStack!",
        "",
        "Salimos en vivo el jueves 30 de noviembre de 2023 a las 13:00 UTC (14:00 CET). La invitación empieza 15 minutos antes para probar audio y video, y termina 15 minutos después del show para comentar cómo nos fue: 12:45–14:15 UTC.",
        "",
        "En tu zona horaria:",
        "- Raul Marin: jueves 30 de noviembre a las 14:00 en tu zona horaria (Europe/Madrid)",
        "",
        "Entra al estudio: https://streamyard.com/v56yt9b6ry",
        "",
        "Qué esperar:",
        "- Una conversación casual de 60 minutos, transmitida en vivo en https://youtube.com/@grafana.",
        "- Los puntos a tratar son una guía, no un guion; si quieres, comparte tu pantalla para una demo.",
        "- Vas a ver los comentarios en vivo; manda los links por el chat privado y yo los comparto.",
      ].join("\n"),
    );
  });

  it("dates are the show's day in its own zone, weekdays and months in Spanish, another day marked “+1 día”", () => {
    // 19:00 in Mexico City is 01:00 UTC on Friday: the show's Thursday is what the text says.
    const mexico = ccg({ schedule: { ...DETECTED.schedule, time: "19:00", timeZone: "America/Mexico_City" }, displayTimeZones: ["Europe/Madrid"] });
    expect(filled("slack-internal", mexico)).toBe(
      "(In Spanish) Cafe con Grafana #005 es el jueves 30 de noviembre a las 19:00 CST (02:00 CET +1 día): *RepasemosElGStack* con Raul Marin. Conéctate y trae tus preguntas: https://www.youtube.com/watch?v=irUr96JV-Sg",
    );
    // The guest's own day is theirs: Friday morning in Auckland.
    expect(filled("host-briefing", ccg(), { guestzone: "Pacific/Auckland" })).toBe(
      [
        "Cafe con Grafana #005: RepasemosElGStack, jueves 30 de noviembre a las 13:00 UTC (14:00 CET, 02:00 NZDT +1 día)",
        "",
        "- Raul Marin: no sabemos cómo se pronuncia: pregunta “¿Cómo se pronuncia tu nombre?”; no sabemos sus pronombres: pregunta “¿Qué pronombres usas?”; viernes 1 de diciembre a las 02:00 en tu zona horaria (Pacific/Auckland)",
      ].join("\n"),
    );
  });

  it("the Google Calendar link is titled and described in Spanish", () => {
    const text = filled("calendar-link");
    expect(text.startsWith("[Agrega Cafe con Grafana #005 a Google Calendar](https://calendar.google.com/")).toBe(true);
    const query = new URL(text.slice(text.indexOf("](") + 2, -1)).searchParams;
    expect(query.get("text")).toBe("(In Spanish) Cafe con Grafana #005 con Raul Marin");
    expect(query.get("details")).toBe("Estudio: https://streamyard.com/v56yt9b6ry");
  });

  it("a user's snippet note still replaces a Spanish built-in (by id or English name), and is written in the show's language", () => {
    const note = (id: string, name: string): Snippet => ({ id, name, description: "", text: "Nos vemos el {{date:dddd D [de] MMMM}}", source: `Snippets/${name}.md`, show: null });
    const mine = filledAll(ccg(), {}, [note("slack-public", "Mi Slack"), note("calendar invite title", "Calendar invite title")]);
    expect(mine.find((f) => f.id === "slack-public")?.text).toBe("Nos vemos el jueves 30 de noviembre");
    expect(mine.find((f) => f.id === "invite-title")?.text).toBe("Nos vemos el jueves 30 de noviembre");
    // Even with Obsidian in German: the show's language decides.
    expect(filledAll(ccg(), {}, [note("slack-public", "x")], "de").find((f) => f.id === "slack-public")?.text).toBe("Nos vemos el jueves 30 de noviembre");
  });
});

describe("which language a snippet's dates are in", () => {
  const english = { language: "en" };
  const spanish = { language: "es" };
  const note = {};
  it("a built-in: its own language (the show's regional tag when they agree); a note: the show's, else Obsidian's", () => {
    expect(snippetLocale(spanish, "es-MX", "de")).toBe("es-MX");
    expect(snippetLocale(english, "fr", "de")).toBe("en");
    expect(snippetLocale(english, "", "de")).toBe("en");
    expect(snippetLocale(english, "en-GB", "de")).toBe("en-GB");
    expect(snippetLocale(note, "fr", "de")).toBe("fr");
    expect(snippetLocale(note, "", "de")).toBe("de");
  });

  it("a French show keeps the English texts with English dates; its own note gets French dates", () => {
    const show = ccg({ language: "fr" });
    const note: Snippet = { id: "x", name: "Mon texte", description: "", text: "Rendez-vous le {{date:dddd D MMMM}}", source: "Snippets/x.md", show: null };
    const all = filledAll(show, {}, [note], "de");
    expect(all.find((f) => f.id === "slack-internal")?.text).toContain("is on Thursday 30 November at 13:00 UTC");
    expect(all.find((f) => f.id === "x")?.text).toBe("Rendez-vous le jeudi 30 novembre");
  });
});

describe("Café con Grafana's .ics invite", () => {
  it.each(["livestream", "podcast"] as const)("%s: SUMMARY and DESCRIPTION are the Spanish title and body, read back by ical.js", (format) => {
    const show = ccg({ format });
    const episode = episodeOf(show);
    const snippets = snippetsForShow([], [show.name, show.code], format, show.language);
    const invite = episodeInvite(episode, show, TEXT, snippets, NOW, "en", { guestzone: "Europe/Madrid" });
    if (!invite.ok) throw new Error(invite.reason);
    checkPhysicalLines(invite.ics);
    const event = parseIcs(invite.ics).events[0];
    if (!event) throw new Error("no event");
    expect(invite.summary).toBe(format === "podcast" ? "(In Spanish) Cafe con Grafana #005: grabación con Raul Marin" : "(In Spanish) Cafe con Grafana #005 con Raul Marin");
    expect(textOf(event, "summary")).toBe(invite.summary);
    expect(textOf(event, "description")).toBe(filled("invite-body", show, { guestzone: "Europe/Madrid" }));
    expect(textOf(event, "description")).toContain("el jueves 30 de noviembre de 2023 a las 13:00 UTC");
    expect(textOf(event, "location")).toBe("https://streamyard.com/v56yt9b6ry");
    expect(invite.notes).toEqual([]);
    // RFC 5545 §3.2.10: the calendar is told which language the texts are in.
    expect(event.getFirstProperty("summary")?.getParameter("language")).toBe("es");
    expect(event.getFirstProperty("description")?.getParameter("language")).toBe("es");
    expect(invite.ics).toContain("\r\nSUMMARY;LANGUAGE=es:(In Spanish) Cafe con Grafana #005");
  });

  it("the show's regional tag is the one given; a user's note is tagged with the show's language, never with Obsidian's", () => {
    const episode = episodeOf(ccg());
    const mx = episodeInvite(episode, ccg({ language: "es-MX" }), TEXT, SPANISH_SNIPPETS, NOW, "de");
    expect(mx.ok && mx.ics).toContain("\r\nSUMMARY;LANGUAGE=es-MX:");
    const title: Snippet = { id: "invite-title", name: "Calendar invite title", description: "", text: "Café {{numberPlain}}", source: "Snippets/t.md", show: null };
    const noLanguage = ccg({ language: "" });
    const mine = episodeInvite(episodeOf(noLanguage), noLanguage, TEXT, [title, ...BUILTIN_SNIPPETS.filter((s) => s.id !== "invite-title")], NOW, "de");
    expect(mine.ok && mine.ics).toContain("\r\nSUMMARY:Café 5\r\n");
    expect(mine.ok && mine.ics).toContain("\r\nDESCRIPTION:Thank you for joining");
  });

  it("a language that is no well-formed tag is left out rather than written into the line", () => {
    const ics = buildIcs({
      prodId: "-//t//EN",
      events: [{ uid: "u", stamp: NOW, start: NOW, end: NOW, summary: "a", description: "b", language: { summary: "es\r\nX-EVIL:1", description: "es;X=1" } }],
    });
    expect(ics).toContain("\r\nSUMMARY:a\r\n");
    expect(ics).toContain("\r\nDESCRIPTION:b\r\n");
    expect(ics).not.toContain("X-EVIL");
  });

  it("a line that would hold a blank is left out, in Spanish as in English", () => {
    const show = ccg({ links: { channel: "", playlist: "", meetup: "", studio: "" } });
    const text = TEXT.replace("https://streamyard.com/v56yt9b6ry\n", "");
    const invite = episodeInvite(episodeOf(show, text), show, text, SPANISH_SNIPPETS, NOW, "en");
    if (!invite.ok) throw new Error(invite.reason);
    const description = textOf(parseIcs(invite.ics).events[0] ?? (() => { throw new Error("no event"); })(), "description") ?? "";
    expect(description).not.toContain("Entra al estudio");
    expect(description).not.toContain("==[");
    expect(invite.notes.join(" ")).toContain("Left out of the invite (not known yet): the studio link, the channel link.");
  });
});
