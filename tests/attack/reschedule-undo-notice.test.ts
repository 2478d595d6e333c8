// @vitest-environment happy-dom
// "Undo last reschedule" names only what it put back: a reschedule that moved the date
// alone is not undone as "date, time and deadlines".
import { describe, expect, it } from "vitest";
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
