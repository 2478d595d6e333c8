// Every part that shows a date gets the one a `date::` field gives: the command-line tool's
// status, guests and agenda on tests/fixtures/reader7/dataview-dates (no note there has
// properties; the sidebar reads the same records, see inline-date.test.ts for the plugin's path).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";

const DIR = fileURLToPath(new URL("../../fixtures/reader7/dataview-dates/", import.meta.url));
const json = <T>(...args: string[]): T => {
  const result = runCli([...args, "--json", "--today", "2022-04-01", DIR], "2022-04-01T09:00:00Z");
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as T;
};

describe("the tool on notes dated by date:: fields", () => {
  it("status dates each note by its field (the name's 2022-01-04 gives way to the field's 2022-01-06)", () => {
    const { episodes } = json<{ episodes: { path: string; date: string | null; time: string | null }[] }>("status");
    const dates = Object.fromEntries(episodes.map((e) => [e.path, [e.date, e.time]]));
    expect(dates).toEqual({
      "Office Hours 2022-01-04 - Kickoff.md": ["2022-01-06", null],
      "Standup notes.md": ["2022-02-15", "18:00"],
      "Linked day.md": ["2022-03-01", null],
      "Two days.md": ["2022-04-05", null],
    });
  });

  it("guests: last and next appearances by those dates", () => {
    const { guests } = json<{ guests: { name: string; last: string | null; next: string | null }[] }>("guests");
    expect(guests.map((g) => [g.name, g.last, g.next])).toEqual([
      ["Ann Lee", "2022-01-06", null],
      ["Bo Chan", "2022-02-15", null],
      ["Cy Diaz", "2022-02-15", null],
      ["Dee Eko", "2022-03-01", null],
      ["Eve Fox", null, "2022-04-05"],
    ]);
  });

  it("agenda: the prep item of the episode on 5 April is due that week", () => {
    const { groups } = json<{ groups: { name: string; items: { path: string; due: string | null }[] }[] }>("agenda");
    const week = groups.find((g) => g.name === "week")?.items ?? [];
    expect(week.map((i) => [i.path, i.due])).toEqual([["Two days.md", "2022-04-05"]]);
  });
});
