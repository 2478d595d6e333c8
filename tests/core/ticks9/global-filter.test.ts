// Tasks' global filter in a tick (src/core/tick/tasks-settings.ts, toggle.ts). With a
// filter set, Tasks takes only lines whose text after the checkbox holds it (a plain,
// case-sensitive substring test, as its own GlobalFilter.includedIn) for tasks; any other
// checklist item is a plain checkbox to it: no `✅ date` on a tick, none taken away on an
// untick, and a `🔁` rule is no rule (Tasks' own toggle ticks it without a next
// occurrence), so it is not refused. A line holding the filter is ticked exactly as with
// no filter at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTasksTask, tasksSettings } from "../../../src/core/tick/tasks-settings";
import { setTaskStatus, tickInText, tickedLine, toggleTaskInText } from "../../../src/core/tick/toggle";
import { refsOf } from "../tick-refs";
import { walk10Vault } from "../../fixtures/walk10-vault/generate.mjs";

const TODAY = "2025-03-03";

describe("Tasks' settings from its data.json", () => {
  it.each([
    [null, { setDoneDate: true, globalFilter: "" }],
    ["{ not json", { setDoneDate: true, globalFilter: "" }],
    ["[]", { setDoneDate: true, globalFilter: "" }],
    ["null", { setDoneDate: true, globalFilter: "" }],
    ['"#task"', { setDoneDate: true, globalFilter: "" }],
    ["{}", { setDoneDate: true, globalFilter: "" }],
    ['{"globalFilter":"#task"}', { setDoneDate: true, globalFilter: "#task" }],
    ['{"globalFilter":"#task","setDoneDate":false,"removeGlobalFilter":true}', { setDoneDate: false, globalFilter: "#task" }],
    // A filter of the wrong type is Tasks' default, none; spaces in one are kept, as Tasks matches them.
    ['{"globalFilter":7}', { setDoneDate: true, globalFilter: "" }],
    ['{"globalFilter":null,"setDoneDate":"no"}', { setDoneDate: true, globalFilter: "" }],
    ['{"globalFilter":"#to do "}', { setDoneDate: true, globalFilter: "#to do " }],
  ])("%s → %o", (data, settings) => {
    expect(tasksSettings(data)).toEqual(settings);
  });
});

describe("which lines Tasks takes for tasks", () => {
  it("every checklist item, with no filter; never a line that is none", () => {
    expect(isTasksTask("- [ ] Post on LinkedIn", "")).toBe(true);
    expect(isTasksTask("Post on LinkedIn #task", "")).toBe(false);
    expect(isTasksTask("- Post on LinkedIn #task", "#task")).toBe(false);
  });

  it.each([
    ["- [ ] Post on LinkedIn #task", true],
    ["- [ ] #task Post on LinkedIn", true],
    ["> - [x] Post #task 📅 2025-03-01", true],
    ["1. [ ] Post #task", true],
    // A substring, not a tag: a longer tag, a nested tag, a word that runs into it all hold it.
    ["- [ ] Post #tasks", true],
    ["- [ ] Post #task/home", true],
    ["- [ ] Post a#task", true],
    // Case counts.
    ["- [ ] Post #Task", false],
    ["- [ ] Post #TASK", false],
    ["- [ ] Post on LinkedIn", false],
    ["- [ ] Post #tas k", false],
  ])("%s: %s with the filter #task", (line, taken) => {
    expect(isTasksTask(line, "#task")).toBe(taken);
  });

  it("looks at the text after the checkbox only, as Tasks does", () => {
    // The filter "[ ]" is in every unticked line's checkbox, and in no text after it here.
    expect(isTasksTask("- [ ] Post", "[ ]")).toBe(false);
    expect(isTasksTask("- [ ] Post [ ] twice", "[ ]")).toBe(true);
    // The spaces right after the checkbox are not part of the text.
    expect(isTasksTask("- [ ]   Post", "  Post")).toBe(false);
    expect(isTasksTask("- [ ]   Post  it", "  it")).toBe(true);
  });
});

describe("a tick with a global filter", () => {
  const LEFT_OUT = "- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27";
  const HELD = "- [ ] Thumbnail #task ⏳ 2025-02-25 📅 2025-02-27";

  it("dates a line holding the filter, and not one without it", () => {
    expect(tickedLine(HELD, "done", TODAY, "#task")).toBe(`- [x] Thumbnail #task ⏳ 2025-02-25 📅 2025-02-27 ✅ ${TODAY}`);
    expect(tickedLine(LEFT_OUT, "done", TODAY, "#task")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27");
    // With no filter, both are Tasks lines, as before.
    expect(tickedLine(LEFT_OUT, "done", TODAY, "")).toBe(`- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ ${TODAY}`);
  });

  it("takes a done date away on an untick only from a line holding the filter", () => {
    expect(tickedLine("- [x] Post #task 📅 2025-03-01 ✅ 2025-03-02", "open", null, "#task")).toBe("- [ ] Post #task 📅 2025-03-01");
    expect(tickedLine("- [x] Post 📅 2025-03-01 ✅ 2025-03-02", "open", null, "#task")).toBe("- [ ] Post 📅 2025-03-01 ✅ 2025-03-02");
  });

  it("gives no date to a plain item holding the filter, as a plain item never gets one here", () => {
    expect(tickedLine("- [ ] Post #task", "done", TODAY, "#task")).toBe("- [x] Post #task");
  });

  const TEXT = "## After the show\n- [ ] Check the comments 🔁 every week 📅 2025-03-04\n- [ ] Check the chat #task 🔁 every week 📅 2025-03-04\n";

  it("ticks a `🔁` line the filter leaves out as Tasks does, a plain checkbox; refuses one holding it", () => {
    const [plain, held] = refsOf(TEXT);
    if (!plain || !held) throw new Error("no refs");
    expect(tickInText(TEXT, plain, "done", TODAY, "#task")).toEqual({ ok: true, line: 1, text: TEXT.replace("- [ ] Check the comments", "- [x] Check the comments") });
    expect(tickInText(TEXT, held, "done", TODAY, "#task")).toEqual({ ok: false, kind: "repeats", line: 2 });
    // No filter: both repeat for Tasks, both refused.
    expect(tickInText(TEXT, plain, "done", TODAY, "")).toEqual({ ok: false, kind: "repeats", line: 1 });
    expect(toggleTaskInText(TEXT, held, "done", TODAY, "#task").ok).toBe(false);
  });
});

describe("for every line and filter", () => {
  const piece = fc.constantFrom("Post", " ", "#task", "#Task", "#tasks", "task", "#", "📅", "⏳", "⏫", "🔁", "✅", "2025-03-01", " 2025-03-01", " ^id", "[ ]", "x");
  const filter = fc.constantFrom("#task", "#Task", "task", "📅", "[ ]", " ", "x y");
  const line = fc.tuple(fc.constantFrom("- [ ] ", "- [x] ", "  * [ ] ", "> 1. [x] "), fc.array(piece, { maxLength: 10 })).map(([head, pieces]) => head + pieces.join(""));

  it("a line the filter leaves out changes by its status character alone; one holding it, exactly as with no filter", () => {
    fc.assert(
      fc.property(line, filter, fc.constantFrom("done" as const, "open" as const), fc.constantFrom(TODAY, null), (text, f, to, date) => {
        const ticked = tickedLine(text, to, date, f);
        if (isTasksTask(text, f)) expect(ticked).toBe(tickedLine(text, to, date, ""));
        else expect(ticked).toBe(setTaskStatus(text, to));
      }),
      { numRuns: 2000 },
    );
  });

  it("holding the filter is what the text after the checkbox says, and no filter takes every checklist item", () => {
    fc.assert(
      fc.property(line, filter, (text, f) => {
        const after = text.slice(text.indexOf("]") + 1).replace(/^ +/, "");
        expect(isTasksTask(text, f)).toBe(after.includes(f));
        expect(isTasksTask(text, "")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the global filter rides on the verified tick", () => {
  // The item is found and verified exactly as before (toggle.ts); the filter only changes
  // what is written on the line found, or lets a `🔁` line it leaves out be ticked. So with
  // any edit made after the list was drawn, a tick with a filter lands where one without
  // lands (or is refused as it is), and differs from it on that line alone.
  const notes = Object.values(walk10Vault()).filter((text) => text.includes("- [ ]") && text.includes("📅"));
  const LINE = fc.constantFrom("", "- [ ] Thumbnail #task ⏳ 2025-02-25 📅 2025-02-27", "- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-02-26", "## Prep", "Notes #task", "- [ ] Check the comments on the video 🔁 every week 📅 2025-03-04");
  const FILTER = fc.constantFrom("#task", "📅", "the", "Thumbnail", "zzz");
  let ticked = 0;
  let refused = 0;

  it("lands on the same line as a tick with no filter, or both are refused; only that line may differ", () => {
    fc.assert(
      fc.property(fc.nat(notes.length - 1), fc.nat(), fc.nat(), fc.constantFrom("insert", "delete", "replace"), LINE, FILTER, fc.constantFrom("done" as const, "open" as const), (which, pick, at, edit, typed, filter, to) => {
        const text = notes[which] ?? "";
        const refs = refsOf(text);
        const ref = refs[pick % refs.length];
        if (!ref) return;
        const lines = text.split("\n");
        const n = at % lines.length;
        if (edit === "insert") lines.splice(n, 0, typed);
        else if (edit === "delete") lines.splice(n, 1);
        else lines[n] = typed;
        const now = lines.join("\n");
        const filtered = tickInText(now, ref, to, TODAY, filter);
        const unfiltered = tickInText(now, ref, to, TODAY, "");
        // The one difference allowed in what is refused: a `🔁` line the filter leaves out.
        if (!unfiltered.ok && unfiltered.kind === "repeats" && !isTasksTask(ref.raw, filter)) {
          expect(filtered).toMatchObject({ ok: true, line: unfiltered.line });
        } else {
          expect(filtered.ok).toBe(unfiltered.ok);
          if (!filtered.ok || !unfiltered.ok) {
            refused++;
            return;
          }
          expect(filtered.line).toBe(unfiltered.line);
        }
        if (!filtered.ok) return;
        ticked++;
        const before = now.split("\n");
        const after = filtered.text.split("\n");
        expect(after.length).toBe(before.length);
        // Only the ticked line changed, and it is the ref's line ticked as the filter says.
        const line = tickedLine(ref.raw, to, TODAY, filter);
        // (An untick of an open item, or a tick of a done one, leaves it as it was.)
        expect(after.filter((l, i) => l !== before[i])).toEqual(line === ref.raw ? [] : [line]);
      }),
      { numRuns: 2000 },
    );
    // Both outcomes were met: the property did not hold by refusing everything.
    expect(ticked).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(0);
  });
});
