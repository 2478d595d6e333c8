// A `time:` property the reader cannot take is no longer dropped without a word: the
// sidebar, agenda and snippets would use the show's usual hour. The warning names the
// property and its line, as the invite export's refusal does (one rule: the reader's).
import { describe, expect, it } from "vitest";
import { readNote } from "../support/notes";
import { propertyAlerts } from "../../src/core/sidebar/reading-alerts";
import { unreadNoteTime } from "../../src/core/snippets/invite-start";

const note = (time: string) => `---\nurl: https://example.com\ndate: 2024-01-05\ntime: ${time}\n---\n- [ ] Book the guest\n`;

describe("an unreadable time property", () => {
  it.each(["25:00", "noon", "13.00", "TBD", "12:60"])("time: %s → a warning naming the property and line 4", (value) => {
    const episode = readNote("x.md", note(value));
    expect(episode.time).toBeNull();
    expect(episode.warnings).toEqual([
      `The frontmatter time “${value}” (line 4) is not a time like 13:00; the show's usual time is used.`,
    ]);
  });

  it("is shown on the sidebar row, as the other property warnings are", () => {
    const episode = readNote("x.md", note("noon"));
    expect(propertyAlerts(episode.readerWarnings).map((a) => a.message)).toEqual(episode.warnings);
  });

  it("agrees with the invite export: a warning exactly when the invite refuses", () => {
    for (const value of ["25:00", "noon", "13.00", "TBD", "9:05", "23:59", "00:00", '""']) {
      const text = note(value);
      const episode = readNote("x.md", text);
      expect(episode.warnings.length > 0, value).toBe(unreadNoteTime(episode, text) !== null);
    }
  });

  it("says nothing for a readable, empty or absent time, or when the date carries the time", () => {
    for (const text of [note("9:05"), note('""'), note(""), "---\ndate: 2024-01-05\n---\n", "---\ndate: 2024-01-05T10:00\ntime: noon\n---\n"]) {
      expect(readNote("x.md", text).warnings, text).toEqual([]);
    }
  });
});
