// mends11: the form's date is the new note's date. A `date:` whose value is a Templater date
// expression counts as empty and gets the form's date; `tp.date.now` anywhere else keeps
// Templater's meaning (today). The template is walk10's own (tests/fixtures/walk10-vault).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planEpisode } from "../../../src/core/new-episode/new-episode";
import { formDateOverTemplater } from "../../../src/core/new-episode/template/templater-date";
import { defaultShow } from "../../../src/core/settings/settings";
import { bestGrowth, whole } from "../../support/growth";

const TEMPLATE = readFileSync(join(import.meta.dirname, "../../fixtures/walk10-vault/notes/Templates/Platform Hour episode.md"), "utf8");
const SHOW = { ...defaultShow("UTC", "Platform Hour"), code: "PH", folder: "Shows", numberPadding: 3, fileNamePattern: "{{code}} {{number}} - {{topic}}" };
// Monday 3 March 2025, as in the walk.
const NOW = new Date("2025-03-03T09:00:00Z");
const draft = (date: string) => ({ topic: "Internal developer portals", guests: ["Priya Nair"], date, time: "13:00", number: 153 });
const note = (template: string, date = "2025-03-18") => planEpisode(draft(date), SHOW, template, NOW, "en").content;

describe("walk10's template: date: <% tp.date.now(\"YYYY-MM-DD\", 7) %>", () => {
  it("the note's date is the form's, 18 March, not today + 7", () => {
    expect(note(TEMPLATE)).toMatch(/^---\ndate: 2025-03-18\nurl: \ntags: \[episode, platform-hour\]\n---\n/);
  });

  it("tp.date.now in the items still counts from today, as Templater's does", () => {
    // "Book the guest" at -14 days from Monday 3 March; "Mic check" at +7.
    expect(note(TEMPLATE)).toContain("- [ ] Book the guest ⏫ 📅 2025-02-17\n");
    expect(note(TEMPLATE)).toContain("- [ ] Mic check with the guest 📅 2025-03-10\n");
  });

  it("with no date in the form, the date stays empty rather than today + 7", () => {
    expect(note(TEMPLATE, "")).toMatch(/^---\ndate:\nurl: /);
  });
});

describe("which date values count as Templater's", () => {
  const head = (line: string) => `---\n${line}\ntitle: x\n---\nBody <% tp.date.now() %>\n`;
  it.each([
    'date: <% tp.date.now("YYYY-MM-DD", 7) %>',
    "date: <% tp.date.now() %>",
    "date: <%- tp.date.now('YYYY-MM-DD') -%>",
    "date: <%_ tp.date.tomorrow(\"YYYY-MM-DD\") _%>",
    'date: "<% tp.date.weekday("YYYY-MM-DD", 2) %>"',
    "date: '<% tp.file.creation_date(\"YYYY-MM-DD\") %>'",
    'date: <% moment().add(7, "days").format("YYYY-MM-DD") %>   ',
    "date: <% tp.date.yesterday() %>",
    "date: <% tp.date.today() %>",
  ])("%s gets the form's date", (line) => {
    expect(note(head(line))).toMatch(/^---\ndate: 2025-03-18\ntitle: x\n---\nBody 2025-03-03\n$/);
  });

  it("the template's comment after it is kept", () => {
    expect(note(head('date: <% tp.date.now("YYYY-MM-DD", 7) %> # next week'))).toContain("date: 2025-03-18 # next week\n");
  });

  it.each([
    // A script is Templater's own: left as written, as every script is.
    "date: <%* tR += tp.date.now() %>",
    // A tag with more after it, a nested key, another key, another Templater call.
    'date: <% tp.date.now("YYYY") %>-03-18x',
    '  date: <% tp.date.now("YYYY-MM-DD", 7) %>',
    'aired: <% tp.date.now("YYYY-MM-DD", 7) %>',
    "date: <% tp.file.title %>",
  ])("%s is left to the usual rules", (line) => {
    const template = head(line);
    expect(formDateOverTemplater(template)).toBe(template);
  });

  it("in the body, a date: line is text", () => {
    const template = `---\ntitle: x\n---\ndate: <% tp.date.now() %>\n`;
    expect(formDateOverTemplater(template)).toBe(template);
  });

  it("the rest of the template is kept byte for byte, CRLF and all", () => {
    const template = '---\r\ndate: <% tp.date.now("YYYY-MM-DD", 7) %>\r\nurl:\n---\r\nBody\r\n';
    expect(formDateOverTemplater(template)).toBe("---\r\ndate:\r\nurl:\n---\r\nBody\r\n");
  });

  it("a long date line is read in linear time", () => {
    const make = (n: number) => `---\ndate: <% tp.date.now(${"(".repeat(n)} %>${" ".repeat(n)}#\n---\n`;
    expect(bestGrowth(formDateOverTemplater, whole(make), 5_000, 8)).toBeLessThan(8);
    const spaces = (n: number) => `---\ndate: <% tp.date.now() %>${" \t".repeat(n)}x\n---\n`;
    expect(bestGrowth(formDateOverTemplater, whole(spaces), 5_000, 8)).toBeLessThan(8);
  });
});
