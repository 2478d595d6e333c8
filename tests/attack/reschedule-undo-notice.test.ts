// @vitest-environment happy-dom
// "Undo last reschedule" names only what it put back: a reschedule that moved the date
// alone is not undone as "date, time and deadlines".
import { describe, expect, it } from "vitest";
import { restoredParts } from "../../src/core/reschedule/undo";
import { reschedule, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

describe("undo notice", () => {
  it("after a date-only reschedule names the date and the open items, not the time", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    await undo(h);
    const notice = notePart(h.noticeMessages().at(-1) ?? "");
    expect(notice).toContain("the note's date");
    expect(notice).toContain("open items' dates");
    expect(notice).not.toMatch(/\btime\b/);
  });

  it("after a time-only reschedule names the time, not the date or the deadlines", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-15", "17:30");
    await undo(h);
    const notice = notePart(h.noticeMessages().at(-1) ?? "");
    expect(notice).toContain("the note's time restored");
    expect(notice).not.toMatch(/\bdate\b|deadline/);
  });
});

/** The notice's first part, the note's own (the invite's part says "back at the old time" in both cases). */
function notePart(notice: string): string {
  expect(notice).toMatch(/^Reschedule undone: /);
  return notice.split(";")[0] ?? "";
}

describe("restoredParts", () => {
  const task = (raw: string) => ({ raw });
  it("a date moved with no dated item (a template without 📅) names the date alone", () => {
    const items = [task("- [ ] Invite the guest")];
    expect(restoredParts({ date: "2024-02-15", time: null, tasks: items }, { date: "2024-02-22", time: null, tasks: items })).toBe("the note's date restored");
  });
  it("date, time and items all moved names all three", () => {
    expect(restoredParts({ date: "2024-02-15", time: "16:00", tasks: [task("- [ ] a 📅 2024-02-10")] }, { date: "2024-02-22", time: "17:30", tasks: [task("- [ ] a 📅 2024-02-17")] })).toBe(
      "the note's date and time and the open items' dates restored",
    );
  });
});

describe("undo notice for a note dated by its name", () => {
  it("names the date (read under the old name, the text before the reschedule has the old date)", async () => {
    const h = await setUp();
    const path = "CafeConGrafana/Episodes/CCG 013 - 240222 - Named.md";
    await h.app.vault.create(path, "---\ndate:\n---\nGuest:: Ana Ruiz\n\n## Checklist\n\n- [ ] Invite the guest\n");
    await h.openFile(path);
    await reschedule(h, "2024-02-29");
    await undo(h);
    const notice = notePart(h.noticeMessages().at(-1) ?? "");
    expect(notice).toBe("Reschedule undone: the note's date restored");
  });
});
