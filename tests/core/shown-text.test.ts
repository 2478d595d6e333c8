// What an item's text shows (note/shown-text.ts): its description as the Tasks plugin
// renders it, every field Tasks reads from the end of the line left out, marks in the
// middle of the words and in inline code kept, tags kept; the tick still finds the item
// by its raw line.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { shownText } from "../../src/core/note/shown-text";
import { readLineDue, withoutMarks } from "../../src/core/deadlines/line-due";
import { readLine } from "../../src/core/vault/open-item-line";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { bestGrowth, whole } from "../support/growth";
import { readNote, recordOf } from "../support/notes";

/** As the reader calls it: the text after the checkbox, with its deadline marks. */
const shown = (written: string) => shownText(written, readLineDue(written).spans);

describe("each field Tasks reads from the end", () => {
  it.each([
    ["🔺", "highest priority"],
    ["⏫", "high priority"],
    ["🔼", "medium priority"],
    ["🔽", "low priority"],
    ["⏬", "lowest priority"],
    ["⏳ 2026-11-20", "scheduled"],
    ["⌛ 2026-11-20", "scheduled, the other hourglass"],
    ["🛫 2026-11-20", "start"],
    ["➕ 2026-11-01", "created"],
    ["✅ 2026-11-21", "done"],
    ["❌ 2026-11-21", "cancelled"],
    ["⏰ 2026-11-20", "reminder"],
    ["⏰ 2026-11-20 09:30", "reminder with a time"],
    ["📅 2026-11-27", "due"],
    ["[due:: 2026-11-27]", "due, Dataview's form"],
    ["🔁 every week", "recurrence"],
    ["🔁 every 2 weeks on Monday, Friday when done", "recurrence with commas"],
    ["🆔 abc-1_x", "id"],
    ["⛔ abc", "depends on one"],
    ["⛔ abc,def, g-h", "depends on several"],
    ["🏁 delete", "on completion"],
    ["[scheduled:: 2026-11-20]", "scheduled, Dataview's form"],
    ["(start:: 2026-11-20)", "start, in round brackets"],
    ["[created:: 2026-11-01]", "created, Dataview's form"],
    ["[completion:: 2026-11-21]", "done, Dataview's form"],
    ["[cancelled:: 2026-11-21]", "cancelled, Dataview's form"],
    ["[priority:: high]", "priority, Dataview's form"],
    ["[repeat:: every day]", "recurrence, Dataview's form"],
    ["[id:: abc]", "id, Dataview's form"],
    ["[dependsOn:: abc, def]", "depends on, Dataview's form"],
    ["[onCompletion:: keep]", "on completion, Dataview's form"],
    ["^block-1", "a block id"],
    ["⏳ -8d", "scheduled, an offset kept from the template"],
    ["🛫 -3w", "start, an offset kept from the template"],
  ])("%s (%s) is left out", (mark) => {
    expect(shown(`Send the invite ${mark}`)).toBe("Send the invite");
    // Right after the words too, and with the emoji's variation selector.
    if (!mark.startsWith("^") && !mark.startsWith("[") && !mark.startsWith("(")) {
      expect(shown(`Send the invite${mark}`)).toBe("Send the invite");
      const [emoji = "", ...rest] = [...mark];
      expect(shown(`Send the invite ${emoji}\ufe0f${rest.join("")}`)).toBe("Send the invite");
    }
  });

  it("reads Tasks' own example down to its description, in any order of fields", () => {
    const line =
      "Do exercises #todo #health 🆔 abcdef ⛔ 123456,abc123 🔼 🔁 every day when done ➕ 2023-07-01 🛫 2023-07-02 ⏳ 2023-07-03 📅 2023-07-04 ❌ 2023-07-06 ✅ 2023-07-05 ^dcf64c";
    expect(shown(line)).toBe("Do exercises #todo #health");
    expect(shown("Do exercises ⏳ 2023-07-03 🔼 [id:: a] 🛫 2023-07-02 🔁 every week")).toBe("Do exercises");
  });

  it("keeps the tags met among the fields, at the end of the description, in their order", () => {
    expect(shown("Do something #tag1 📅 2026-11-20 #tag2 ⏳ 2026-11-19 #tag3 🔼")).toBe("Do something #tag1 #tag2 #tag3");
    expect(shown("Post on LinkedIn #social")).toBe("Post on LinkedIn #social");
  });

  it("leaves a line with no field exactly as written", () => {
    for (const line of ["Send  the invite", "Issue #12 and #13", "Rate it 5/5 ^", "a::b", "Item 2026-11-20", "Watch 🎬 the replay", "Clap 👏"]) {
      expect(shown(line)).toBe(line);
    }
  });
});

describe("what stays in the description", () => {
  it("a mark followed by plain words", () => {
    expect(shown("Move ⏳ 2026-11-20 to Friday")).toBe("Move ⏳ 2026-11-20 to Friday");
    expect(shown("Ask 🔼 about the talk")).toBe("Ask 🔼 about the talk");
    expect(shown("Say 🔁 every week. Then go")).toBe("Say 🔁 every week. Then go");
    // A recurrence rule is words, so Tasks reads the words after 🔁 up to the end as its rule.
    expect(shown("Say 🔁 every week is fine then go")).toBe("Say");
    // …while the fields after the words still go.
    expect(shown("Move ⏳ 2026-11-20 to Friday ⏳ 2026-11-18 🔼")).toBe("Move ⏳ 2026-11-20 to Friday");
  });

  it("a mark inside inline code, and whatever comes before it", () => {
    expect(shown("Explain `⏳ 2026-11-20`")).toBe("Explain `⏳ 2026-11-20`");
    expect(shown("Explain `🔼`")).toBe("Explain `🔼`");
    expect(shown("Explain `[scheduled:: 2026-11-20]`")).toBe("Explain `[scheduled:: 2026-11-20]`");
    expect(shown("Explain `x` 🔼 ⏳ 2026-11-20")).toBe("Explain `x`");
    expect(shown("Explain `a ⏳ 2026-11-20` 🔼 ⏳ 2026-11-21")).toBe("Explain `a ⏳ 2026-11-20`");
  });

  it("what Tasks would not read: a bad value, an unknown key, a value of the wrong kind", () => {
    for (const line of [
      "Book it ⏳ soon",
      "Book it 🛫 2026-11",
      "Book it [scheduled:: soon]",
      "Book it [guest:: Ann]",
      "Book it [priority:: urgent]",
      "Book it [scheduled:: 2026-11-20)",
      "Book it ✅ 2026-11-20 10:00",
      "Book it ⛔ a,,b",
      "Book it 🏁",
      "Book it ✅ -3d",
      "Book it ⏳ 3x",
    ]) {
      expect(shown(line)).toBe(line);
    }
  });

  it("a deadline that cannot be read (readLineDue's problem) stays, the fields after it go", () => {
    expect(shown("Send it 📅 soon ⏳ 2026-11-20")).toBe("Send it 📅 soon");
  });
});

describe("where the shown text is used", () => {
  const note = [
    "---",
    "date: 2026-11-27",
    "---",
    "Guest:: Ann",
    "## Checklist",
    "- [ ] Send the invite ⏳ 2026-11-20 🔼 #prep",
    "- [ ] Post on LinkedIn 🔁 every week 📅 2026-11-25",
    "- [x] Book the studio ✅ 2026-11-02",
    "",
  ].join("\n");

  it("the reader's item text, the index's open item and the next item agree", () => {
    const episode = readNote("GOH 30 - Topic.md", note);
    expect(episode.tasks.map((t) => t.text)).toEqual(["Send the invite #prep", "Post on LinkedIn", "Book the studio"]);
    expect(episode.tasks[1]?.due).toBe("2026-11-25");
    const record = recordOf("GOH 30 - Topic.md", note);
    expect(record.open.tasks().map((t) => t.text)).toEqual(["Send the invite #prep", "Post on LinkedIn"]);
    expect(readLine("- [ ] Send the invite ⏳ 2026-11-20 🔼 #prep").text).toBe("Send the invite #prep");
  });

  it("the tick still finds the item by its raw line, its fields kept", () => {
    const episode = readNote("GOH 30 - Topic.md", note);
    const ref = taskRefsOf(episode, note)[0];
    expect(ref?.raw).toBe("- [ ] Send the invite ⏳ 2026-11-20 🔼 #prep");
    const ticked = ref ? toggleTaskInText(note, ref, "done") : null;
    expect(ticked?.ok && ticked.text.split("\n")[5]).toBe("- [x] Send the invite ⏳ 2026-11-20 🔼 #prep");
  });
});

describe("for every line", () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9,.!?'-]{0,8}$/);
  const description = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
  const field = fc.constantFrom(
    "🔼",
    "⏫️",
    "⏳ 2026-11-20",
    "🛫2026-11-20",
    "➕ 2026-11-01",
    "✅ 2026-11-21",
    "❌ 2026-11-21",
    "⏰ 2026-11-20 10:00",
    "📅 2026-11-27",
    "[due:: 2026-11-27]",
    "🔁 every week",
    "🆔 abc",
    "⛔ a, b",
    "🏁 keep",
    "[scheduled:: 2026-11-20]",
    "(repeat:: every day)",
  );

  it("the description comes back whatever fields follow it, in any order", () => {
    fc.assert(
      fc.property(description, fc.array(field, { maxLength: 8 }), (words, fields) => {
        expect(shown([words, ...fields].join(" "))).toBe(words);
      }),
      { numRuns: 2000 },
    );
  });

  it("with no field but the deadline marks, the text is what it was before (withoutMarks)", () => {
    const piece = fc.oneof(word, fc.constantFrom("📅 2026-11-27", "[due:: 2026-11-27]", "(due:: -3d)", "📅 soon", "#prep", "`📅 2026-11-01`", "🎬", "  "));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const line = pieces.join(" ").trim();
        expect(shown(line)).toBe(withoutMarks(line, readLineDue(line).spans));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a line of any length in linear time: long runs of emoji, spaces and fields", () => {
    const LIMIT = 8;
    const families: ((n: number) => string)[] = [
      (n) => `a${" 🔼".repeat(n)}`,
      (n) => `a${" ".repeat(n)}🔼`,
      (n) => `${"⏳ ".repeat(n)}2026-11-20`,
      (n) => `🔁${" a".repeat(n)} #t`.repeat(1) + " 🔼",
      (n) => `${"a,".repeat(n)}b 🔼`,
      (n) => `${"⛔ ".repeat(n)}a`,
      (n) => `${"(".repeat(n)}a) #t`.repeat(2),
      (n) => `x ${"#t ".repeat(n)}🔼`,
      (n) => `${"`".repeat(n)} 🔼 ${"`".repeat(n)} ⏳ 2026-11-20`,
      (n) => `${"a ⏳ 2026-11-20 ".repeat(n)}🔼`,
      (n) => `⏳ ${"ab".repeat(n)} ${"🛫 -3w ".repeat(n)}#t`,
    ];
    for (const make of families) {
      expect(bestGrowth((line: string) => shown(line), whole(make), 2000, LIMIT)).toBeLessThan(LIMIT);
    }
  });
});
