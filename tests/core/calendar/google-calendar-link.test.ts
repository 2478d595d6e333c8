import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { googleCalendarLink } from "../../../src/core/calendar/google-calendar-link";
import { inviteWindow } from "../../../src/core/calendar/invite-window";
import { anyCodePoint } from "./arbitraries";
import { expectedText } from "./ics-oracle";

const SHOW = inviteWindow(new Date("2024-01-05T13:00:00Z"), 60);

describe("googleCalendarLink", () => {
  it("builds a TEMPLATE link with UTC dates", () => {
    const link = googleCalendarLink({ ...SHOW, title: "Grafana Office Hours #25 with Nikola Grcevski", details: "Tech check first.", location: "https://streamyard.com/abc" });
    expect(link).toBe(
      "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Grafana%20Office%20Hours%20%2325%20with%20Nikola%20Grcevski&dates=20240105T124500Z/20240105T141500Z&details=Tech%20check%20first.&location=https%3A%2F%2Fstreamyard.com%2Fabc",
    );
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("dates")).toBe("20240105T124500Z/20240105T141500Z");
  });

  it("encodes characters that mean something in a URL", () => {
    const title = "Q&A: 50% off? a=b+c #1 / ü 😀\nnext line";
    const url = new URL(googleCalendarLink({ ...SHOW, title }));
    expect(url.searchParams.get("text")).toBe(title);
    expect([...url.searchParams.keys()]).toEqual(["action", "text", "dates"]);
  });

  it("encodes ( ) ! ' * too, so a guest “Ann (Grafana” cannot end a Markdown link around it", () => {
    const link = googleCalendarLink({ ...SHOW, title: "Ann (Grafana) it's *live*!" });
    expect(link).toContain("text=Ann%20%28Grafana%29%20it%27s%20%2Alive%2A%21&");
    expect(link).not.toMatch(/[()!'*]/);
    expect(new URL(link).searchParams.get("text")).toBe("Ann (Grafana) it's *live*!");
  });

  it("leaves out empty details and location", () => {
    const url = new URL(googleCalendarLink({ ...SHOW, title: "x", details: "", location: "" }));
    expect([...url.searchParams.keys()]).toEqual(["action", "text", "dates"]);
  });

  it("never throws on lone surrogates, which encodeURIComponent rejects", () => {
    expect(() => encodeURIComponent("\ud800")).toThrow(URIError);
    expect(new URL(googleCalendarLink({ ...SHOW, title: "a\ud800b" })).searchParams.get("text")).toBe("a\ufffdb");
  });

  it("round-trips any text through the query, cleaned as the .ics cleans it (line breaks as LF, controls dropped)", () => {
    const text = fc.string({ unit: fc.oneof(anyCodePoint, fc.constantFrom("&", "=", "+", "#", "%", "?", "/", " ", "\ud800", "\r\n", "\r", "\u0000", "\u007f")) });
    fc.assert(
      fc.property(text, text, text, (title, details, location) => {
        const url = new URL(googleCalendarLink({ ...SHOW, title, details, location }));
        // The same text a calendar reads from the .ics (expectedText is the independent oracle).
        const clean = expectedText;
        expect(url.searchParams.get("action")).toBe("TEMPLATE");
        expect(url.searchParams.get("text")).toBe(clean(title));
        expect(url.searchParams.get("details")).toBe(clean(details) === "" ? null : clean(details));
        expect(url.searchParams.get("location")).toBe(clean(location) === "" ? null : clean(location));
        expect(url.searchParams.get("dates")).toBe("20240105T124500Z/20240105T141500Z");
      }),
    );
  });

  it("throws RangeError for an invalid date", () => {
    expect(() => googleCalendarLink({ start: new Date(NaN), end: SHOW.end, title: "x" })).toThrow(RangeError);
  });
});
