// @vitest-environment happy-dom
// The five-show team's Monday (see walk8-week.ts): the plugin installed, "Detect shows"
// accepted as proposed, next week planned through the new-episode form. What the team's
// own notes say they do (the templates, the READMEs, the processes note) is the yardstick.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, typeInto } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { basename, detectAndAccept, fakeWeekTimers, field, install, newEpisode, openNewEpisode, read, storedSettings } from "./walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

describe("Monday: Detect shows, accepted as a careful host would", () => {
  it("gives the five shows the folders, names, numbers, zones, schedules and templates their notes show", async () => {
    const { h } = await install();
    host = h;
    // The first index offers detection once.
    expect(h.noticeMessages()[0]).toBe("Office Hours found 5 shows in your notes (A&A, CCG, GOH, Grafana OTel Community Call, Loki Community Calls).Review");
    await detectAndAccept(h);
    const shows = (await storedSettings(h)).shows;
    const summary = Object.fromEntries(
      shows.map((s) => [
        s.name,
        [s.folder, s.code, s.fileNamePattern, s.numberPadding, s.template, s.indexNote, s.guestFields.join("|"), s.language, s.schedule.weekday, s.schedule.weekOfMonth ?? null, s.schedule.time, s.schedule.timeZone, s.displayTimeZones.join("|")],
      ]),
    );
    expect(summary).toEqual({
      // "16:00 CEST on Friday is generally best" (the GOH template); the README's "Readme" keeps the list.
      "Grafana Office Hours": ["projects/Grafana Office Hours", "GOH", "{{code}} {{number}} - {{topic}}, with {{guests}}", 2, "templates/GOH checklist.md", "projects/Grafana Office Hours/Grafana Office Hours Readme.md", "Guest", "en", 5, null, "16:00", "Europe/Berlin", ""],
      // Nothing in the A&A notes gives the hour: the default stays, for the host to type.
      "Adobo and Avocados": ["projects/Adobo and Avocados", "A&A", "{{code}} {{number}} - {{topic}} with {{guests}}", 2, "templates/A&A checklist.md", "projects/Adobo and Avocados/Adobo and Avocados README.md", "Guest", "en", 3, null, "13:00", "UTC", ""],
      // "13:00 UTC (15:00 CEST) en Jueves" (the CCG template), `Invitado(s):` with one colon, three-digit numbers, the date in the name;
      // no index note: its README describes the show and lists no episode (its schedule is the Calendario table).
      "Cafe con Grafana": ["projects/CafeConGrafana/Episodes", "CCG", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", 3, "projects/CafeConGrafana/Templates/CCG checklist.md", "", "Invitado(s):", "es", 4, null, "13:00", "UTC", "Europe/Berlin"],
      // Copies of the GOH template: not proposed as the calls' own.
      "Grafana OTel Community Call": ["projects/Grafana OTel Community Call", "", "{{number}} - {{topic}}", 2, "", "projects/Grafana OTel Community Call/Grafana OTel Community Call.md", "Guests", "en", 3, null, "13:00", "UTC", ""],
      // Named by date, monthly on the last Tuesday (25 March, 24 June 2025).
      "Loki Community Calls": ["projects/Loki Community Calls", "", "{{date}}-{{topic:slug}}", 2, "", "projects/Loki Community Calls/Loki Community Calls.md", "Guest", "en", 2, -1, "13:00", "UTC", ""],
    });
  });
});

describe("Monday: next week planned with the new-episode form", () => {
  it("GOH 31: next free Friday at 16:00 Berlin time, the team's template, the guest line, the note named as theirs are", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    expect([field(form, "Date").value, field(form, "Time").value]).toEqual(["2025-12-12", "16:00"]);
    expect(findSetting(form, "Time").querySelector(".setting-item-description")?.textContent).toContain("16:00 CET");
    topModal(h).close();
    await settle(h);
    const path = await newEpisode(h, "grafana-office-hours", "Synthetic Monitoring and k6", "Marcelo Magallón");
    // The number is the form's (see the it.fails below on which one it should be).
    expect(path).toMatch(/^projects\/Grafana Office Hours\/GOH \d\d - Synthetic Monitoring and k6, with Marcelo Magallón\.md$/);
    const note = await read(h, path);
    expect(note.startsWith(`---\nurl:\ndate: 2025-12-12\n---\n# [[${basename(path)}]]\n`)).toBe(true);
    expect(note).toContain("\nGuest:: Marcelo Magallón\n");
    // The first item of the team's checklist is what the command just did.
    expect(note).toContain("- [x] Create a new `.md` file and copy this template into it.");
    expect(note).toContain("## Post-show checklist");
  });

  it("CCG 013: next free Thursday at 13:00 UTC, named with its date, the Spanish guest line, the template's example title replaced", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "cafe-con-grafana");
    expect([field(form, "Date").value, field(form, "Time").value, field(form, "Number").value]).toEqual(["2025-12-11", "13:00", "13"]);
    expect(findSetting(form, "Time").querySelector(".setting-item-description")?.textContent).toContain("13:00 UTC (14:00 CET)");
    topModal(h).close();
    await settle(h);
    const path = await newEpisode(h, "cafe-con-grafana", "Tempo a fondo", "Israel Blancas");
    expect(path).toBe("projects/CafeConGrafana/Episodes/CCG 013 - 251211 - Tempo a fondo.md");
    const note = await read(h, path);
    expect(note.split("\n").slice(0, 6)).toEqual(["---", "url:", "date: 2025-12-11", "---", "# [[CCG 013 - 251211 - Tempo a fondo]]", ""]);
    expect(note).toContain("\nInvitado(s): Israel Blancas\n");
    expect(note).not.toContain("Ejemplo CCG 11");
  });
});

describe("Monday: found on the way (was it.fails; fixed in the file named)", () => {
  // The GOH README's Upcoming list already holds "GOH 31 - Adaptive Telemetry with Sean
  // Porter" (planned, its note not written yet); the form proposes 31 again, silently, and
  // after "Update episode list" the list holds two GOH 31s. Rule: a number an episode link in
  // the show's index note gives (a planned episode) is taken, as a note's is; or the form
  // warns, naming it. Fixed (mends6): the form names the planned episode its number is and
  // offers to make it or use the next free number (src/core/new-episode/planned.ts).
  it("the form does not silently propose a number the show's index note already gives a planned episode", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    const proposed = field(form, "Number").value;
    const warned = (form.textContent ?? "").includes("Adaptive Telemetry");
    // Before: ["31", false].
    expect([proposed, warned]).not.toEqual(["31", false]);
  });

  // The same on the OTel calls: their index note links "04 - Observability for GenAI Apps" and
  // "05 - Behind the magic of auto-instrumentation" (notes the excerpt lacks); the form proposes 4.
  it("the OTel call's form does not silently propose 04, which its index note already links", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-otel-community-call");
    const proposed = field(form, "Number").value;
    const warned = (form.textContent ?? "").includes("Observability for GenAI Apps");
    // Before: ["4", false].
    expect([proposed, warned]).not.toEqual(["4", false]);
  });

  // Detect shows replaced the untouched example show "Office Hours"; the guests folder is still
  // the example's default, so the first guest note makes a top-level "Office Hours/Guests" in a
  // vault whose shows all live under projects/ (beside "projects/Grafana Office Hours": a second,
  // empty-looking show folder). Rule: while the guests folder is the untouched default and does
  // not exist, it follows the shows (beside their common parent: "projects/Guests").
  // Fixed in src/plugin/detect/detect-flow.ts with core/detect/guests-folder.ts (mends5).
  it("after detection, new guest notes do not go into a folder named after the example show it removed", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    typeInto(field(form, "Guests"), "Marcelo Magallón");
    await settle(h);
    const where = findSetting(form, "Create guest notes").querySelector(".setting-item-description")?.textContent ?? "";
    expect(where).toContain("Switch on to make their notes in");
    expect(where).not.toContain("“Office Hours/Guests”");
  });
});
