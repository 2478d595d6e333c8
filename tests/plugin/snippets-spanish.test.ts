// @vitest-environment happy-dom
// A Spanish show end to end in the stand-in host: the real CCG 005 note (five-show vault)
// in Café con Grafana set to Spanish, Obsidian in German. The picker offers the Spanish
// texts, the insert writes one at the cursor, the .ics export titles and describes the
// invite in Spanish, and an English show next to it keeps its English texts and dates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { setLanguage } from "../host/platform";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { GOH25, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  setLanguage("en");
  finish(host);
  host = undefined;
});

const CCG005 = "projects/CafeConGrafana/Episodes/CCG 005 - 231130 - RepasemosElGStack.md";
const CCG005_TEXT = readFileSync(join(import.meta.dirname, "../fixtures/five-shows", CCG005), "utf8");
const ICS = CCG005.replace(/\.md$/, ".ics");

function settings(): Record<string, unknown> {
  return showData([
    {
      id: "cafe-con-grafana",
      name: "Cafe con Grafana",
      code: "CCG",
      folder: "projects/CafeConGrafana/Episodes",
      fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
      numberPadding: 3,
      guestFields: ["Invitado(s):"],
      language: "es",
      schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
      displayTimeZones: ["Europe/Berlin"],
      hostName: "Antonio Calero",
      links: { channel: "https://youtube.com/@grafana" },
    },
    {
      id: "goh",
      name: "Grafana Office Hours",
      code: "GOH",
      folder: "Grafana Office Hours",
      schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
      links: { channel: "https://youtube.com/@grafana" },
    },
  ]);
}

const FILES = { [CCG005]: CCG005_TEXT, [`Grafana Office Hours/${GOH25}`]: realNote(GOH25) };

async function opened(path: string) {
  setLanguage("de");
  const started = await start({ files: FILES, data: settings() });
  host = started.host;
  const view = await started.host.openFile(path);
  return { h: started.host, editor: view.editor };
}

function previews(h: TestHost): Map<string, string> {
  const rows = Array.from(topModal(h).modalEl.querySelectorAll(".suggestion-item"));
  return new Map(rows.map((row) => [row.querySelector(".office-hours-snippet-name")?.textContent ?? "", row.querySelector(".office-hours-snippet-preview")?.textContent ?? ""]));
}

describe("Café con Grafana in Spanish, Obsidian in German", () => {
  it("the picker previews the Spanish texts under the usual names, and the insert writes the chosen one at the cursor", async () => {
    const { h, editor } = await opened(CCG005);
    const line = editor.getValue().split("\n").indexOf("## Checklist");
    editor.setCursor({ line, ch: 0 });
    const before = editor.getValue();
    expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(h);
    const rows = previews(h);
    expect([...rows.keys()]).toEqual(BUILTIN_SNIPPETS.map((s) => s.name));
    expect(rows.get("Calendar invite title")).toBe("(In Spanish) Cafe con Grafana #005 con Raul Marin");
    expect(rows.get("Slack announcement (internal)")).toContain("es el jueves 30 de noviembre a las 13:00 UTC (14:00 CET)");
    chooseSuggestion("Slack announcement (internal)", topModal(h).modalEl);
    await settle(h);
    expect(h.activeModal()).toBeNull();
    const inserted =
      "(In Spanish) Cafe con Grafana #005 es el jueves 30 de noviembre a las 13:00 UTC (14:00 CET): *RepasemosElGStack* con Raul Marin. Conéctate y trae tus preguntas: https://www.youtube.com/watch?v=irUr96JV-Sg";
    const lines = before.split("\n");
    // Its own line before the heading, a blank line between them (mends12: never joined to it).
    lines.splice(line, 0, inserted, "");
    expect(editor.getValue()).toBe(lines.join("\n"));
    expect(h.noticeMessages()).toEqual([]);
  });

  it("an English show next to it keeps its English texts, dates in English too", async () => {
    const { h } = await opened(`Grafana Office Hours/${GOH25}`);
    await h.runCommand("office-hours:insert-snippet");
    await settle(h);
    expect(previews(h).get("Slack announcement (internal)")).toContain("Grafana Office Hours #25 is on Friday 5 January at 13:00 UTC: *Introduction to eBPF with Grafana Beyla*");
  });

  it("the .ics invite's SUMMARY and DESCRIPTION are in Spanish", async () => {
    const { h } = await opened(CCG005);
    expect(await h.runCommand("office-hours:create-calendar-invite")).toBe(true);
    await settle(h);
    const event = new ICAL.Event(ICAL.Component.fromString(onDisk(h, ICS)).getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("(In Spanish) Cafe con Grafana #005 con Raul Marin");
    expect(event.description.split("\n").slice(0, 3)).toEqual([
      "¡Gracias por acompañarnos en Cafe con Grafana #005: RepasemosElGStack!",
      "",
      "Salimos en vivo el jueves 30 de noviembre de 2023 a las 13:00 UTC (14:00 CET). La invitación empieza 15 minutos antes para probar audio y video, y termina 15 minutos después del show para comentar cómo nos fue: 12:45–14:15 UTC.",
    ]);
    expect(event.location).toBe("https://streamyard.com/v56yt9b6ry");
    expect(h.noticeMessages()).toEqual([`Calendar invite “(In Spanish) Cafe con Grafana #005 con Raul Marin” saved to ${ICS}.`]);
  });
});
