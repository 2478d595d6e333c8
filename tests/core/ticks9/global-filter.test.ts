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
