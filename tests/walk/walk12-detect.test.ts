// @vitest-environment happy-dom
// walk12: a German host's first steps on the phone (tests/fixtures/walk12-vault, Monday 3 March
// 2025, Obsidian in German, the stand-in's mobile mode): the first-run notice, then "Detect
// shows" and its review, accepted as it stands ("Add 1 show"). No CLI on a phone: the review
// is all the host sees of what was read.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { fakeWeekTimers } from "./walk8-week";
import { install, resetLanguage, setUp, storedSettings } from "./walk12-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  resetLanguage();
  finish(host);
  host = undefined;
});

async function show(): Promise<NonNullable<Awaited<ReturnType<typeof storedSettings>>["shows"][number]>> {
  const { h } = await setUp();
  host = h;
  const found = (await storedSettings(h)).shows[0];
  if (!found) throw new Error("Detect shows added no show");
  return found;
}

describe("the first run on the phone", () => {
  it("the notice offers the one show the German notes describe, by its code", async () => {
    const { h } = await install();
    host = h;
    expect(h.noticeMessages()).toEqual(["Office Hours found 1 show in your notes (CST).Review"]);
  });

  it("the review reads the German notes: 8 episodes, the “Folge 21 – …” names, the index sentence, German", async () => {
    const { h } = await install();
    host = h;
    expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(h);
    const review = topModal(h).modalEl.textContent ?? "";
    expect(review).toContain("8 episodes in Sendungen/Cloud-Stammtisch (German)");
    expect(review).toContain("8 of 8 names fit it, such as “Folge 21 – Prometheus für Einsteiger”");
    expect(review).toContain("German: 100% of the common short words in the notes");
  });

  it("“Add 1 show” sets up the folder, the en-dash name pattern, Thursdays, German, the template in Vorlagen/ and the index note", async () => {
    const s = await show();
    expect([s.code, s.folder, s.fileNamePattern, s.numberPadding, s.schedule.weekday, s.language, s.template, s.indexNote, s.about]).toEqual([
      "CST",
      "Sendungen/Cloud-Stammtisch",
      "Folge {{number}} – {{topic}}",
      2,
      4,
      "de",
      "Vorlagen/Cloud-Stammtisch Folge.md",
      "Sendungen/Cloud-Stammtisch/Cloud-Stammtisch.md",
      "Observability und Cloud-Technik",
    ]);
  });

  it("guest notes go to Gäste/, where the episodes' guest links lead", async () => {
    const { h } = await setUp();
    host = h;
    expect((await storedSettings(h)).guestsFolder).toBe("Gäste");
  });
});

describe("what the review gets wrong for a German show", () => {
  // Defect (src/core/detect/schedule-text.ts, with schedule-words.ts): every note and the
  // template say "18 Uhr" ("**Wann:** Donnerstag, 6. März 2025, 18 Uhr"), the index note
  // "jeden Donnerstag um 18 Uhr (Europe/Berlin)"; the review says "Time: nothing in the notes
  // says; the default is kept" and the show is set up at 13:00. "18:00 Uhr" is not read either
  // (the trailing "Uhr" hides a time the review reads as "18:00 CET"), nor "MEZ". Every
  // invite and snippet then says 13:00. Rule: German "18 Uhr", "18:00 Uhr", "18.30 Uhr" and
  // French "18h", "18h00", "18 h 30" are times like "18:00"; MEZ/MESZ are CET/CEST (as the
  // reader maps CET), and a zone's IANA name in parentheses after the time counts as after it.
  it.fails("the show's time is 18:00, as every note and the template write it (“18 Uhr”)", async () => {
    const s = await show();
    expect(s.schedule.time).toBe("18:00");
  });

  // Defect (src/core/detect/show-name.ts): the index note's sentence "Der Cloud-Stammtisch (CST)
  // ist …" gives the name "Der Cloud-Stammtisch": German puts the article before a show's name
  // in a sentence (so does French, "Le …", Spanish "El …"), and the palette then reads "New Der
  // Cloud-Stammtisch episode", the snippets "We do a weekly livestream called Der
  // Cloud-Stammtisch". The note's own title (`# Cloud-Stammtisch`) and the folder both say
  // "Cloud-Stammtisch". Rule: a leading article (der, die, das, the, le, la, les, el, los, il,
  // lo, o, a, de, het) is no part of the name when the title, the folder or the code's
  // letters do without it.
  it.fails("the show's name is “Cloud-Stammtisch”, as the index note's title and the folder write it", async () => {
    const s = await show();
    expect(s.name).toBe("Cloud-Stammtisch");
  });
});
