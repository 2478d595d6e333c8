// Index notes list the show's episodes (detect6): a README that only describes the show is
// its description note (name, hosts, what it covers), never its index note; a note that
// names the episodes in list items or table cells, without links, is one.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { byCode, detect, episode, fixtureNotes, vault } from "../detect/fixture-vault";
import { linkedNames } from "../../../src/core/detect/index-notes";
import { plainItems } from "../../../src/core/detect/note-links";
import { detectShows } from "../../../src/core/detect/detect";
import { defaultSettings } from "../../../src/core/settings/settings";
import type { NoteText } from "../../../src/core/detect/types";
import { bestGrowth } from "../../support/growth";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { noteText } from "../../support/notes";

const five = detect(fixtureNotes("five-shows"), { timeZone: "UTC" });

const show = (readme: string) =>
  detect(
    vault({
      "Shows/Talk/TT 01 - Logs.md": episode({ date: "2024-01-05" }),
      "Shows/Talk/TT 02 - Traces.md": episode({ date: "2024-01-12" }),
      "Shows/Talk/README.md": readme,
    }),
    { timeZone: "UTC" },
  );

describe("which note is the index note", () => {
  it("Café con Grafana's README describes the show and names no episode: no index note, and it still names the show", () => {
    const ccg = byCode(five, "CCG");
    expect(ccg.show.indexNote).toBe("");
    expect(ccg.evidence.indexNote?.confidence).toBe("default");
    expect(ccg.evidence.indexNote?.reasons[0]).toContain("README describes the show but links or names none of its episodes");
    expect(ccg.show.name).toBe("Cafe con Grafana");
  });

  it("the READMEs that list their episodes stay the index notes (GOH, A&A, the two calls)", () => {
    expect(byCode(five, "GOH").show.indexNote).toBe("projects/Grafana Office Hours/Grafana Office Hours Readme.md");
    expect(byCode(five, "A&A").show.indexNote).toBe("projects/Adobo and Avocados/Adobo and Avocados README.md");
    expect(five.shows.filter((p) => p.show.indexNote !== "").map((p) => p.show.code)).toEqual(["A&A", "GOH", "", ""]);
  });

  it("a README naming episodes in list items or table cells without links is the index note", () => {
    const listed = show("# Talk Time\n\n## Past\n\n- 05/01: TT 01 - Logs\n- 12/01: TT 02 - Traces\n");
    expect(listed.shows[0]?.show.indexNote).toBe("Shows/Talk/README.md");
    expect(listed.shows[0]?.evidence.indexNote?.reasons).toContain("lists 2 TT episodes");
    const table = show("# Talk Time\n\n| Date | Episode |\n| --- | --- |\n| 2024-01-05 | TT 01 - Logs |\n| 2024-01-12 | TT 02 - Traces |\n");
    expect(table.shows[0]?.show.indexNote).toBe("Shows/Talk/README.md");
  });

  it("a README of prose, or of a running order numbered like episodes but without the code, is not", () => {
    const prose = show("# Talk Time\n\nTalk Time is a weekly show about logs.\n\n1. Welcome\n2. Guest\n- 01 - Intro\n- 02 - Demo\n");
    expect(prose.shows[0]?.show.indexNote).toBe("");
    expect(prose.shows[0]?.show.name).toBe("Talk Time");
  });

  it("one episode linked is enough for a README beside a show alone in its folder (a new show)", () => {
    expect(show("# Talk Time\n\n- [[TT 01 - Logs]]\n").shows[0]?.show.indexNote).toBe("Shows/Talk/README.md");
  });

  it("whatever prose a README holds, without an episode's name or link it is never the index note", () => {
    const words = fc.constantFrom("Talk", "Time", "is", "a", "weekly", "show", "-", "1.", "|", "#", "##", "[x]", "README", "01", "2024-01-05", "about", "\n", "\n- ", "\n| ");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        expect(show(parts.join(" ")).shows[0]?.show.indexNote).toBe("");
      }),
      { numRuns: 60 },
    );
  });
});

describe("links on long lines", () => {
  it("an index note whose links are one paragraph of 8,000 characters lists them (lines over 5,000 were skipped)", () => {
    const links = Array.from({ length: 300 }, (_, i) => `[[TT ${String(i + 1).padStart(2, "0")} - Topic ${i}]]`).join(" ");
    expect(links.length).toBeGreaterThan(5000);
    const result = detect(
      vault({
        "Talk/TT 01 - Logs.md": episode({ date: "2024-01-05" }),
        "Talk/TT 02 - Traces.md": episode({ date: "2024-01-12" }),
        "Talk/All episodes.md": `# All episodes\n\n${links}\n`,
      }),
      { timeZone: "UTC" },
    );
    expect(result.shows[0]?.show.indexNote).toBe("Talk/All episodes.md");
  });

  it("reads the same names as the regular expressions it replaced, on any line", () => {
    // The old reader's guard kept: a line without "[" holds no link.
    const oracle = (line: string) => {
      const names = new Set<string>();
      if (!line.includes("[")) return [];
      const add = (t: string) => {
        let d = t;
        try {
          d = decodeURIComponent(t);
        } catch {
          // kept as written
        }
        const name = d.slice(d.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
        if (name !== "") names.add(name);
      };
      for (const m of line.matchAll(/\[\[([^\]|#^]+)/g)) add(m[1] ?? "");
      for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) if (!/^[a-z][a-z0-9+.-]*:/i.test(m[1] ?? "")) add(m[1] ?? "");
      return [...names].sort();
    };
    const piece = fc.constantFrom("[[", "]]", "](", ")", "[", "]", "(", " ", "\t", "|", "#", "^", "a", "GOH 1", "x.md", "%", "/", "https:", "\u00a0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const line = parts.join("");
        const facts = readNoteFacts("N.md", `${line}\n`, [], noteText({ path: "N.md", text: `${line}\n` }).frontmatter, "UTC");
        expect([...linkedNames(facts)].sort()).toEqual(oracle(facts.lines[0] ?? ""));
      }),
      { numRuns: 400 },
    );
  });
});

describe("time grows in proportion (n against 4n)", () => {
  const settings = defaultSettings("UTC");
  const run = (notes: readonly NoteText[]) => detectShows({ notes, templateFolders: [], settings, timeZone: "UTC" });
  const episodes = [noteText({ path: "S/IX 1 - A.md", text: episode() }), noteText({ path: "S/IX 2 - B.md", text: episode() })];

  // The odd-shapes test of this left out in detect5 (8.7-9.3x): its one-line variant put every
  // link in the title ("# IX [[…]] [[…]]…"), so the heading reader's work on one 400,000-character
  // heading was measured; here the title is a line of its own, as in an index note.
  it.each([
    ["one link a line", "\n- "],
    ["all links on one line", " "],
  ])("an index note of n links, %s", (_name, sep) => {
    const make = (n: number, copies: number) => [...episodes, noteText({ path: "S/IX.md", text: `# IX\n\n${Array.from({ length: n * copies }, (_, i) => `[[IX ${i} - Topic ${i}]]`).join(sep)}` })];
    expect(bestGrowth(run, make, 1000, 8, 8)).toBeLessThan(8);
  });

  it.each(["](", "[[", "](x ", "[[x|", "- [[IX 1 - A]] "])("the link readers on one line of n “%s”", (unit) => {
    const make = (n: number, copies: number) => readNoteFacts("S/IX.md", unit.repeat(n * copies), [], () => ({}), "UTC");
    expect(bestGrowth((note: ReturnType<typeof make>) => linkedNames(note).size + plainItems(note).length, make, 2000, 8)).toBeLessThan(8);
  });
});
