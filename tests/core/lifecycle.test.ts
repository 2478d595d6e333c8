// The episode lifecycle (status/lifecycle.ts): each state from the note and the day,
// each rule on both sides of its boundary, the `status` property and its synonyms, and
// the rules for placeholders and undated notes.
import { describe, expect, it } from "vitest";
import { lifecycle, statusProperty, EPISODE_STATES, type LifecycleClock } from "../../src/core/status/lifecycle";
import { isPlaceholderTitle, isVideoUrl } from "../../src/core/status/placeholders";
import { readNote } from "../support/notes";
import { addDays } from "../../src/core/time/calendar-date";

const SHOW_DAY = "2024-01-05";

interface Parts {
  name?: string;
  date?: string | null;
  url?: string | null;
  status?: string;
  live?: string;
  ended?: string;
  prep?: string[];
  after?: string[];
  chapters?: string[];
  body?: string[];
}

function note({ name = "GOH 25 - Beyla", date = SHOW_DAY, url = "https://youtube.com/live/ZEUzucqXUnQ", status, live, ended, prep = [" "], after = [" "], chapters = [], body = [] }: Parts = {}) {
  const items = (marks: string[]) => marks.map((m, i) => `- [${m}] item ${i + 1}`);
  const text = [
    "---",
    ...(date ? [`date: ${date}`] : ["date:"]),
    ...(url === null ? [] : [`url: ${url}`]),
    ...(status === undefined ? [] : [`status: ${status}`]),
    ...(live === undefined ? [] : [`live: ${live}`]),
    ...(ended === undefined ? [] : [`ended: ${ended}`]),
    "---",
    "Guest:: Nikola Grcevski",
    ...body,
    "## Checklist",
    ...items(prep),
    "## After the show",
    ...items(after),
    "## Timestamps",
    ...chapters,
    "",
  ].join("\n");
  return readNote(`${name}.md`, text);
}

/** The clock `daysBefore` days before the show (negative: after), at noon UTC. */
function clockAt(daysBefore: number, nowMs: number | null = null): LifecycleClock {
  const today = addDays(SHOW_DAY, -daysBefore) ?? "";
  return { today, nowMs: nowMs ?? Date.parse(`${today}T12:00:00Z`), timeZone: "UTC" };
}

const stateAt = (parts: Parts, daysBefore: number) => lifecycle(note(parts), clockAt(daysBefore)).state;

describe("the state derived from the note and the day", () => {
  it.each([
    [30, "scheduled"],
    [1, "scheduled"],
    [0, "live"],
    [-1, "published"],
    [-400, "published"],
  ])("%d days before the show, with after-show items open and a video link: %s", (days, state) => {
    expect(stateAt({}, days)).toBe(state);
  });

  it("is aired without a video link, and done once no after-show item is open, whatever prep left open", () => {
    expect(stateAt({ url: null }, -1)).toBe("aired");
    expect(stateAt({ url: "https://www.youtube.com/watch?v=TBD" }, -1)).toBe("aired");
    expect(stateAt({ prep: [" ", " "], after: ["x", "-"] }, -1)).toBe("done");
    // No after-show list at all: nothing left that matters.
    expect(stateAt({ after: [] }, -1)).toBe("done");
  });

  it("gives the days to the show and whether the date is known", () => {
    expect(lifecycle(note(), clockAt(3))).toEqual({ state: "scheduled", daysUntil: 3, dateKnown: true, fromProperty: false, unknownStatus: null });
  });

  it("is an idea without a date and without any sign that the show happened", () => {
    expect(stateAt({ date: null, url: null }, 3)).toBe("idea");
    expect(stateAt({ date: null, url: "https://youtube.com/live/" }, 3)).toBe("idea");
    // The template's lone "00:00:00 Introductions" (GOH 30) is not a show's chapters.
    expect(stateAt({ date: null, url: null, chapters: ["00:00:00 Introductions"] }, 3)).toBe("idea");
  });

  it.each<[string, Parts, string]>([
    ["a real video link", { url: "https://youtube.com/live/6Ph5nvicm6M" }, "published"],
    ["an after-show item ticked", { url: null, after: ["x", " "] }, "aired"],
    ["chapters", { url: null, chapters: ["00:00:00 Intro", "00:04:04 Agent"] }, "aired"],
    ["an ended: mark", { url: null, live: "2024-01-05T13:00:00Z", ended: "2024-01-05T14:00:00Z" }, "aired"],
    ["every after-show item ticked", { url: null, after: ["x"] }, "done"],
  ])("is aired with the date unknown, not an idea, when an undated note shows %s", (_what, parts, state) => {
    const life = lifecycle(note({ ...parts, date: null }), clockAt(-10));
    expect([life.state, life.dateKnown, life.daysUntil]).toEqual([state, false, null]);
  });

  it.each(["TBD", "TBA", "[Titulo]", "Untitled", "Untitled 3", "?", "…", "xxx", "Sin título"])("is an idea with the placeholder title %j, even with a date", (title) => {
    const parseName = () => ({ code: "CCG", number: 12, numberText: "012", date: null, title });
    const episode = readNote("CCG 012.md", `---\ndate: ${SHOW_DAY}\n---\n- [ ] a\n`, { parseName });
    expect(lifecycle(episode, clockAt(3)).state).toBe("idea");
    expect(lifecycle(episode, clockAt(-3)).state).toBe("idea");
  });

  it("reads the real CCG 012 - 240215 - TBD, dated 2024-01-18, as an idea", () => {
    expect(stateAt({ name: "CCG 012 - 240215 - TBD", date: "2024-01-18" }, 3)).toBe("idea");
  });

  it("is live on the show's day until `ended:` is written, then over", () => {
    expect(stateAt({ live: "2024-01-05T13:00:00Z" }, 0)).toBe("live");
    expect(stateAt({ live: "2024-01-05T13:00:00Z", ended: "2024-01-05T14:00:00Z" }, 0)).toBe("published");
  });

  it("is live whenever a `live:` mark says the show is on air now, and over once that mark is a day old", () => {
    const live = note({ date: "2024-01-12", live: "2024-01-05T11:30:00Z" });
    expect(lifecycle(live, clockAt(0)).state).toBe("live");
    // The same mark 25 hours later was never ended: the show is over.
    expect(lifecycle(live, clockAt(-1, Date.parse("2024-01-06T12:31:00Z"))).state).toBe("scheduled");
    expect(lifecycle(note({ date: null, url: null, live: "2024-01-05T11:30:00Z" }), clockAt(-1, Date.parse("2024-01-06T12:31:00Z"))).state).toBe("aired");
  });

  it("reads an ended: mark without the clock", () => {
    const ended = note({ date: null, url: null, live: "2024-01-05T13:00:00Z", ended: "2024-01-05T14:00:00Z" });
    expect(lifecycle(ended, { today: SHOW_DAY, nowMs: null, timeZone: "UTC" }).state).toBe("aired");
  });
});

describe("the status property", () => {
  it.each(EPISODE_STATES.map((state) => [state]))("names the state %s, and wins over the date", (state) => {
    for (const days of [10, 0, -10]) {
      const life = lifecycle(note({ status: state }), clockAt(days));
      expect([life.state, life.fromProperty]).toEqual([state, true]);
    }
  });

  it.each([
    ["Cancelled", "cancelled"],
    ["CANCELED", "cancelled"],
    ["dropped", "cancelled"],
    ["cancelado", "cancelled"],
    ["draft", "idea"],
    ["Postponed", "idea"],
    ["booked", "scheduled"],
    ["on air", "live"],
    ["on-air", "live"],
    ["recorded", "aired"],
    ["released", "published"],
    ["Publicado", "published"],
    ["complete", "done"],
    ['"done"', "done"],
    ["[idea]", "idea"],
    // Unquoted, YAML reads "#published" as a comment: quoted, the tag-like word is a state.
    ["'#published'", "published"],
  ])("reads %j as %s", (value, state) => {
    expect(statusProperty(note({ status: value }))).toEqual({ state, unknown: null });
  });

  it("reads a list's first value, a key in any case, and an inline status:: field", () => {
    expect(lifecycle(readNote("x.md", "---\nstatus:\n  - done\n---\n- [ ] a\n"), clockAt(0)).state).toBe("done");
    expect(lifecycle(readNote("x.md", "---\nStatus: Cancelled\n---\n- [ ] a\n"), clockAt(0)).state).toBe("cancelled");
    expect(lifecycle(readNote("x.md", "Status:: cancelled\n- [ ] a\n"), clockAt(0)).state).toBe("cancelled");
  });

  it("takes an unknown value as no value and says so, without failing", () => {
    const life = lifecycle(note({ status: "in review" }), clockAt(3));
    expect(life).toMatchObject({ state: "scheduled", fromProperty: false, unknownStatus: "in review" });
    expect(lifecycle(note({ status: "" }), clockAt(3)).unknownStatus).toBeNull();
  });

  it("never fails on a key that only looks special", () => {
    for (const value of ["constructor", "__proto__", "toString", "42", "true"]) {
      expect(statusProperty(note({ status: value }))).toEqual({ state: null, unknown: value });
    }
  });
});

describe("placeholders", () => {
  it.each(["TBD", "tba", " [Titulo] ", "Untitled", "Untitled 12", "?", "???", "...", "…", "x", "XXX", "N/A", "sin título", "Name", "**TBD**", "<Title>"])(
    "%j is a placeholder title",
    (title) => expect(isPlaceholderTitle(title)).toBe(true),
  );

  it.each(["Govable", "TBD and beyond", "Untitled Goose Game", "X-Ray tracing", "What is next?", "Logs o Bitacoras", "k6", ""])("%j is a real title", (title) => {
    expect(isPlaceholderTitle(title)).toBe(false);
  });

  it.each([
    ["https://youtube.com/live/ZEUzucqXUnQ", true],
    ["https://www.youtube.com/watch?v=0UlUBkAETCU", true],
    ["https://youtu.be/0UlUBkAETCU", true],
    ["https://www.youtube.com/embed/LWDeIHfAC9A", true],
    ["https://vimeo.com/123456", true],
    ["https://www.youtube.com/watch?v=TBD", false],
    ["https://www.youtube.com/embed/", false],
    ["https://youtube.com/live/", false],
    ["https://www.youtube.com/watch", false],
    ["https://example.com/", false],
    ["https://example.com/xxx", false],
    ["youtu.be/abc", false],
    ["ftp://example.com/video", false],
    ["", false],
    [null, false],
  ])("%j is a video link: %s", (url, expected) => {
    expect(isVideoUrl(url)).toBe(expected);
  });
});
