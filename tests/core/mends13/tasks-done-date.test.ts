// A tick keeps the Tasks plugin's conventions (src/core/tick/tasks-fields.ts, toggle.ts):
// on a line that carries Tasks fields it adds `✅ <today>` last among them (before a block
// link), an untick takes it away, a plain item changes by its status character alone, and
// an item with a `🔁` rule is refused with the note unchanged. The real notes of the
// walk10 vault (Tasks emoji everywhere) are ticked item by item.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasTasksFields, tasksSetsDoneDate, withDoneDate, withoutDoneDate } from "../../../src/core/tick/tasks-fields";
import { setTaskStatus, tickInText, tickedLine, toggleTaskInText } from "../../../src/core/tick/toggle";
import { refusalNotice } from "../../../src/core/tick/refusals";
import { refsOf } from "../tick-refs";
import { walk10Vault } from "../../fixtures/walk10-vault/generate.mjs";

const TODAY = "2025-03-03";

describe("a tick on a Tasks line", () => {
  it.each([
    ["- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27", "- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-03"],
    ["- [ ] Book the room 🛫 2025-02-20", "- [x] Book the room 🛫 2025-02-20 ✅ 2025-03-03"],
    ["- [ ] Draft the intro ➕ 2025-02-01", "- [x] Draft the intro ➕ 2025-02-01 ✅ 2025-03-03"],
    ["- [ ] Send the contract ⏫", "- [x] Send the contract ⏫ ✅ 2025-03-03"],
    ["  - [ ] Nested 📅 2025-03-01", "  - [x] Nested 📅 2025-03-01 ✅ 2025-03-03"],
    // Tasks keeps a block link last: the done date goes before it.
    ["- [ ] Post 📅 2025-03-01 ^post-1", "- [x] Post 📅 2025-03-01 ✅ 2025-03-03 ^post-1"],
    // Trailing spaces stay where they were, after the date.
    ["- [ ] Post 📅 2025-03-01  ", "- [x] Post 📅 2025-03-01 ✅ 2025-03-03  "],
  ])("%s → ✅ today, last of its fields", (line, ticked) => {
    expect(tickedLine(line, "done", TODAY)).toBe(ticked);
  });

  it.each([
    "- [ ] Post on LinkedIn",
    // An emoji in the words, with no date after it, is no Tasks field.
    "- [ ] Put the 📅 invite in the calendar",
    "- [ ] Bring the ⏳ sand timer",
    "* [ ] Reply to 2025-03-01's mail",
  ])("a line without Tasks fields changes by its status character only: %s", (line) => {
    expect(tickedLine(line, "done", TODAY)).toBe(setTaskStatus(line, "done"));
  });

  it("adds nothing when Tasks' “set done date” is off (no date given), and never a second done date", () => {
    expect(tickedLine("- [ ] Post 📅 2025-03-01", "done", null)).toBe("- [x] Post 📅 2025-03-01");
    expect(tickedLine("- [ ] Post 📅 2025-03-01 ✅ 2025-02-28", "done", TODAY)).toBe("- [x] Post 📅 2025-03-01 ✅ 2025-02-28");
  });

  it("an untick takes the done date away (the spaces before it too), as Tasks does", () => {
    expect(tickedLine("- [x] Post 📅 2025-03-01 ✅ 2025-03-03", "open")).toBe("- [ ] Post 📅 2025-03-01");
    expect(tickedLine("- [x] Post 📅 2025-03-01 ✅ 2025-03-03 ^post-1", "open")).toBe("- [ ] Post 📅 2025-03-01 ^post-1");
    expect(tickedLine("- [x] Post ✅ soon", "open")).toBe("- [ ] Post ✅ soon");
  });

  it("for every line, ticking then unticking gives it back; a line without Tasks fields differs by one character", () => {
    const piece = fc.constantFrom("Post", " ", "📅", "⏳", "🛫", "➕", "⏫", "🔽", "✅", "2025-03-01", " 2025-03-01", "^id", " ^id", "-", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = `- [ ] ${pieces.join("")}`;
        const ticked = tickedLine(line, "done", TODAY) ?? "";
        if (/✅\uFE0F? *\d{4}-\d{2}-\d{2}/u.test(line)) return;
        expect(tickedLine(ticked, "open")).toBe(line);
        if (!hasTasksFields(line)) expect(ticked).toBe(setTaskStatus(line, "done"));
        else expect(ticked.length).toBe(line.length + ` ✅ ${TODAY}`.length);
      }),
    );
  });
});

describe("a tick on a recurring item", () => {
  const TEXT = "## After the show\n- [ ] Check the comments 🔁 every week 📅 2025-03-04\n- [ ] Thank-you note 📅 2025-03-05\n";

  it("is refused with the note unchanged, and the notice says it repeats and where to tick it", () => {
    const [recurring] = refsOf(TEXT);
    if (!recurring) throw new Error("no ref");
    expect(tickInText(TEXT, recurring, "done", TODAY)).toEqual({ ok: false, kind: "repeats", line: 1 });
    expect(toggleTaskInText(TEXT, recurring, "done", TODAY)).toEqual({
      ok: false,
      reason: "It repeats (🔁): ticked here its recurrence would end, as only the Tasks plugin writes the next occurrence, so the note was not changed.",
    });
    expect(refusalNotice(recurring, "repeats")).toMatch(/so the note was not changed\. Open the note and tick it there\.$/);
  });

  it("the item next to it is ticked, with its done date", () => {
    const thanks = refsOf(TEXT)[1];
    if (!thanks) throw new Error("no ref");
    expect(tickInText(TEXT, thanks, "done", TODAY)).toEqual({ ok: true, line: 2, text: TEXT.replace("📅 2025-03-05", "📅 2025-03-05 ✅ 2025-03-03").replace("- [ ] Thank", "- [x] Thank") });
  });
});

describe("the walk10 vault's real notes, every open item ticked", () => {
  const notes = Object.entries(walk10Vault()).filter(([path]) => path.endsWith(".md"));

  it("changes only the item's line: its status, and ✅ today when it has Tasks fields; a 🔁 item is refused", () => {
    let dated = 0;
    let plain = 0;
    let refused = 0;
    for (const [, text] of notes) {
      const lines = text.split("\n");
      for (const ref of refsOf(text).filter((r) => /\[ \]/.test(r.raw))) {
        const result = tickInText(text, ref, "done", TODAY);
        if (ref.raw.includes("🔁")) {
          expect(result).toMatchObject({ ok: false, kind: "repeats" });
          refused++;
          continue;
        }
        if (!result.ok) throw new Error(`refused ${ref.raw}`);
        const after = result.text.split("\n");
        expect(after.filter((l, i) => l !== lines[i])).toEqual([after[ref.line]]);
        const expected = hasTasksFields(ref.raw) ? withDoneDate(setTaskStatus(ref.raw, "done") ?? "", TODAY) : setTaskStatus(ref.raw, "done");
        expect(after[ref.line]).toBe(expected);
        if (hasTasksFields(ref.raw)) dated++;
        else plain++;
      }
    }
    // The vault holds all three kinds.
    expect([dated > 10, plain > 10, refused > 0]).toEqual([true, true, true]);
  });
});

describe("Tasks' “Set done date on every completed task”, from its data.json", () => {
  it.each([
    [null, true],
    ["{}", true],
    ['{"setDoneDate":true}', true],
    ['{"setDoneDate":false,"globalFilter":""}', false],
    ["{ not json", true],
    ["null", true],
    ['"setDoneDate"', true],
  ])("%s → %s", (data, on) => {
    expect(tasksSetsDoneDate(data)).toBe(on);
  });
});

describe("withoutDoneDate", () => {
  it("takes the first done date only, and leaves a ✅ with no date", () => {
    expect(withoutDoneDate("- [ ] a ✅ x ✅ 2025-01-01 b")).toBe("- [ ] a ✅ x b");
  });
});

describe("the done date rides on the verified tick", () => {
  // The item is found and verified exactly as before (toggle.ts); the done date only
  // changes what is written on the line found. So with any edit made after the list was
  // drawn, a tick with a done date lands where one without lands, or both are refused.
  const notes = Object.values(walk10Vault()).filter((text) => text.includes("- [ ]") && text.includes("📅"));
  const LINE = fc.constantFrom("", "- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27", "- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-02-26", "## Prep", "Notes", "- [ ] Check the comments on the video 🔁 every week 📅 2025-03-04");

  it("lands on the same line as a plain tick, or is refused as it is; only that line differs", () => {
    fc.assert(
      fc.property(fc.nat(notes.length - 1), fc.nat(), fc.nat(), fc.constantFrom("insert", "delete", "replace"), LINE, (which, pick, at, edit, typed) => {
        const text = notes[which] ?? "";
        const refs = refsOf(text).filter((r) => r.raw.includes("[ ]"));
        const ref = refs[pick % refs.length];
        if (!ref) return;
        const lines = text.split("\n");
        const n = at % lines.length;
        if (edit === "insert") lines.splice(n, 0, typed);
        else if (edit === "delete") lines.splice(n, 1);
        else lines[n] = typed;
        const now = lines.join("\n");
        const dated = tickInText(now, ref, "done", TODAY);
        const plain = tickInText(now, ref, "done", null);
        expect(dated.ok).toBe(plain.ok);
        if (!dated.ok || !plain.ok) return;
        expect(dated.line).toBe(plain.line);
        const a = dated.text.split("\n");
        const b = plain.text.split("\n");
        expect(a.filter((l, i) => l !== b[i])).toEqual(hasTasksFields(ref.raw) ? [withDoneDate(b[plain.line] ?? "", TODAY)] : []);
      }),
      { numRuns: 1000 },
    );
  });
});
