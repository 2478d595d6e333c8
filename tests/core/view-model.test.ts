// What the episodes sidebar shows, without a DOM: groups by show or series, upcoming
// soonest first and past most recent first, the filters, the duplicate-number alert,
// and row signatures that change exactly when something displayed can have changed.
import { describe, expect, it } from "vitest";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { buildGroups, buildRow, dateLabel, duplicateNumberPaths, groupKey, openItems, showOptions, type ViewFilters } from "../../src/core/sidebar/view-model";
import { episodeStatus, type StatusRules } from "../../src/core/status/status";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type { ReportItem } from "../../src/core/status/report";
import { readNote, recordOf } from "../support/notes";

const RULES: StatusRules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };
const TODAY = "2024-01-03";
const GOH: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH" };
const ALL: ViewFilters = { show: "", when: "all", text: "" };

function note(date: string | null, guest: string, items: string[] = ["## Checklist", "- [ ] Contact the guest", "- [x] Pick a date"]): string {
  return ["---", ...(date ? [`date: ${date}`] : []), "url: https://youtube.com/live/x", "---", `Guest:: ${guest}`, ...items, ""].join("\n");
}

function item(path: string, text: string, show: ShowSettings | null = GOH, today = TODAY, version?: number): ReportItem {
  const episode = recordOf(path, text, show ? { parseName: nameParser(show.fileNamePattern, show.code) } : {});
  return { episode, show, status: episodeStatus(episode, today, RULES), ...(version === undefined ? {} : { version }) };
}

const ITEMS: ReportItem[] = [
  item("GOH/GOH 23 - Old topic.md", note("2023-12-22", "Ann Lee")),
  item("GOH/GOH 24 - Café Résumé, with Zoë.md", note("2023-12-29", "Zoë Ångström")),
  item("GOH/GOH 26 - Next week.md", note("2024-01-12", "Bo Chen")),
  item("GOH/GOH 25 - Beyla, with Nikola.md", note("2024-01-05", "Nikola Grcevski")),
  item("GOH/GOH 27 - Undated.md", note(null, "Cy Diaz")),
  item("GOH/GOH 28 - Same day b.md", note("2024-01-05", "Dee")),
  item("A&A/A&A 22 - Unemployment.md", note("2023-11-28", "Renata Andrade"), null),
  item("Inbox/Random episode.md", note("2024-02-01", "Eve"), null),
];

const paths = (rows: { path: string }[]) => rows.map((r) => r.path);

describe("buildGroups", () => {
  const groups = buildGroups(ITEMS, ALL, new Set());

  it("groups by show, else by the series code in the name, else as other episodes, sorted by label", () => {
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ["series:A&A", "A&A"],
      ["show:goh", "Grafana Office Hours"],
      ["series:", "Other episodes"],
    ]);
  });

  it("puts upcoming episodes soonest first with undated ones last, then past ones most recent first", () => {
    const show = groups[1];
    expect(paths(show?.upcoming ?? [])).toEqual([
      "GOH/GOH 25 - Beyla, with Nikola.md",
      // Same date: by path.
      "GOH/GOH 28 - Same day b.md",
      "GOH/GOH 26 - Next week.md",
      "GOH/GOH 27 - Undated.md",
    ]);
    expect(paths(show?.past ?? [])).toEqual(["GOH/GOH 24 - Café Résumé, with Zoë.md", "GOH/GOH 23 - Old topic.md"]);
    expect(paths(groups[0]?.past ?? [])).toEqual(["A&A/A&A 22 - Unemployment.md"]);
  });

  it("shows each row's facts as the sidebar writes them", () => {
    const row = groups[1]?.upcoming[0];
    expect(row).toMatchObject({
      path: "GOH/GOH 25 - Beyla, with Nikola.md",
      number: "25",
      title: "Beyla",
      guests: "Nikola Grcevski",
      date: "Fri 5 Jan 2024",
      relative: "in 2 days",
      upcoming: true,
      bars: [{ phase: "prep", label: "Prep", done: 1, total: 2 }],
      next: "Contact the guest",
      // Prep is due 2 days before: today.
      alerts: [{ severity: "soon", message: "1 prep item open, due today" }],
      openCount: 1,
    });
    const undated = groups[1]?.upcoming[3];
    expect(undated).toMatchObject({ date: "No date", relative: "", upcoming: true, alerts: [] });
    expect(groups[1]?.past[0]).toMatchObject({ relative: "5 days ago", upcoming: false });
  });

  it("filters by show", () => {
    const only = buildGroups(ITEMS, { ...ALL, show: "series:A&A" }, new Set());
    expect(only.map((g) => g.key)).toEqual(["series:A&A"]);
    expect(buildGroups(ITEMS, { ...ALL, show: "show:nothing" }, new Set())).toEqual([]);
  });

  it("filters by when, leaving out groups with nothing to show", () => {
    const upcoming = buildGroups(ITEMS, { ...ALL, when: "upcoming" }, new Set());
    expect(upcoming.map((g) => [g.label, g.upcoming.length, g.past.length])).toEqual([
      ["Grafana Office Hours", 4, 0],
      ["Other episodes", 1, 0],
    ]);
    const past = buildGroups(ITEMS, { ...ALL, when: "past" }, new Set());
    expect(past.map((g) => [g.label, g.upcoming.length, g.past.length])).toEqual([
      ["A&A", 0, 1],
      ["Grafana Office Hours", 0, 2],
    ]);
  });

  it.each([
    ["cafe resume", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["  ZOE ångström ", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["RÉSUMÉ", ["GOH/GOH 24 - Café Résumé, with Zoë.md"]],
    ["26", ["GOH/GOH 26 - Next week.md"]],
    ["contact the", paths(ITEMS.map((i) => i.episode))],
    ["inbox/", ["Inbox/Random episode.md"]],
    ["no such thing", []],
  ])("filters by the text %j, ignoring case and accents", (text, expected) => {
    const rows = buildGroups(ITEMS, { ...ALL, text }, new Set()).flatMap((g) => [...g.upcoming, ...g.past]);
    expect(paths(rows).sort()).toEqual([...expected].sort());
  });

  it("adds an alert to each episode whose number another one uses", () => {
    const twin = item("GOH/GOH 25 - Twin.md", note("2024-01-19", "Fay"));
    const rows = buildGroups([...ITEMS, twin], ALL, new Set(["GOH/GOH 25 - Twin.md", "GOH/GOH 25 - Beyla, with Nikola.md"]))[1]?.upcoming ?? [];
    const alerts = Object.fromEntries(rows.map((r) => [r.path, r.alerts.map((a) => `${a.severity}: ${a.message}`)]));
    expect(alerts["GOH/GOH 25 - Twin.md"]).toEqual(["late: Number 25 is used by another episode"]);
    expect(alerts["GOH/GOH 25 - Beyla, with Nikola.md"]).toEqual(["soon: 1 prep item open, due today", "late: Number 25 is used by another episode"]);
    expect(alerts["GOH/GOH 26 - Next week.md"]).toEqual([]);
  });

  it("gives each group the numbers missing among all its episodes, whatever the filters show", () => {
    // GOH has 23–28: no gap; A&A has only 22.
    expect(groups.map((g) => g.gaps)).toEqual([[], [], []]);
    const holes = [...ITEMS, item("GOH/GOH 31 - Later.md", note("2024-02-02", "Gil")), item("GOH/GOH 20 - Early.md", note("2023-12-01", "Hal"))];
    const upcomingOnly = buildGroups(holes, { show: "show:goh", when: "upcoming", text: "beyla" }, new Set());
    expect(upcomingOnly.map((g) => [g.key, paths(g.upcoming), g.gaps])).toEqual([["show:goh", ["GOH/GOH 25 - Beyla, with Nikola.md"], [21, 22, 29, 30]]]);
  });

  it("makes nothing of nothing", () => {
    expect(buildGroups([], ALL, new Set())).toEqual([]);
  });
});

describe("duplicateNumberPaths", () => {
  it("finds episodes sharing a number within a show or series, not across them", () => {
    const items = [
      ...ITEMS,
      item("GOH/GOH 25 - Twin.md", note("2024-01-19", "Fay")),
      item("Elsewhere/GOH 26 - Same code, no folder.md", note("2024-01-26", "Gil"), null),
      item("A&A/A&A 25 - Other series.md", note("2024-01-19", "Hal"), null),
      item("A&A/A&A 22 - Again.md", note("2024-01-20", "Ivy"), null),
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
});

describe("row signatures", () => {
  const PATH = "GOH/GOH 25 - Beyla, with Nikola.md";
  const TEXT = note("2024-01-05", "Nikola Grcevski");
  const signature = (version: number | undefined, today = TODAY, text = TEXT, duplicate = false, locale = "en") =>
    buildRow(item(PATH, text, GOH, today, version), duplicate, locale).signature;

  it("stay the same when nothing changed", () => {
    expect(signature(4)).toBe(signature(4));
    expect(signature(undefined)).toBe(signature(undefined));
  });

  it("change with the note's version, the day, a duplicate number or the locale", () => {
    const base = signature(4);
    expect(signature(5)).not.toBe(base);
    expect(signature(4, "2024-01-04")).not.toBe(base);
    expect(signature(4, TODAY, TEXT, true)).not.toBe(base);
    expect(signature(4, TODAY, TEXT, false, "de")).not.toBe(base);
  });

  it("with a version, depend on the version and not on re-reading the same text", () => {
    // The version stands for the text: an edit always comes with a new version.
    expect(signature(4, TODAY, TEXT.replace("Nikola Grcevski", "Nikola G."))).toBe(signature(4));
  });

  it("without a version, change with anything the row shows", () => {
    const base = signature(undefined);
    expect(signature(undefined, TODAY, TEXT.replace("- [ ] Contact", "- [x] Contact"))).not.toBe(base);
    expect(signature(undefined, TODAY, TEXT.replace("Nikola Grcevski", "Nikola G."))).not.toBe(base);
    expect(signature(undefined, "2024-01-04")).not.toBe(base);
  });

  it("for an undated note, do not change with the day: nothing shown depends on it", () => {
    const undated = note(null, "Cy");
    expect(buildRow(item("GOH/GOH 27 - U.md", undated, GOH, "2024-01-03", 1), false).signature).toBe(
      buildRow(item("GOH/GOH 27 - U.md", undated, GOH, "2024-03-01", 1), false).signature,
    );
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
    expect(items.map(({ ref: _ref, ...shown }) => shown)).toEqual([
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
  it("lists every group once, sorted by label, the same keys buildGroups uses", () => {
    expect(showOptions(ITEMS)).toEqual([
      { key: "series:A&A", label: "A&A" },
      { key: "show:goh", label: "Grafana Office Hours" },
      { key: "series:", label: "Other episodes" },
    ]);
    expect(showOptions(ITEMS).map((o) => o.key)).toEqual(buildGroups(ITEMS, ALL, new Set()).map((g) => g.key));
    expect(ITEMS.map(groupKey)).toContain("show:goh");
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
