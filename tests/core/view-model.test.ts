// What the episodes sidebar shows, without a DOM: each row's compact facts by state, the
// views (needs attention, ideas, past, all) in one list across shows ordered by date or
// grouped by show, the filters, the duplicate-number alert, and row signatures that
// change exactly when something displayed can have changed.
import { describe, expect, it } from "vitest";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { buildRow, dateLabel, duplicateNumberPaths, groupKey, openItems, showOptions, type EpisodeRow } from "../../src/core/sidebar/view-model";
import { selectRows, type ViewFilters } from "../../src/core/sidebar/select";
import { showChips } from "../../src/core/sidebar/show-chips";
import { episodeStatus, type StatusRules } from "../../src/core/status/status";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type { ReportItem } from "../../src/core/status/report";
import { readNote, recordOf } from "../support/notes";

const RULES: StatusRules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };
const TODAY = "2024-01-03";
const GOH: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH" };
const AA: ShowSettings = { ...defaultShow("UTC", "Adobo and Avocados"), id: "aa", code: "A&A", folder: "A&A", fileNamePattern: "{{code}} {{number}} - {{topic}}" };
const CHIPS = showChips([GOH, AA], []);
const ALL: ViewFilters = { view: "all", show: "", text: "", groupByShow: false };

const CHECKLIST = ["## Checklist", "- [ ] Contact the guest", "- [x] Pick a date", "## After the show", "- [ ] Upload"];

function note(date: string | null, guest: string, items: string[] = CHECKLIST, url = "https://youtube.com/live/ZEUzucqXUnQ"): string {
  return ["---", ...(date ? [`date: ${date}`] : []), ...(url ? [`url: ${url}`] : []), "---", `Guest:: ${guest}`, ...items, ""].join("\n");
}

function item(path: string, text: string, show: ShowSettings | null = GOH, today = TODAY, version?: number): ReportItem {
  const episode = recordOf(path, text, show ? { parseName: nameParser(show.fileNamePattern, show.code) } : {});
  return { episode, show, status: episodeStatus(episode, today, RULES), ...(version === undefined ? {} : { version }) };
}

function row(it: ReportItem, duplicate = false, today = TODAY, locale = "en", key?: string): EpisodeRow {
  return buildRow(it, { today, duplicateNumber: duplicate, chip: CHIPS.get(groupKey(it)) ?? null, locale, ...(key === undefined ? {} : { key }) });
}

const ITEMS: ReportItem[] = [
  item("GOH/GOH 23 - Old topic.md", note("2023-11-22", "Ann Lee")),
  item("GOH/GOH 24 - Café Résumé, with Zoë.md", note("2023-12-29", "Zoë Ångström")),
  item("GOH/GOH 26 - Next week.md", note("2024-01-12", "Bo Chen")),
  item("GOH/GOH 25 - Beyla, with Nikola.md", note("2024-01-05", "Nikola Grcevski")),
  // No date and no sign it aired (no video link yet): an idea.
  item("GOH/GOH 27 - Undated.md", note(null, "Cy Diaz", CHECKLIST, "")),
  item("GOH/GOH 28 - TBD.md", note("2024-01-19", "")),
  item("A&A/A&A 22 - Unemployment.md", note("2024-01-04", "Renata Andrade"), AA),
  item("A&A/A&A 21 - All done.md", note("2023-12-20", "Fay", ["## After the show", "- [x] Upload"]), AA),
  item("Inbox/Random episode.md", note("2024-02-01", "Eve"), null),
];
const ROWS = ITEMS.map((i) => row(i));

const paths = (rows: { path: string }[]) => rows.map((r) => r.path);
const shown = (filters: Partial<ViewFilters>) => selectRows(ROWS, { ...ALL, ...filters });

describe("a row", () => {
  it("shows a scheduled episode's chip, number, topic, date, how far off, guests, prep progress and next prep item", () => {
    expect(row(ITEMS[3] as ReportItem)).toMatchObject({
      path: "GOH/GOH 25 - Beyla, with Nikola.md",
      chip: { code: "GOH", label: "Grafana Office Hours" },
      number: "25",
      title: "Beyla",
      state: "scheduled",
      // The date says it: "in 2 days".
      stateLabel: "",
      view: "attention",
      date: "Fri 5 Jan 2024",
      relative: "in 2 days",
      guests: "Nikola Grcevski",
      guestAlert: null,
      progress: { text: "prep 1/2", done: 1, total: 2 },
      phases: [
        { phase: "prep", label: "Prep", done: 1, total: 2 },
        { phase: "after", label: "After", done: 0, total: 1 },
      ],
      next: "Contact the guest",
      // Prep is due 2 days before: today.
      alerts: [{ severity: "soon", message: "1 prep item open, due today" }],
      quiet: null,
      // The prep item that matters now; the after-show one waits (both in the total).
      openCount: 1,
      openTotal: 2,
    });
  });

  it("after the show shows only the after-show progress and item, never prep", () => {
    expect(row(ITEMS[1] as ReportItem)).toMatchObject({
      state: "published",
      view: "attention",
      relative: "5 days ago",
      progress: { text: "after 0/1", done: 0, total: 1 },
      next: "Upload",
      // Due 7 days after the show: in 2 days.
      alerts: [{ severity: "soon", message: "1 after-show item open, due in 2 days" }],
    });
  });

  it("for an archived episode shows a quiet count instead of progress, next item and alerts", () => {
    expect(row(ITEMS[0] as ReportItem)).toMatchObject({
      state: "published",
      view: "past",
      archived: true,
      relative: "6 weeks ago",
      progress: null,
      next: null,
      alerts: [],
      quiet: "1 after-show item left open",
      leftOpen: 1,
    });
  });

  it("puts a missing guest near the show on the guests' place, not on a second line", () => {
    const noGuest = item("GOH/GOH 29 - Soon.md", note("2024-01-04", ""));
    expect(noGuest.status.alerts.map((a) => a.message)).toContain("No guest yet, show tomorrow");
    expect(row(noGuest)).toMatchObject({ guests: "", guestAlert: "late" });
    expect(row(noGuest).alerts.map((a) => a.message)).not.toContain("No guest yet, show tomorrow");
  });

  it("orders its alert lines most severe first", () => {
    const late = item("GOH/GOH 30 - Late.md", note("2024-01-04", "Gil"));
    expect(row(late, true).alerts).toEqual([
      { severity: "late", message: "1 prep item open, due yesterday" },
      { severity: "soon", message: "Number 30 is used by another episode" },
    ]);
  });

  it("says an undated episode that aired has its date unknown", () => {
    const aired = item("GOH/GOH 16 - Agent.md", note(null, "Paschalis", ["## After the show", "- [x] Upload", "- [ ] Links"]));
    expect(row(aired)).toMatchObject({ state: "published", stateLabel: "", date: "Date unknown", view: "past", quiet: "1 after-show item left open" });
    expect(row(ITEMS[4] as ReportItem)).toMatchObject({ state: "idea", date: "No date", view: "ideas" });
  });
});

describe("selectRows", () => {
  it("needs attention: live, scheduled and recently aired with work left, forward in time across shows", () => {
    expect(paths(shown({ view: "attention" }).groups[0]?.rows ?? [])).toEqual([
      "GOH/GOH 24 - Café Résumé, with Zoë.md",
      "A&A/A&A 22 - Unemployment.md",
      "GOH/GOH 25 - Beyla, with Nikola.md",
      "GOH/GOH 26 - Next week.md",
      "Inbox/Random episode.md",
    ]);
  });

  it("ideas: undated notes and placeholder titles", () => {
    expect(paths(shown({ view: "ideas" }).groups[0]?.rows ?? [])).toEqual(["GOH/GOH 28 - TBD.md", "GOH/GOH 27 - Undated.md"]);
  });

  it("past: done, archived and cancelled, most recent first", () => {
    expect(paths(shown({ view: "past" }).groups[0]?.rows ?? [])).toEqual(["A&A/A&A 21 - All done.md", "GOH/GOH 23 - Old topic.md"]);
  });

  it("all: every episode, latest first, undated last", () => {
    expect(paths(shown({}).groups[0]?.rows ?? [])).toEqual([
      "Inbox/Random episode.md",
      "GOH/GOH 28 - TBD.md",
      "GOH/GOH 26 - Next week.md",
      "GOH/GOH 25 - Beyla, with Nikola.md",
      "A&A/A&A 22 - Unemployment.md",
      "GOH/GOH 24 - Café Résumé, with Zoë.md",
      "A&A/A&A 21 - All done.md",
      "GOH/GOH 23 - Old topic.md",
      "GOH/GOH 27 - Undated.md",
    ]);
  });

  it("counts each view with the show and text filters applied, and the archived episodes' open items", () => {
    expect(shown({}).counts).toEqual({ attention: 5, ideas: 2, past: 2, all: 9 });
    expect(shown({}).archivedOpen).toEqual({ episodes: 1, items: 1 });
    expect(shown({ show: "show:aa" }).counts).toEqual({ attention: 1, ideas: 0, past: 1, all: 2 });
    expect(shown({ show: "show:aa" }).archivedOpen).toEqual({ episodes: 0, items: 0 });
  });

  it("groups by show when asked, groups by label, each in the view's order", () => {
    const groups = shown({ view: "attention", groupByShow: true }).groups;
    expect(groups.map((g) => [g.key, g.label, paths(g.rows)])).toEqual([
      ["show:aa", "Adobo and Avocados", ["A&A/A&A 22 - Unemployment.md"]],
      ["show:goh", "Grafana Office Hours", ["GOH/GOH 24 - Café Résumé, with Zoë.md", "GOH/GOH 25 - Beyla, with Nikola.md", "GOH/GOH 26 - Next week.md"]],
      ["series:", "Other episodes", ["Inbox/Random episode.md"]],
    ]);
  });

  it("filters by show", () => {
    expect(paths(shown({ show: "show:aa" }).groups[0]?.rows ?? [])).toEqual(["A&A/A&A 22 - Unemployment.md", "A&A/A&A 21 - All done.md"]);
    expect(shown({ show: "show:nothing" }).groups[0]?.rows).toEqual([]);
  });

  it.each([
    ["cafe resume", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["  ZOE ångström ", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["RÉSUMÉ", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["26", ["GOH/GOH 26 - Next week.md"]],
    ["inbox/", ["Inbox/Random episode.md"]],
    // The next item as shown: "Upload" after the show, "Contact the guest" before it.
    ["upload", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["no such thing", []],
  ])("filters by the text %j, ignoring case and accents", (text, expected) => {
    expect(paths(shown({ text }).groups[0]?.rows ?? []).sort()).toEqual([...expected].sort());
  });

  it("makes nothing of nothing", () => {
    expect(selectRows([], ALL)).toEqual({ groups: [{ key: "", label: "", rows: [] }], counts: { attention: 0, ideas: 0, past: 0, all: 0 }, archivedOpen: { episodes: 0, items: 0 } });
  });
});

describe("duplicateNumberPaths", () => {
  it("finds episodes sharing a number within a show or series, not across them", () => {
    const items = [
      ...ITEMS,
      item("GOH/GOH 25 - Twin.md", note("2024-01-19", "Fay")),
      item("Elsewhere/GOH 26 - Same code, no folder.md", note("2024-01-26", "Gil"), null),
      item("A&A/A&A 25 - Other series.md", note("2024-01-19", "Hal"), AA),
      item("A&A/A&A 22 - Again.md", note("2024-01-20", "Ivy"), AA),
    ];
    expect([...duplicateNumberPaths(items)].sort()).toEqual([
      "A&A/A&A 22 - Again.md",
      "A&A/A&A 22 - Unemployment.md",
      "Elsewhere/GOH 26 - Same code, no folder.md",
      "GOH/GOH 25 - Beyla, with Nikola.md",
      "GOH/GOH 25 - Twin.md",
      "GOH/GOH 26 - Next week.md",
    ]);
    expect(duplicateNumberPaths(ITEMS).size).toBe(0);
  });

  it("leaves the alert off archived and cancelled episodes", () => {
    expect(row(ITEMS[0] as ReportItem, true).alerts).toEqual([]);
    const cancelled = item("GOH/GOH 31 - Off.md", "---\ndate: 2024-01-05\nstatus: cancelled\n---\nGuest:: Ann\n");
    expect(row(cancelled, true).alerts).toEqual([]);
  });
});

describe("row signatures", () => {
  const PATH = "GOH/GOH 25 - Beyla, with Nikola.md";
  const TEXT = note("2024-01-05", "Nikola Grcevski");
  const signature = (today = TODAY, text = TEXT, duplicate = false, locale = "en") => row(item(PATH, text, GOH, today), duplicate, today, locale).signature;

  it("stay the same when nothing changed", () => {
    expect(signature()).toBe(signature());
  });

  it("without a key, change with anything the row shows", () => {
    const base = signature();
    expect(signature(TODAY, TEXT.replace("- [ ] Contact", "- [x] Contact"))).not.toBe(base);
    expect(signature(TODAY, TEXT.replace("Nikola Grcevski", "Nikola G."))).not.toBe(base);
    expect(signature("2024-01-04")).not.toBe(base);
    expect(signature(TODAY, TEXT, true)).not.toBe(base);
    expect(signature(TODAY, TEXT, false, "de")).not.toBe(base);
  });

  it("with a key, are the key: the caller's key stands for everything the row is made from", () => {
    expect(row(item(PATH, TEXT), false, TODAY, "en", "v4|2024-01-03").signature).toBe("v4|2024-01-03");
  });
});

describe("openItems", () => {
  it("lists open items with their plain text, depth, section and phase", () => {
    const text = [
      "## Checklist",
      "- [x] Done already",
      "- [ ] Announce it [on the events page](https://www.meetup.com/x/)",
      "\t- [ ] Ask **[[People/Ann Lee|Ann]]** for a `photo`",
      "- [-] Cancelled",
      "### Just before the show",
      "- [/] Half done counts as open",
      "## After the show",
      "- [ ] Add ==timestamps==",
    ].join("\n");
    const episode = readNote("x.md", text);
    const items = openItems(recordOf("x.md", text));
    // Each item's ref is the one the tick uses (tick-identity.test.ts tests what it holds).
    expect(items.map((i) => i.ref)).toEqual(taskRefsOf(episode, text).filter((_, n) => episode.tasks[n]?.state === "open"));
    expect(items.map(({ ref: _ref, ...rest }) => rest)).toEqual([
      { line: 2, raw: "- [ ] Announce it [on the events page](https://www.meetup.com/x/)", text: "Announce it on the events page", depth: 0, section: "Checklist", phase: "prep" },
      { line: 3, raw: "\t- [ ] Ask **[[People/Ann Lee|Ann]]** for a `photo`", text: "Ask Ann for a photo", depth: 1, section: "Checklist", phase: "prep" },
      { line: 6, raw: "- [/] Half done counts as open", text: "Half done counts as open", depth: 0, section: "Just before the show", phase: "before" },
      { line: 8, raw: "- [ ] Add ==timestamps==", text: "Add timestamps", depth: 0, section: "After the show", phase: "after" },
    ].map((item) => ({ ...item, dueLabel: "", overdue: false })));
  });

  it("with the show's rules and today, gives each item when it is due, its own date or its phase's", () => {
    const text = ["---", "date: 2026-11-27", "---", "## Checklist", "- [ ] Invite 📅 2026-11-06", "- [ ] Thumbnail", "## After the show", "- [ ] Chapters 📅 +2d"].join("\n");
    const rules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, schedule: { time: "13:00", timeZone: "UTC" } };
    const items = openItems(recordOf("x.md", text), { rules, today: "2026-11-24" });
    expect(items.map((i) => [i.text, i.dueLabel, i.overdue])).toEqual([
      ["Invite", "18 days late", true],
      ["Thumbnail", "due tomorrow", false],
      ["Chapters", "due in 5 days", false],
    ]);
  });

  it("gives an empty section name to items before any heading", () => {
    expect(openItems(recordOf("x.md", "- [ ] First"))).toMatchObject([{ line: 0, raw: "- [ ] First", text: "First", depth: 0, section: "", phase: "other" }]);
  });
});

describe("showOptions and groupKey", () => {
  it("lists every group once, sorted by label, the same keys the rows carry", () => {
    expect(showOptions(ITEMS)).toEqual([
      { key: "show:aa", label: "Adobo and Avocados" },
      { key: "show:goh", label: "Grafana Office Hours" },
      { key: "series:", label: "Other episodes" },
    ]);
    expect(new Set(ROWS.map((r) => r.group))).toEqual(new Set(showOptions(ITEMS).map((o) => o.key)));
  });
});

describe("dateLabel", () => {
  it.each([
    ["2024-01-05", "en", "Fri 5 Jan 2024"],
    ["2024-12-31", "en", "Tue 31 Dec 2024"],
    ["2024-02-29", "en", "Thu 29 Feb 2024"],
    ["2024-01-05", "de", "Fr 5 Jan. 2024"],
    ["2024-01-05", "es", "vie 5 ene 2024"],
    // Years before 100 are not taken for 1900–1999 (Date.UTC's rule).
    ["0024-01-05", "en", "Fri 5 Jan 0024"],
    ["9999-12-31", "en", "Fri 31 Dec 9999"],
  ])("%s in %s is %j", (date, locale, label) => {
    expect(dateLabel(date, locale)).toBe(label);
  });
});

describe("a row says each late fact once", () => {
  it("counts as overdue only items late by their own date; those late by their phase are in the alert", () => {
    // Aired 20 December: the after-show items were due a week later, 27 December.
    const byPhase = row(item("GOH 20 - Late.md", note("2023-12-20", "Ann", ["## After the show", "- [ ] Upload", "- [ ] Thank the guest"])));
    expect(byPhase.overdue).toBe(0);
    expect(byPhase.alerts.map((a) => a.message)).toEqual(["2 after-show items open, due 7 days ago"]);
    const ownDate = row(item("GOH 21 - Dated.md", note("2023-12-20", "Ann", ["## After the show", "- [ ] Upload 📅 2023-12-22", "- [ ] Thank the guest"])));
    expect(ownDate.overdue).toBe(1);
    expect(ownDate.alerts.map((a) => a.message)).toEqual(["1 after-show item open, due 7 days ago"]);
  });
});
