// Dates naming their zone (`2026-03-04T23:30:00Z`) are instants: Detect reads them on the
// device's clock, as the reader reads them on the show's, so the weekday and time it proposes
// are the ones the sidebar will show. It read the clock time as written (Wednesday 23:30).
import { describe, expect, it } from "vitest";
import { detect, episode, vault } from "./fixture-vault";

const notes = vault({
  "Late Show/LS 01 - Logs.md": episode({ date: "2026-03-04T23:30:00Z", guest: "Guest:: Ann Lee" }),
  "Late Show/LS 02 - Traces.md": episode({ date: "2026-03-11T23:30:00Z", guest: "Guest:: Bo Chen" }),
  "Late Show/LS 03 - Metrics.md": episode({ date: "2026-03-18T23:30:00Z", guest: "Guest:: Cy Dee" }),
});

describe("Detect on dates that name their zone", () => {
  it("proposes the weekday those instants fall on in the device's zone", () => {
    const [show] = detect(notes, { timeZone: "Asia/Tokyo" }).shows;
    expect(show?.show.schedule.weekday).toBe(4); // Thursday 08:30 in Tokyo
    const [utc] = detect(notes, { timeZone: "UTC" }).shows;
    expect(utc?.show.schedule.weekday).toBe(3);
  });
});
