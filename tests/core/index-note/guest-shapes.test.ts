// The ways people write "with these guests" after an episode's link in an index note, and
// the "with …" that names no guest. A list is read (and reworded in place, its markup
// kept) when it names the episode's guests; "with live demo" stays the user's words, and
// the plugin adds no second list beside it.
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const BASENAME = "GOH 12 - Tempo";
const LINK = `[[${BASENAME}]]`;

function entry(guests: string[], language = "en"): IndexEntry {
  return { basename: BASENAME, link: LINK, date: "2023-06-16", number: 12, guests, list: "past", language };
}

const line = (words: string) => `- 16/06: ${LINK}${words}`;
const update = (words: string, guests: string[], language = "en") => blockLines(["### Past", "", line(words)], [entry(guests, language)]).at(-1);

describe("a guest list in the shapes people write it", () => {
  // [as written, as written with Bo Chen joining]
  const shapes: [string, string][] = [
    [" with Ann Lee", " with Ann Lee and Bo Chen"],
    [" **with Ann Lee**", " **with Ann Lee and Bo Chen**"],
    [" *with Ann Lee*", " *with Ann Lee and Bo Chen*"],
    [" _with Ann_", " _with Ann and Bo Chen_"],
    [" __with Ann Lee__", " __with Ann Lee and Bo Chen__"],
    [" ==with Ann Lee==", " ==with Ann Lee and Bo Chen=="],
    [" with **Ann Lee**", " with **Ann Lee** and Bo Chen"],
    [" (with Ann Lee)", " (with Ann Lee and Bo Chen)"],
    [" [with Ann Lee]", " [with Ann Lee and Bo Chen]"],
    [" (Ann Lee)", " (Ann Lee and Bo Chen)"],
    [" — Ann Lee", " — Ann Lee and Bo Chen"],
    [" – Ann Lee", " – Ann Lee and Bo Chen"],
    [" - Ann Lee", " - Ann Lee and Bo Chen"],
    [": Ann Lee", ": Ann Lee and Bo Chen"],
    [" — with Ann Lee", " — with Ann Lee and Bo Chen"],
    [" feat. Ann Lee", " feat. Ann Lee and Bo Chen"],
    [" ft. Ann Lee", " ft. Ann Lee and Bo Chen"],
    [" featuring Ann Lee", " featuring Ann Lee and Bo Chen"],
    [" w/ Ann Lee", " w/ Ann Lee and Bo Chen"],
    [" With Ann Lee", " With Ann Lee and Bo Chen"],
    [" with guests Ann Lee", " with guests Ann Lee and Bo Chen"],
    [" with [[Ann Lee]]", " with [[Ann Lee]] and Bo Chen"],
    [" with [[People/Ann Lee|Ann]]", " with [[People/Ann Lee|Ann]] and Bo Chen"],
    [" with [Ann Lee](https://www.linkedin.com/in/annlee/)", " with [Ann Lee](https://www.linkedin.com/in/annlee/) and Bo Chen"],
    [" with Dr. Ann Lee, PhD", " with Dr. Ann Lee, PhD and Bo Chen"],
    [" with Lee", " with Lee and Bo Chen"],
    [" with ann lee", " with ann lee and Bo Chen"],
  ];

  it.each(shapes)("%j is read as the list: as written while it names every guest, reworded in place when one joins", (written, joined) => {
    expect(update(written, ["Ann Lee"])).toBe(line(written));
    expect(update(written, ["Ann Lee", "Bo Chen"])).toBe(line(joined));
    // The next run reads what it wrote.
    expect(blockLines(["### Past", "", line(joined)], [entry(["Ann Lee", "Bo Chen"])]).at(-1)).toBe(line(joined));
  });

  it("reads a list of several names, joined by commas, and, &, +", () => {
    for (const written of [" with Ann Lee and Bo Chen", " with Ann Lee & Bo Chen", " with Ann Lee + Bo Chen", " with Ann Lee, Bo Chen", " **with Ann, Bo and Cy**"]) {
      expect(update(written, ["Ann Lee", "Bo Chen", "Cy Diaz"].slice(0, written.includes("Cy") ? 3 : 2))).toBe(line(written));
    }
    expect(update(" with Ann Lee & Bo Chen", ["Ann Lee", "Bo Chen", "Cy Diaz"])).toBe(line(" with Ann Lee, Bo Chen and Cy Diaz"));
  });

  it("in Spanish: con, y and e; an English show's hand-written con is reworded", () => {
    expect(update(" con Lucía y Bruno", ["Lucía Gómez", "Bruno Díaz"], "es")).toBe(line(" con Lucía y Bruno"));
    expect(update(" **con Lucía**", ["Lucía Gómez", "Isabel Ruiz"], "es")).toBe(line(" **con Lucía e Isabel Ruiz**"));
    expect(update(" (con invitada Lucía Gómez)", ["Lucía Gómez", "Bruno Díaz"], "es")).toBe(line(" (con invitada Lucía Gómez y Bruno Díaz)"));
    expect(update(" con Lucía y Bruno", ["Lucía Gómez", "Bruno Díaz"], "en")).toBe(line(" with Lucía and Bruno"));
    expect(update(" With Ann Lee", ["Ann Lee"], "es")).toBe(line(" Con Ann Lee"));
  });

  it("the user's words after the list stay after it", () => {
    expect(update(" **with Ann Lee** — great demo", ["Ann Lee", "Bo Chen"])).toBe(line(" **with Ann Lee and Bo Chen** — great demo"));
    expect(update(" (with Ann Lee, recording lost)", ["Ann Lee", "Bo Chen"])).toBe(line(" (with Ann Lee and Bo Chen, recording lost)"));
    expect(update(" with Ann Lee and a live demo", ["Ann Lee", "Bo Chen"])).toBe(line(" with Ann Lee and Bo Chen and a live demo"));
  });
});

describe("a with that names no guest", () => {
  const topics = [" with live demo", " with a deep dive on Loki", " with Q&A", " with k6", " (with slides)", " — great demo", ": notes in the doc", " - Tempo 2.0 release", " w/ AI", " feat. a live demo"];

  it.each(topics)("%j stays as written, and gets no second list beside it", (written) => {
    for (const guests of [["Ann Lee"], ["Ann Lee", "Bo Chen"]]) expect(update(written, guests)).toBe(line(written));
  });

  it("names that are not the episode's guests are left alone: no second list (a company, a guest since replaced)", () => {
    for (const written of [" with Golioth", " with Zoe Park", " (Grafana Labs)", " — Zoe Park"]) expect(update(written, ["Ann Lee"])).toBe(line(written));
  });

  it("a name no longer among the guests is never taken out of a list that names a guest", () => {
    expect(update(" with Ann Lee and Golioth", ["Ann Lee", "Bo Chen"])).toBe(line(" with Ann Lee, Golioth and Bo Chen"));
    expect(update(" with Ann Lee and Zoe Park", ["Ann Lee"])).toBe(line(" with Ann Lee and Zoe Park"));
  });

  it("a guest the user names in their own words after the list is not added to it a second time", () => {
    expect(update(" with Bo — Ann Lee hosts", ["Ann Lee", "Bo Chen"])).toBe(line(" with Bo — Ann Lee hosts"));
    expect(update(" with Bo — Ann Lee hosts", ["Ann Lee", "Bo Chen", "Cy Diaz"])).toBe(line(" with Bo and Cy Diaz — Ann Lee hosts"));
  });

  it("an episode with no guests leaves every with as written", () => {
    for (const written of [" with Ann Lee", " with live demo", " **with Ann**"]) expect(update(written, [])).toBe(line(written));
  });

  it("a line with nothing after the link gets the list", () => {
    expect(update("", ["Ann Lee", "Bo Chen"])).toBe(line(" with Ann Lee and Bo Chen"));
  });
});
