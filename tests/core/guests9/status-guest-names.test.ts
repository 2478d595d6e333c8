// guests9: the vault report's Guests column (`office-hours status`) names each guest as the
// guests report and the plugin's Guests view do: the person the guest field's entry is
// matched to (src/core/guests/mention.ts, links resolved as Obsidian resolves them,
// link-dest.ts), not the text the link shows. `[[Ann Lee|Ann]]` is Ann Lee,
// `[Cy](People/Cy%20Ng.md)` is Cy Ng, "Eddie" (an alias in Ed Welch's note) is Ed Welch.
// The counts line under the table is that same index's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";
import { guestNamesShown } from "../../../src/core/guests/shown-names";
import type { Guest } from "../../../src/core/types";

const NOW = "2026-12-07T10:00:00Z";

function makeVault(): string {
  const root = mkdtempSync(join(tmpdir(), "oh-guests9-status-"));
  for (const folder of ["Shows", "People", "Office Hours/Guests", "Other"]) mkdirSync(join(root, folder), { recursive: true });
  const episode = (n: string, day: number, guest: string) =>
    writeFileSync(join(root, "Shows", `XY ${n} - Topic ${n}.md`), `---\ndate: 2026-12-${day}\n---\nGuest:: ${guest}\n\n## Checklist\n\n- [ ] Book\n`);
  episode("01", 10, "[[Ann Lee|Ann]]");
  episode("02", 11, "[[People/Bo Chan]]");
  episode("03", 12, "[Cy](People/Cy%20Ng.md)");
  episode("04", 13, "Eddie");
  episode("05", 14, "Plain Person");
  episode("06", 15, "[[Guests/Fay Lu|Fay]]");
  episode("07", 16, "[[Gil Ray|Gil]], Gil Ray");
  episode("08", 17, "[[Hal Oz|Hal]]");
  writeFileSync(join(root, "People", "Ann Lee.md"), "Ann's note\n");
  writeFileSync(join(root, "People", "Bo Chan.md"), "Bo's note\n");
  writeFileSync(join(root, "People", "Cy Ng.md"), "Cy's note\n");
  // The guests folder's note (the default folder) names Ed by his nickname too.
  writeFileSync(join(root, "Office Hours/Guests", "Ed Welch.md"), "---\naliases: [Eddie]\n---\n");
  // Hal's note is outside the guests folder and names him by an alias only it holds.
  writeFileSync(join(root, "Other", "Hal Oz.md"), "---\naliases: [Hally]\n---\n");
  episode("09", 18, "Hally");
  return root;
}

/** The Guests cell of each row, by episode number. */
function guestsColumn(out: string): Map<string, string> {
  const lines = out.split("\n");
  const header = lines[0] ?? "";
  const from = header.indexOf("Guests");
  const to = header.indexOf("Late / next");
  return new Map(
    lines
      .slice(2)
      .filter((l) => l.startsWith("XY "))
      .map((l) => [l.slice(6, 8), l.slice(from, to).trim()]),
  );
}

describe("the status table's guests are named as the guests report names them", () => {
  const root = makeVault();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("a link by the note it leads to, an alias by its note's person", () => {
    const status = runCli(["status", root, "--width", "160"], NOW);
    const column = guestsColumn(status.out);
    expect(Object.fromEntries(column)).toEqual({
      "01": "Ann Lee",
      "02": "Bo Chan",
      "03": "Cy Ng",
      "04": "Ed Welch",
      "05": "Plain Person",
      "06": "Fay Lu",
      // One person written twice in one field is named once.
      "07": "Gil Ray",
      "08": "Hal Oz",
      "09": "Hal Oz",
    });
    // Each name is the one the guests report's rows go by.
    const guests = runCli(["guests", root, "--width", "160"], NOW).out;
    for (const name of new Set(column.values())) expect(guests).toMatch(new RegExp(`^${name} `, "m"));
  });

  it("the counts line is the guests report's: an alias in a note outside the guests folder is the same person", () => {
    const status = runCli(["status", root], NOW).out;
    const guests = runCli(["guests", root], NOW).out;
    const counts = (text: string) => /^\d+ guests? named in episodes.*$/m.exec(text)?.[0];
    expect(counts(status)).toBe(counts(guests));
    expect(counts(status)).toMatch(/^8 guests named in episodes, 1 in more than one episode/);
  });

  it("--json keeps what the note wrote: a script has the link in guestLinks", () => {
    const json = JSON.parse(runCli(["status", root, "--json"], NOW).out) as { episodes: { path: string; guests: string[] }[] };
    expect(json.episodes.find((e) => e.path.includes("XY 01"))?.guests).toEqual(["Ann"]);
  });
});

describe("guestNamesShown", () => {
  const guest = (name: string, target: string | null = null): Guest => ({ name, target, affiliation: null });

  it("leaves an episode whose names are the people's as it is, the same object", () => {
    const item = { episode: { path: "a.md", guests: [guest("Ann Lee")] } };
    expect(guestNamesShown([item], (_item, g) => g.name)[0]).toBe(item);
  });

  it("renames the rest without touching the episode read from the note, and keeps its other fields and getters", () => {
    class Record {
      constructor(
        readonly path: string,
        readonly guests: Guest[],
      ) {}
      get shout(): string {
        return this.path.toUpperCase();
      }
    }
    const episode = new Record("a.md", [guest("Ann", "Ann Lee"), guest("Ann Lee"), guest("Bo")]);
    const [shown] = guestNamesShown([{ episode, extra: 1 }], (_item, g) => (g.target === null ? (g.name === "Bo" ? null : g.name) : "Ann Lee"));
    expect(shown?.episode.guests.map((g) => g.name)).toEqual(["Ann Lee", "Bo"]);
    expect(shown?.episode.path).toBe("a.md");
    expect(shown?.episode.shout).toBe("A.MD");
    expect(shown?.extra).toBe(1);
    expect(episode.guests.map((g) => g.name)).toEqual(["Ann", "Ann Lee", "Bo"]);
  });
});
