// A callout's title names the phase of the items inside it when it is only a phase's heading
// (mends5): `> [!todo] Pre-show checklist` then `> - [ ] …` is the pre-show list, as a
// "### Pre-show checklist" heading there would be; `> [!warning] Don't forget` changes
// nothing; nothing outside the callout changes either.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readEpisode } from "../../../src/core/note/episode";
import { scanBody } from "../../../src/core/note/scan";
import { splitLines } from "../../../src/core/text/lines";
import { bestGrowth, perLine, whole } from "../../support/growth";

function phases(text: string): [string, string][] {
  const e = readEpisode("Show/Ep 1.md", text, {}, {});
  return e.tasks.map((t) => [t.text, e.sections[t.section]?.phase ?? "?"]);
}

describe("a callout's title", () => {
  it("that is only a phase's heading sets the phase of its items, and only of those", () => {
    const text = "# Ep 1\n\n> [!todo] Pre-show checklist\n> - [ ] Book the guest\n\n- [ ] Loose item\n\n## 🎬 After the show\n- [ ] Upload\n";
    expect(phases(text)).toEqual([
      ["Book the guest", "prep"],
      ["Loose item", "other"],
      ["Upload", "after"],
    ]);
  });

  it("that is anything else changes nothing: the items keep the heading above", () => {
    const text = "## Just before the show\n> [!warning] Don't forget\n> - [ ] Close Slack\n\n> [!todo]\n> - [ ] No title\n";
    expect(phases(text)).toEqual([
      ["Close Slack", "before"],
      ["No title", "before"],
    ]);
  });

  it("ends with its quote: the heading's phase is back for the items after it", () => {
    const text = "## Just before the show\n- [ ] Mics\n> [!todo]- After the show\n> - [ ] Upload\n\n- [ ] Close Slack\n";
    expect(phases(text)).toEqual([
      ["Mics", "before"],
      ["Upload", "after"],
      ["Close Slack", "before"],
    ]);
  });

  it("is read like a heading one level below: a list never runs back, and nested callouts take the innermost", () => {
    const back = "## 🎬 After the show\n> [!todo] Pre-show checklist\n> - [ ] Still after\n";
    expect(phases(back)).toEqual([["Still after", "after"]]);
    const nested = "## Checklist\n> [!todo] Pre-show\n> - [ ] Book\n> > [!todo] Just before the show\n> > - [ ] Mics\n> - [ ] Thumbnail\n";
    expect(phases(nested)).toEqual([
      ["Book", "prep"],
      ["Mics", "before"],
      ["Thumbnail", "prep"],
    ]);
  });

  it("in a comment or code names nothing", () => {
    const text = "## Notes\n%%\n> [!todo] After the show\n%%\n```\n> [!todo] After the show\n```\n> - [ ] Quoted item\n";
    expect(phases(text)).toEqual([["Quoted item", "other"]]);
  });

  // The rule holds for any note: a callout changes no item outside a quote. The same note
  // with every callout titled "Misc" (a title naming nothing) reads the same on every
  // unquoted line.
  it("changes no item outside the quotes, for any note", () => {
    const line = fc.constantFrom(
      "## Pre-show checklist",
      "## Notes",
      "### After the show",
      "> [!todo] After the show",
      "> [!todo] Pre-show",
      "> > [!todo] Just before the show",
      "> [!note] Misc",
      "> - [ ] quoted",
      "> > - [ ] deeper",
      "- [ ] plain",
      ">",
      "",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const text = lines.join("\n");
        const plain = text.replace(/\[!todo\][^\n]*/g, "[!note] Misc");
        const a = readEpisode("S/E.md", text, {}, {});
        const b = readEpisode("S/E.md", plain, {}, {});
        a.tasks.forEach((task, i) => {
          if (task.raw.startsWith(">")) return;
          expect(a.sections[task.section]?.phase).toBe(b.sections[b.tasks[i]?.section ?? -1]?.phase);
        });
      }),
    );
  });
});

describe("time grows with the note", () => {
  const scan = (text: string) => scanBody(splitLines(text), 0);
  it("a callout line of 100,000 `[!`: linear", () => {
    expect(bestGrowth(scan, perLine((n) => `> ${"[!".repeat(n)}`), 25_000, 8)).toBeLessThan(8);
  });
  it("thousands of callouts each holding an item: linear", () => {
    const make = whole((n) => "## Notes\n" + "> [!todo] Pre-show checklist\n> - [ ] Book\n\n".repeat(n));
    expect(bestGrowth((text: string) => readEpisode("S/E.md", text, {}, {}), make, 500, 8)).toBeLessThan(8);
  });
});
