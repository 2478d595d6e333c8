// Test helpers: an independent reading of the .ics text (via ical.js and Node's own
// UTF-8 codec), so the writer is not checked against itself.
import ICAL from "ical.js";
import { expect } from "vitest";

/** What a reader should get back for a TEXT value, worked out without the writer's code. */
export function expectedText(value: string): string {
  // Node's UTF-8 encoder swaps lone surrogates for U+FFFD, as a file write would.
  const wellFormed = Buffer.from(value, "utf8").toString("utf8");
  return Array.from(wellFormed.split(/\r\n|\r|\n/).join("\n"))
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code === 0x09 || code === 0x0a || (code >= 0x20 && code !== 0x7f);
    })
    .join("");
}

/** Checks the physical form of an .ics file and returns its lines. */
export function checkPhysicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  // No lone surrogate anywhere: a surrogate pair cut by a fold would leave two.
  // (A UTF-8 round trip changes a string exactly when it holds one.)
  expect(Buffer.from(ics, "utf8").toString("utf8") === ics).toBe(true);
  const lines = ics.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    const bytes = Buffer.from(line, "utf8");
    expect(bytes.length, line).toBeLessThanOrEqual(75);
    // Each physical line must be valid UTF-8 on its own: no sequence split by a fold.
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(line);
  }
  // And the same split done on the bytes, as a reader of the file would see them.
  const bytes = Buffer.from(ics, "utf8");
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  return lines;
}

export interface ParsedCalendar {
  calendar: ICAL.Component;
  events: ICAL.Component[];
}

export function parseIcs(ics: string): ParsedCalendar {
  const calendar = ICAL.Component.fromString(ics);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

export function propertyNames(component: ICAL.Component): string[] {
  return component.getAllProperties().map((property) => property.name);
}

export function textOf(component: ICAL.Component, name: string): string | null {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : null;
}

export function instantOf(component: ICAL.Component, name: string): string | null {
  const value: unknown = component.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value.toJSDate().toISOString() : null;
}
