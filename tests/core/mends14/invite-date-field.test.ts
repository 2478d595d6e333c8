// The invite follows the reader's date: a note dated by its Dataview `date::` field gets its
// invite, and a refusal names where the date is written (the field and its line), never "no
// date yet" for a field written wrong, nor "the note's file name" for a date it did not give.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { noStartReason } from "../../../src/core/snippets/invite-start";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import { readNote } from "../../support/notes";

// A real note (tests/fixtures/real-notes), its date: property turned into a date:: field as
// hosts who keep their metadata inline write it.
const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");
const SHOW: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH" };

const withField = (field: string) => TEXT.replace("date: 2024-01-05\n", "").replace(/\n---\n/, `\n---\nStreamed live (date:: ${field}) on YouTube.\n`);
const fieldLine = (text: string) => text.split("\n").findIndex((l) => l.includes("(date::")) + 1;

function invite(text: string) {
  const episode = readNote(`Grafana Office Hours/${FILE}`, text, { guestFields: SHOW.guestFields, parseName: nameParser(SHOW.fileNamePattern, SHOW.code) });
  return { episode, result: episodeInvite(episode, SHOW, text, [], NOW, "en") };
}

describe("an invite for a note dated by its date:: field", () => {
  it("the fixture reads as meant: no date property left, the field on its own body line", () => {
    const text = withField("2024-01-12");
    expect(text).not.toMatch(/^date:/m);
    expect(invite(text).episode.date).toBe("2024-01-12");
  });

  it("is made at the field's date", () => {
    const { result } = invite(withField("2024-01-12"));
    expect(result.ok && result.start.toISOString().slice(0, 10)).toBe("2024-01-12");
  });

  it("a field that is no date: refused, naming the field and its line, not “no date yet”", () => {
    const text = withField("2023-02-29");
    const { result } = invite(text);
    expect(result).toEqual({ ok: false, reason: `The date “2023-02-29” in the note's date:: field (line ${fieldLine(text)}) is not a date like 2024-01-05; correct it in the note.` });
  });

  it("a start that cannot be worked out from the field's date names the field, not the file name", () => {
    const text = withField("2024-01-12");
    const { episode } = invite(text);
    // The reader never gives such a date; the refusal is the guard for one that slips through.
    const reason = noStartReason({ ...episode, date: "2024-02-30" }, SHOW, text, {});
    expect(reason).toBe(`The date in the note's date:: field (line ${fieldLine(text)}) cannot be used: "2024-02-30" is not a date written YYYY-MM-DD.`);
  });

  it("with no property and no field, the file name is named as before", () => {
    const text = TEXT.replace("date: 2024-01-05\n", "");
    const { episode } = invite(text);
    expect(noStartReason({ ...episode, date: "2024-02-30" }, SHOW, text, {})).toMatch(/^The date in the note's file name cannot be used/);
  });
});
