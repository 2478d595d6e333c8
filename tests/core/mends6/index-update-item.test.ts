// Which checklist item asks for the index-note update (mends6, src/core/index-note/update-item.ts):
// one that links to the index note, or names it (a name of two words or more), and only
// when exactly one open item does; and which episodes a run of the command listed.
import { describe, expect, it } from "vitest";
import { asksForIndexNote, indexUpdateItem, newlyListed } from "../../../src/core/index-note/update-item";
import { bestGrowth } from "../../support/growth";

const GOH = "projects/Grafana Office Hours/Grafana Office Hours Readme.md";
const CCG = "projects/CafeConGrafana/README.md";

describe("an item that asks for the index note", () => {
  it("links to it: a Markdown link with %20, a relative or bare path, a wiki link with alias or heading", () => {
    for (const text of [
      "Update [Grafana Office Hours Readme](projects/Grafana%20Office%20Hours/Grafana%20Office%20Hours%20Readme.md) to add the new file.",
      "Update [the list](<../Grafana Office Hours Readme.md>)",
      "Add it to [[Grafana Office Hours Readme|the readme]]",
      "Add it to [[Grafana Office Hours Readme#Upcoming]]",
      "Update [[README]]",
    ]) {
      expect(asksForIndexNote(text, text.includes("[[README]]") ? CCG : GOH), text).toBe(true);
    }
  });

  it("names it in words when its name has two words or more; a one-word name only linked", () => {
    expect(asksForIndexNote("Update the Grafana Office Hours Readme's Upcoming list", GOH)).toBe(true);
    expect(asksForIndexNote("Update the grafana office hours readme", GOH)).toBe(true);
    expect(asksForIndexNote("Update the README", CCG)).toBe(false);
    expect(asksForIndexNote("Update the Grafana Office Hours Readmes", GOH)).toBe(false);
    expect(asksForIndexNote("Post in #grafana-office-hours", GOH)).toBe(false);
    expect(asksForIndexNote("Update [Other](Other%20Readme.md)", GOH)).toBe(false);
  });

  it("is chosen only when exactly one open item asks", () => {
    const add = { text: "Update [[Grafana Office Hours Readme]] to add it under Upcoming" };
    const move = { text: "Move it to Past in [[Grafana Office Hours Readme]]" };
    const other = { text: "Send the invite" };
    expect(indexUpdateItem([other, add], GOH)).toBe(1);
    expect(indexUpdateItem([add, other, move], GOH)).toBe(-1);
    expect(indexUpdateItem([other], GOH)).toBe(-1);
  });

  it("reads a line of 100,000 “[” in linear time", () => {
    const make = (n: number, copies: number) => `Update ${"[".repeat(n * copies)}](Grafana%20Office%20Hours%20Readme.md)`;
    expect(bestGrowth((text: string) => asksForIndexNote(text, GOH), make, 25_000, 8)).toBeLessThan(8);
  });
});

describe("the episodes a run listed", () => {
  it("are those linked now and not before, by file name", () => {
    const before = "### Upcoming\n- [[GOH 31 - A]]\n- GOH 33 - written plainly\n";
    const after = "### Upcoming\n- [[GOH 31 - A]]\n- [GOH 32 - B](GOH%2032%20-%20B.md)\n- [[GOH 33 - written plainly]]\n";
    expect(newlyListed(before, after, ["GOH 31 - A", "GOH 32 - B", "GOH 33 - written plainly", "GOH 34 - C"])).toEqual(["GOH 32 - B", "GOH 33 - written plainly"]);
  });
});
