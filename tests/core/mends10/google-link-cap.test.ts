// mends10: the Google Calendar link is capped at GOOGLE_LINK_LIMIT characters. Browsers and
// Google refuse links past about 8 KB, and a pasted 100,000-character studio link or a long
// description made one. What is cut is cut at a whole character and marked as shortened.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GOOGLE_LINK_LIMIT, googleCalendarLink } from "../../../src/core/calendar/google-calendar-link";
import { inviteWindow } from "../../../src/core/calendar/invite-window";
import { cleanText } from "../../../src/core/calendar/ics-text";
import { bestGrowth, whole } from "../../support/growth";

const SHOW = inviteWindow(new Date("2024-01-05T13:00:00Z"), 60);
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Where whole characters of `text` end. */
function boundaries(text: string): Set<number> {
  const ends = new Set<number>([0]);
  for (const part of graphemes.segment(text)) ends.add(part.index + part.segment.length);
  return ends;
}

/** The value as sent, or it is no value at all; throws (fails the test) on a broken percent escape. */
function param(link: string, name: string): string | null {
  const found = link.split("?")[1]?.split("&").find((pair) => pair.startsWith(`${name}=`));
  return found === undefined ? null : decodeURIComponent(found.slice(name.length + 1));
}

/** `sent` is `full`, or a start of it ending at a whole character followed by the marker. */
function expectWholeOrCut(sent: string | null, full: string, marker: string): void {
  const cleaned = cleanText(full);
  if (sent === null) return;
  if (sent === cleaned) return;
  expect(sent.endsWith(marker)).toBe(true);
  const kept = sent.slice(0, sent.length - marker.length);
  expect(cleaned.startsWith(kept)).toBe(true);
  // Boundaries up to kept.length depend only on the text up to one code point after it.
  expect(boundaries(cleaned.slice(0, kept.length + 2)).has(kept.length)).toBe(true);
}

// Text a guest or a pasted page can hold: emoji (joined families, flags, skin tones),
// right-to-left script and its marks, line breaks, and the characters a query gives meaning to.
const hostilePiece = fc.constantFrom("👨‍👩‍👧‍👦", "🇪🇸", "👍🏽", "é", "e\u0301", "שלום", "مرحبا", "\u202E", "\u200F", "\n", "\r\n", "%", "%20", "&", "#", "=", "+", "?", " ", "a", "Z", "(", ")", "*", "\uD800");
const hostile = (max: number) => fc.array(hostilePiece, { maxLength: max }).map((parts) => parts.join(""));

describe("googleCalendarLink within GOOGLE_LINK_LIMIT", () => {
  it("cuts a 100,000-character description to fit, at a whole emoji, and says it was shortened", () => {
    const details = "Studio: " + "👨‍👩‍👧‍👦 notes ".repeat(10_000);
    const link = googleCalendarLink({ ...SHOW, title: "Office Hours #25", details, location: "https://streamyard.com/abc" });
    expect(link.length).toBeLessThanOrEqual(GOOGLE_LINK_LIMIT);
    // The title and the location are whole; only the details gave way.
    expect(param(link, "text")).toBe("Office Hours #25");
    expect(param(link, "location")).toBe("https://streamyard.com/abc");
    const sent = param(link, "details") ?? "";
    expect(sent.endsWith("… (shortened)")).toBe(true);
    expect(sent.length).toBeGreaterThan(1000);
    expectWholeOrCut(sent, details, "… (shortened)");
    // Used to the full: no room was left unused beyond one character's escape and the marker.
    expect(GOOGLE_LINK_LIMIT - link.length).toBeLessThan(encodeURIComponent("👨‍👩‍👧‍👦").length);
  });

  it("leaves a link that fits exactly as it was", () => {
    const base = googleCalendarLink({ ...SHOW, title: "T", details: "" });
    const room = GOOGLE_LINK_LIMIT - base.length - "&details=".length;
    const details = "a".repeat(room);
    const link = googleCalendarLink({ ...SHOW, title: "T", details });
    expect(link.length).toBe(GOOGLE_LINK_LIMIT);
    expect(param(link, "details")).toBe(details);
    const over = googleCalendarLink({ ...SHOW, title: "T", details: details + "b" });
    expect(over.length).toBeLessThanOrEqual(GOOGLE_LINK_LIMIT);
    expect(param(over, "details")).toMatch(/^a+… \(shortened\)$/);
  });

  it("never cuts inside a percent escape: a text of nothing but escapes keeps whole ones", () => {
    const link = googleCalendarLink({ ...SHOW, title: "T", details: "%&#".repeat(20_000) });
    expect(link.length).toBeLessThanOrEqual(GOOGLE_LINK_LIMIT);
    expect(param(link, "details")).toMatch(/^(%&#)*(%&?)?… \(shortened\)$/);
  });

  it("cuts the location, then the title, once the details are gone, and says so in the snippet's words", () => {
    const link = googleCalendarLink({ ...SHOW, title: "שלום ".repeat(3000), details: "d".repeat(9000), location: "l".repeat(9000), shortened: "… (acortado)" });
    expect(link.length).toBeLessThanOrEqual(GOOGLE_LINK_LIMIT);
    expect(param(link, "details")).toBeNull();
    expect(param(link, "location")).toBeNull();
    expect(param(link, "text")).toMatch(/^(שלום )*(ש|של|שלו|שלום)?… \(acortado\)$/);
  });

  it("holds for hostile text in any of the three values: within the limit, decodable, each value whole or a whole-character start marked as cut", () => {
    fc.assert(
      fc.property(hostile(40), hostile(3000), hostile(2000), fc.nat(9000), fc.boolean(), (title, details, location, pad, padTitle) => {
        const event = { ...SHOW, title: padTitle ? title + "😀".repeat(pad) : title, details: details + "&".repeat(pad), location };
        const link = googleCalendarLink(event);
        expect(link.length).toBeLessThanOrEqual(GOOGLE_LINK_LIMIT);
        expect(() => new URL(link)).not.toThrow();
        expect(link).not.toMatch(/[()!'*#\s]/);
        expectWholeOrCut(param(link, "text"), event.title, "… (shortened)");
        expectWholeOrCut(param(link, "details"), event.details, "… (shortened)");
        expectWholeOrCut(param(link, "location"), event.location, "… (shortened)");
        // Nothing is cut from a link that would fit whole.
        const uncut = googleCalendarLink({ ...event, details: "", location: "", title: "" }).length;
        const parts = [event.title, event.details, event.location].map((v) => encodeURIComponent(cleanText(v)).replace(/[!'()*]/g, "%XX").length);
        if (uncut + parts.reduce((a, b) => a + b, 0) + "&details=&location=".length <= GOOGLE_LINK_LIMIT) {
          expect(param(link, "details") ?? "").toBe(cleanText(event.details));
          expect(param(link, "text")).toBe(cleanText(event.title));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("costs in proportion to the text, however long (n against 4n)", () => {
    const make = whole((n) => "👍🏽%&\n".repeat(n));
    expect(bestGrowth((details: string) => googleCalendarLink({ ...SHOW, title: details, details, location: details }), make, 5_000, 8)).toBeLessThan(8);
  });
});
