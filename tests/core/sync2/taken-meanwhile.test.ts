// What New episode says at Create about notes that arrived while the form was open
// (src/core/new-episode/taken-meanwhile.ts). The show: the default one, Fridays 13:00 UTC.
import { describe, expect, it } from "vitest";
import { defaultShow } from "../../../src/core/settings/defaults";
import { takenMeanwhile, type FormFacts } from "../../../src/core/new-episode/taken-meanwhile";
import type { EpisodeDraft, ShowEpisodeFacts } from "../../../src/core/new-episode/new-episode";

const show = defaultShow("UTC");
const NOW = new Date("2025-03-03T09:00:00Z");
const episode = (number: number, date: string): ShowEpisodeFacts => ({ number, season: null, date, path: `Office Hours/OH ${number}.md`, time: null });
const facts = (...existing: ShowEpisodeFacts[]): FormFacts => ({ existing, others: [], busy: { breaks: [], windows: [] } });
const draft = (number: number | null, date: string): EpisodeDraft => ({ topic: "Tracing", guests: [], date, time: "13:00", number });
const before = facts(episode(1, "2025-02-28"));

describe("takenMeanwhile", () => {
  it("nothing arrived, or a note that takes neither number nor slot: null, Create goes ahead", () => {
    expect(takenMeanwhile(draft(2, "2025-03-07"), show, before, before, NOW, "2025-03-07")).toBeNull();
    expect(takenMeanwhile(draft(2, "2025-03-07"), show, before, facts(episode(1, "2025-02-28"), episode(5, "2025-04-04")), NOW, "2025-03-07")).toBeNull();
  });

  it("the number and the proposed slot taken: the note named, the next free number and Friday proposed", () => {
    const found = takenMeanwhile(draft(2, "2025-03-07"), show, before, facts(episode(1, "2025-02-28"), episode(2, "2025-03-07")), NOW, "2025-03-07");
    expect(found).toEqual({
      number: 3,
      date: "2025-03-14",
      message:
        "While the form was open, other notes arrived (a sync?): Number 2 is already used by Office Hours/OH 2.md. OH 2 is already on 2025-03-07. The form now proposes number 3 on 2025-03-14. Nothing was written: press Create to use them.",
    });
  });

  it("a slot the user typed is kept (said, not moved); a number nobody took is kept", () => {
    const found = takenMeanwhile(draft(9, "2025-03-21"), show, before, facts(episode(1, "2025-02-28"), episode(4, "2025-03-21")), NOW, "2025-03-07");
    expect(found?.number).toBeUndefined();
    expect(found?.date).toBeUndefined();
    expect(found?.message).toContain("OH 4 is already on 2025-03-21. Nothing was written: press Create again to go ahead.");
  });

  it("what the form already said when it opened is not said again", () => {
    const taken = facts(episode(1, "2025-02-28"), episode(2, "2025-03-07"));
    expect(takenMeanwhile(draft(2, "2025-03-07"), show, taken, taken, NOW, "2025-03-07")).toBeNull();
  });
});
