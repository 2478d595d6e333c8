// After the show: the sidebar's chapter warning (through episodeStatus, as the sidebar
// and the report get it) and the after-show item the opt-in auto-tick may tick.
import { describe, expect, it } from "vitest";
import { episodeStatus } from "../../../src/core/status/status";
import { chapterAlerts, chapterTaskToTick, chaptersAskedFor } from "../../../src/core/live/after-show";
import { GOH16, GOH25, GOH30, CCG005, fiveShows, liveNote } from "./fixtures";
import { readNote, recordOf } from "../../support/notes";

const RULES = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };
const dated = (text: string, date: string) => text.replace(/^date:.*$/m, `date: ${date}`);

function chapterMessages(path: string, text: string, today: string): string[] {
  return episodeStatus(readNote(path, text), today, RULES).alerts.map((a) => a.message).filter((m) => /chapter/i.test(m));
}

describe("the sidebar's chapter warning", () => {
  it("says a past episode has no chapters yet when its show does chapters", () => {
    expect(chapterMessages(GOH25, fiveShows(GOH25), "2024-01-10")).toEqual(["No chapters yet"]);
  });

  it("says nothing before the show", () => {
    expect(chapterMessages(GOH25, fiveShows(GOH25), "2024-01-01")).toEqual([]);
  });

  it("says nothing for a past GOH 16, whose chapters are valid", () => {
    expect(chapterMessages(GOH16, dated(fiveShows(GOH16), "2023-10-20"), "2024-01-10")).toEqual([]);
  });

  it("says why YouTube would refuse the chapters, for a past episode", () => {
    expect(chapterMessages(GOH30, dated(fiveShows(GOH30), "2024-03-01"), "2024-03-10")).toEqual([
      "YouTube would refuse the chapters: Only 1 chapter; YouTube needs at least 3.",
    ]);
    expect(chapterMessages("d.md", `---\ndate: 2024-03-01\n---\n${liveNote("duplicates.md")}`, "2024-03-10")).toEqual([
      "YouTube would refuse the chapters: Line 12 repeats line 11 (00:05:00 Setup); remove one. (and 2 more)",
    ]);
  });

  it("counts an ended show as over on its own day", () => {
    const text = dated(fiveShows(GOH25), "2024-01-05").replace("---\nurl:", "---\nlive: 2024-01-05T13:00:00Z\nended: 2024-01-05T14:00:00Z\nurl:");
    expect(chapterMessages(GOH25, text, "2024-01-05")).toEqual(["No chapters yet"]);
  });

  it("leaves a show that does no chapters alone", () => {
    const text = "---\ndate: 2024-01-05\n---\n# Podcast\n\nGuest:: Ann\n\n## After the show\n\n- [ ] Upload the audio\n";
    expect(chapterAlerts(readNote("p.md", text), true)).toEqual([]);
    // CCG 005's after-show list asks for timestamps ("Agregar timestamps al video"): it does chapters.
    expect(chapterAlerts(readNote(CCG005, fiveShows(CCG005)), true)).toEqual([{ severity: "soon", message: "No chapters yet" }]);
  });
});

describe("the after-show item the auto-tick may tick", () => {
  const withChapters = (count: number) => {
    const lines = Array.from({ length: count }, (_, i) => `00:${String(i * 2).padStart(2, "0")}:00 Chapter ${i + 1}`);
    return fiveShows(GOH25).replace("## Timestamps\n\n", `## Timestamps\n\n${lines.join("\n")}\n`);
  };

  it("is GOH 25's “Add timestamps to the video (at least four)” once four valid chapters exist and the show is over", () => {
    const four = recordOf(GOH25, withChapters(4));
    expect(chapterTaskToTick(four, true)?.task.text).toBe("Add timestamps to the video (at least four).");
    expect(chapterTaskToTick(four, false)).toBeNull();
    // Three chapters are valid for YouTube but the item asks for four.
    expect(chapterTaskToTick(recordOf(GOH25, withChapters(3)), true)).toBeNull();
  });

  it("is GOH 16's open item: the real note has 18 valid chapters and the item was never ticked", () => {
    expect(chapterTaskToTick(recordOf(GOH16, fiveShows(GOH16)), true)?.task.line).toBe(124);
  });

  it("is none while the chapters have a problem, or once the item is done", () => {
    const ticked = fiveShows(GOH16).replace("- [ ] Add timestamps to the video", "- [x] Add timestamps to the video");
    expect(chapterTaskToTick(recordOf(GOH16, ticked), true)).toBeNull();
    const broken = withChapters(5).replace("00:02:00 Chapter 2", "00:99:00 Chapter 2");
    expect(chapterTaskToTick(recordOf(GOH25, broken), true)).toBeNull();
  });

  it("reads the number an item asks for, in English and Spanish", () => {
    expect(["(at least four)", "(minimo 4)", "(mínimo 6)", "at least 2", "add them"].map(chaptersAskedFor)).toEqual([4, 4, 6, 3, 3]);
  });
});
