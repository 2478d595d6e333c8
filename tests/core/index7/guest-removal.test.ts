// A guest taken off an episode (or renamed) leaves the index note's line when the plugin
// wrote the name: the block records the names it wrote (a comment line under the start
// marker, own-guests.ts); a name the user wrote stays, whatever it names.
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { guestsLine, readGuestsRecord } from "../../../src/core/index-note/own-guests";

// GOH 12, real (tests/fixtures/five-shows/projects/Grafana Office Hours), a wiki link.
const BASENAME = "GOH 12 - Grafana Faro";
const LINK = `[[${BASENAME}]]`;

function entry(guests: string[], over: Partial<IndexEntry> = {}): IndexEntry {
  return { basename: BASENAME, link: LINK, date: "2023-09-22", number: 12, guests, list: "past", ...over };
}

const note = (lines: string[]) => `# Grafana Office Hours\n\n${[BLOCK_START, ...lines, BLOCK_END].join("\n")}\n\nMine.\n`;
const record = (names: string, episode = BASENAME) => `%% office-hours:episode-list wrote guests: ${episode}: ${names} %%`;

function update(text: string, entries: IndexEntry[]): string {
  const result = updateBlock(text, entries);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/** The block's lines after `lines` are updated with `guests`, and a second run changing nothing. */
function run(lines: string[], guests: string[], over: Partial<IndexEntry> = {}): string[] {
  const once = update(note(lines), [entry(guests, over)]);
  expect(update(once, [entry(guests, over)])).toBe(once);
  const inner = once.slice(once.indexOf(BLOCK_START) + BLOCK_START.length + 1, once.indexOf(BLOCK_END) - 1);
  return inner.split("\n");
}

describe("names the plugin wrote", () => {
  it("are recorded when written, and one taken off the episode is taken out of the line", () => {
    const written = run(["### Past", "", `- 22/09: ${LINK}`], ["Ann Lee", "Bo Chen"]);
    expect(written).toEqual([record("Ann Lee, Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Ann Lee and Bo Chen`]);
    expect(run(written, ["Bo Chen"])).toEqual([record("Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Bo Chen`]);
  });

  it("the last one taken off takes its 'with' along, and the record goes", () => {
    const written = run(["### Past", "", `- 22/09: ${LINK} — great demo`], []);
    expect(written.at(-1)).toBe(`- 22/09: ${LINK} — great demo`);
    const listed = run(["### Past", "", `- 22/09: ${LINK}`], ["Ann Lee"]);
    expect(run(listed, [])).toEqual(["### Past", "", `- 22/09: ${LINK}`]);
  });

  it("in a Spanish show, 'con' and 'y' go too", () => {
    const listed = run(["### Pasados", "", `- 22/09: ${LINK}`], ["Ana Ruiz", "Isabel Díaz"], { language: "es" });
    expect(listed.at(-1)).toBe(`- 22/09: ${LINK} con Ana Ruiz e Isabel Díaz`);
    expect(run(listed, ["Isabel Díaz"], { language: "es" }).at(-1)).toBe(`- 22/09: ${LINK} con Isabel Díaz`);
    expect(run(listed, [], { language: "es" })).toEqual(["### Pasados", "", `- 22/09: ${LINK}`]);
  });

  it("inside the user's brackets or bold, the list goes whole when it empties; the user's words after it stay", () => {
    const lines = ["### Past", "", `- 22/09: ${LINK} (with Ann Lee) — great demo`];
    const recorded = [record("Ann Lee"), ...lines];
    expect(run(recorded, []).at(-1)).toBe(`- 22/09: ${LINK} — great demo`);
    expect(run([record("Ann Lee"), "### Past", "", `- 22/09: ${LINK} **with Ann Lee**`], []).at(-1)).toBe(`- 22/09: ${LINK}`);
  });

  it("a guest renamed (Ann Lee → Ann Lee-Smith) is replaced in its place", () => {
    const listed = run(["### Past", "", `- 22/09: ${LINK}`], ["Ann Lee", "Bo Chen"]);
    expect(run(listed, ["Ann Lee-Smith", "Bo Chen"])).toEqual([record("Ann Lee-Smith, Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Ann Lee-Smith and Bo Chen`]);
  });

  it("a name that the user moved (another order, another list) is still the plugin's", () => {
    const reordered = [record("Ann Lee, Bo Chen"), "### Upcoming", "", `- 22/09: ${LINK} with Bo Chen and Ann Lee`, "", "### Past", ""];
    expect(run(reordered, ["Bo Chen"]).filter((l) => l.includes(LINK))).toEqual([`- 22/09: ${LINK} with Bo Chen`]);
  });

  it("a name with a comma in it is recorded as one name and taken out whole", () => {
    const listed = run(["### Past", "", `- 22/09: ${LINK}`], ["Dr. Ann Lee, PhD", "Bo Chen"]);
    expect(listed[0]).toBe(record("Dr. Ann Lee%2C PhD, Bo Chen"));
    expect(listed.at(-1)).toBe(`- 22/09: ${LINK} with Dr. Ann Lee, PhD and Bo Chen`);
    expect(run(listed, ["Bo Chen"]).at(-1)).toBe(`- 22/09: ${LINK} with Bo Chen`);
  });
});

describe("names the user wrote", () => {
  it("stay beside the plugin's, whatever they name", () => {
    const lines = [record("Ann Lee"), "### Past", "", `- 22/09: ${LINK} with Zoe Park and Ann Lee`];
    expect(run(lines, []).at(-1)).toBe(`- 22/09: ${LINK} with Zoe Park`);
    // A guest the user wrote stays when taken off the episode; the plugin's goes.
    const both = [record("Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Ann Lee and Bo Chen`];
    expect(run(both, ["Cy Diaz"]).at(-1)).toBe(`- 22/09: ${LINK} with Ann Lee and Cy Diaz`);
  });

  it("a name the plugin wrote and the user re-typed in another form (bold, a link, a first name) is the user's", () => {
    for (const typed of ["**Ann Lee**", "[[Ann Lee]]", "Ann"]) {
      const lines = [record("Ann Lee"), "### Past", "", `- 22/09: ${LINK} with ${typed} and Bo Chen`];
      expect(run(lines, ["Bo Chen"])).toEqual(["### Past", "", `- 22/09: ${LINK} with ${typed} and Bo Chen`]);
    }
  });

  it("a block written before the record (no record line): every name is the user's and stays", () => {
    const lines = ["### Past", "", `- 22/09: ${LINK} with Ann Lee and Bo Chen`];
    expect(run(lines, ["Bo Chen"])).toEqual(lines);
  });

  it("a name the user deleted leaves the record; one still a guest is written again, and recorded", () => {
    const lines = [record("Ann Lee, Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Bo Chen`];
    expect(run(lines, ["Bo Chen"])).toEqual([record("Bo Chen"), "### Past", "", `- 22/09: ${LINK} with Bo Chen`]);
    expect(run(lines, ["Ann Lee", "Bo Chen"])).toEqual([record("Bo Chen, Ann Lee"), "### Past", "", `- 22/09: ${LINK} with Bo Chen and Ann Lee`]);
  });

  it("a list the user's words lean on is left as written when it would empty", () => {
    const lines = [record("Ann Lee"), "### Past", "", `- 22/09: ${LINK} (with Ann Lee, live demo)`];
    expect(run(lines, [])).toEqual(lines);
  });
});

describe("records of entries that are gone", () => {
  it("an episode renamed since: the record names the old note, so the names on the renamed one's line are the user's", () => {
    const lines = [record("Ann Lee", "GOH 12 - Old name"), "### Past", "", `- 22/09: ${LINK} with Ann Lee`];
    // The names stay; the record of a note no line links any more goes with nothing lost.
    expect(run(lines, [])).toEqual(lines.slice(1));
  });

  it("a note that is no episode now keeps its record while a line links it (it may come back: an undo, the trash)", () => {
    const gone = [record("Cy Diaz", "GOH 99 - Gone"), "### Past", "", `- 22/09: ${LINK}`, `- 29/09: [[GOH 99 - Gone]] with Cy Diaz`];
    expect(run(gone, [])).toEqual(gone);
    // Back, with Cy Diaz taken off meanwhile: the name the plugin wrote comes out.
    const back = [record("Cy Diaz", "GOH 99 - Gone"), "### Past", "", `- 22/09: [[GOH 99 - Gone]] with Cy Diaz`];
    const out = update(note(back), [{ ...entry([]), basename: "GOH 99 - Gone", link: "[[GOH 99 - Gone]]" }]);
    expect(out).toBe(note(["### Past", "", "- 22/09: [[GOH 99 - Gone]]"]));
  });

  it("a note that is no episode and no line links: its record is dropped (records do not pile up)", () => {
    const lines = [record("Cy Diaz", "GOH 99 - Gone"), "### Past", "", `- 22/09: ${LINK}`];
    expect(run(lines, [])).toEqual(["### Past", "", `- 22/09: ${LINK}`]);
  });

  it("a listed episode whose names are gone from its line: its record is dropped", () => {
    const lines = [record("Cy Diaz"), "### Past", "", `- 22/09: ${LINK}`];
    expect(run(lines, [])).toEqual(["### Past", "", `- 22/09: ${LINK}`]);
  });

  it("a line kept as written (it holds a comment) keeps its record", () => {
    const lines = [record("Ann Lee"), "### Past", "", `- 22/09: ${LINK} with Ann Lee %% moved %%`];
    expect(run(lines, [])).toEqual(lines);
  });

  it("a record in a code block is the user's text, not a record", () => {
    const lines = ["```", record("Ann Lee"), "```", "### Past", "", `- 22/09: ${LINK} with Ann Lee`];
    expect(run(lines, [])).toEqual(lines);
  });
});

describe("the record line", () => {
  it("reads back what it wrote, for names with the characters that part it", () => {
    const names = ["Dr. Ann Lee, PhD", "Bo | Chen", "50% Cy", "Dee: the host"];
    const line = guestsLine(new Map([["EP 1: a|b", names]])) ?? "";
    expect(line.split("%%")).toHaveLength(3);
    const read = new Map<string, Set<string>>();
    readGuestsRecord(line, (n) => n, read);
    expect([...read]).toEqual([["EP 1: a|b", new Set(names)]]);
    expect(guestsLine(new Map())).toBeNull();
  });
});
