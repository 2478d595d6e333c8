// An episode named in a list (the episode picker, the index note) names each guest once:
// "GOH 25 - …, with Nikola Grcevski (2024-01-05) with Nikola Grcevski" named him twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { episodeLabel, guestsNotIn } from "../../src/core/note/episode-label";
import { readNote } from "../support/notes";

const DIR = join(import.meta.dirname, "../fixtures/real-notes");
const read = (name: string) => readNote(name, readFileSync(join(DIR, name), "utf8"));

describe("episodeLabel", () => {
  it("names a guest the note's name already carries once", () => {
    const e = read("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
    expect(episodeLabel(e)).toBe("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski (2024-01-05)");
    expect(episodeLabel(e).split("Nikola Grcevski")).toHaveLength(2);
  });

  it("adds the guests the name does not carry", () => {
    expect(episodeLabel(read("GOH 12 - Govable.md"))).toBe("GOH 12 - Govable (2023-09-22) with Andrii Kovalov and Ari Herschowitz");
  });

  it("compares without case, accents or doubled spaces, and keeps the others", () => {
    const guests = [
      { name: "Juraci Paixão Kröhling", target: null, affiliation: null },
      { name: "Ann  Lee", target: null, affiliation: null },
      { name: "Bo", target: null, affiliation: null },
    ];
    expect(guestsNotIn("GOH 23 - JURACI PAIXAO KROHLING on OpenTelemetry, with ann lee", guests).map((g) => g.name)).toEqual(["Bo"]);
  });
});
