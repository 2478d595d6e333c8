// template7: Templater's whitespace marks on a tag the plugin fills itself. `<%-` / `-%>`
// take one line break before / after the tag away and `<%_` / `_%>` all whitespace there
// (Templater's documentation, "Whitespace Control"). The plugin filled
// `<%- tp.file.title -%>` but left the line breaks, so a user's Templater template gave a
// different note through New episode than through Templater. A tag left for Templater keeps
// its marks and its whitespace: Templater applies them when it runs.
import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../../src/core/new-episode/template/render";
import { bestGrowth, whole } from "../../support/growth";

const VALUES = { fields: { title: "OH 7 - Loki" }, start: null, now: new Date("2026-03-04T10:00:00Z"), timeZone: "UTC", locale: "en" };
const render = (text: string) => renderTemplate(text, VALUES).text;

describe("whitespace marks on a filled Templater tag", () => {
  it("'-' takes one line break away on its side, LF or CRLF", () => {
    expect(render("a\n\n<%- tp.file.title -%>\n\nb")).toBe("a\nOH 7 - Loki\nb");
    expect(render("a\r\n\r\n<%- tp.file.title -%>\r\n\r\nb")).toBe("a\r\nOH 7 - Loki\r\nb");
    expect(render("a\n<%- tp.file.title %>\nb")).toBe("aOH 7 - Loki\nb");
    expect(render("a\n<% tp.file.title -%>\nb")).toBe("a\nOH 7 - Lokib");
  });

  it("'_' takes every space, tab and line break away on its side", () => {
    expect(render('x \t\n\n<%_ tp.date.now("YYYY") _%>\n \t y')).toBe("x2026y");
    expect(render("x  <%_ tp.file.title %>  y")).toBe("xOH 7 - Loki  y");
  });

  it("a tag left for Templater keeps its marks and the whitespace around it", () => {
    const text = 'a\n\n<%- tp.system.prompt("Q") -%>\n\nb <%_ tp.web.random_picture() _%>  c';
    expect(render(text)).toBe(text);
  });

  it("without marks, nothing around a tag changes", () => {
    expect(render("a\n<% tp.file.title %>\nb")).toBe("a\nOH 7 - Loki\nb");
  });

  it("reads long runs of whitespace in linear time (n against 4n)", () => {
    expect(bestGrowth(render, whole((n) => `${"<%_ tp.file.title _%> \n".repeat(n)}`), 2_000, 8)).toBeLessThan(8);
    expect(bestGrowth(render, whole((n) => `a${" ".repeat(n)}<%_ tp.file.title _%>${"\n".repeat(n)}b`), 5_000, 8)).toBeLessThan(8);
  });
});
