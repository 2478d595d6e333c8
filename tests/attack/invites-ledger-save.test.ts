// The ledger as the plugin keeps it (settingsLedger in src/plugin/snippets/invite-file.ts):
// remembered at once in memory, saved with the settings, and a save that fails is told,
// never thrown into the write that issued the number.
import { describe, expect, it } from "vitest";
import { settingsLedger } from "../../src/plugin/snippets/invite-file";
import { defaultSettings } from "../../src/core/settings/settings";
import { sequenceFor } from "../../src/core/calendar/ics-writer";

const NOW = new Date("2026-12-07T01:00:00Z");
const clock = { now: () => NOW };

describe("settingsLedger", () => {
  it("remembers an issued number before the save finishes, and never lowers it", async () => {
    const settings = defaultSettings();
    const saved: string[] = [];
    const ledger = settingsLedger(() => settings, async () => void saved.push(JSON.stringify(settings.inviteSequences)), clock, () => undefined);
    expect(ledger.last("a@office-hours")).toBeNull();
    ledger.issue("a@office-hours", sequenceFor(NOW) + 5);
    expect(ledger.last("a@office-hours")).toBe(sequenceFor(NOW) + 5);
    ledger.issue("a@office-hours", sequenceFor(NOW));
    expect(ledger.last("a@office-hours")).toBe(sequenceFor(NOW) + 5);
    await Promise.resolve();
    expect(saved.at(-1)).toBe(JSON.stringify({ "a@office-hours": sequenceFor(NOW) + 5 }));
  });

  it("a save that fails is told through `failed`, and the number stays remembered for this session", async () => {
    const settings = defaultSettings();
    const told: string[] = [];
    const ledger = settingsLedger(() => settings, () => Promise.reject(new Error("disk full")), clock, (message) => told.push(message));
    expect(() => ledger.issue("a@office-hours", 7)).not.toThrow();
    await Promise.resolve();
    await Promise.resolve();
    expect(told).toEqual(["Office Hours could not remember the invite's SEQUENCE 7 (disk full); a new invite made in the same minute may not update calendars."]);
    expect(ledger.last("a@office-hours")).toBe(7);
  });
});
