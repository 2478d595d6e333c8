// The sidebar's cache (sidebar/sidebar-model.ts): nothing is rebuilt when nothing changed,
// one changed note rebuilds one row, and each thing a row depends on (the day in its show's
// zone, a `live:` mark turning live, a shared number, the locale, the rules) rebuilds
// exactly the rows it touches.
import { describe, expect, it, vi } from "vitest";
import { SidebarModel, type ModelInput, type SourceEpisode } from "../../src/core/sidebar/sidebar-model";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { recordOf } from "../support/notes";
import { nameParser } from "../../src/core/note/name-pattern";
import { bestGrowth } from "../support/growth";

const BERLIN = { ...defaultShow("Europe/Berlin", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "GOH" };
const TOKYO = { ...defaultShow("Asia/Tokyo", "Tokyo Talks"), id: "tt", code: "TT", folder: "TT" };

function settings(): OfficeHoursSettings {
  return { ...defaultSettings("UTC"), shows: [BERLIN, TOKYO] };
}

function source(path: string, date: string, version: number, extra = ""): SourceEpisode {
  const show = path.startsWith("TT") ? TOKYO : BERLIN;
  const text = `---\ndate: ${date}\nurl: https://youtube.com/live/ZEUzucqXUnQ\n${extra}---\nGuest:: Ann\n## Checklist\n- [ ] Book\n## After the show\n- [ ] Upload\n`;
  return { episode: recordOf(path, text, { parseName: nameParser(show.fileNamePattern, show.code) }), show, version };
}

/** 2024-01-15 14:30 UTC: still the 15th in Berlin, already the 16th in Tokyo after 15:00 UTC. */
const NOW = Date.parse("2024-01-15T14:30:00Z");

const formats = new Map<string, Intl.DateTimeFormat>();
const SETTINGS = settings();

function input(episodes: SourceEpisode[], revision: number, overrides: Partial<ModelInput> = {}): ModelInput {
  const nowMs = overrides.nowMs ?? NOW;
  return {
    revision,
    episodes: () => episodes,
    settings: SETTINGS,
    todayIn: (zone) => {
      let format = formats.get(zone);
      if (!format) formats.set(zone, (format = new Intl.DateTimeFormat("en-CA", { timeZone: zone })));
      return format.format(new Date(nowMs));
    },
    nowMs,
    fallbackZone: "UTC",
    locale: "en",
    ...overrides,
  };
}

const EPISODES = [
  source("GOH/GOH 1 - One.md", "2024-01-10", 1),
  source("GOH/GOH 2 - Two.md", "2024-01-20", 2),
  source("TT/TT 1 - Uno.md", "2024-01-16", 3),
];

describe("SidebarModel", () => {
  it("builds every row once, then nothing while nothing changed, and asks for the episodes only on a new revision", () => {
    const model = new SidebarModel();
    const episodes = vi.fn(() => EPISODES);
    const first = model.refresh({ ...input(EPISODES, 7), episodes });
    expect(model.rebuilt).toBe(3);
    const rows = model.rows;
    expect(model.refresh({ ...input(EPISODES, 7), episodes, nowMs: NOW + 60_000 })).toBe(first);
    expect(model.rebuilt).toBe(0);
    // The running total keeps the first refresh's work.
    expect(model.built).toBe(3);
    expect(model.rows).toBe(rows);
    expect(episodes).toHaveBeenCalledTimes(1);
  });

  it("rebuilds only the changed note's row on a new revision", () => {
    const model = new SidebarModel();
    model.refresh(input(EPISODES, 1));
    const before = model.rows;
    const changed = [EPISODES[0] as SourceEpisode, source("GOH/GOH 2 - Two.md", "2024-01-20", 9, "status: cancelled\n"), EPISODES[2] as SourceEpisode];
    model.refresh(input(changed, 2));
    expect(model.rebuilt).toBe(1);
    expect(model.built).toBe(4);
    expect(model.rows[0]).toBe(before[0]);
    expect(model.rows[2]).toBe(before[2]);
    expect(model.rows[1]?.state).toBe("cancelled");
  });

  it("drops the row of a note that went away", () => {
    const model = new SidebarModel();
    model.refresh(input(EPISODES, 1));
    model.refresh(input(EPISODES.slice(1), 2));
    expect(model.rows.map((r) => r.path)).toEqual(["GOH/GOH 2 - Two.md", "TT/TT 1 - Uno.md"]);
    expect(model.rebuilt).toBe(0);
  });

  it("rebuilds the rows of a show whose day changed in its own zone, and no other", () => {
    const model = new SidebarModel();
    model.refresh(input(EPISODES, 1, { nowMs: Date.parse("2024-01-15T14:00:00Z") }));
    expect(model.rows[2]).toMatchObject({ state: "scheduled", relative: "tomorrow" });
    // 15:00 UTC is midnight in Tokyo: TT 1 is on air today; Berlin is still on the 15th.
    model.refresh(input(EPISODES, 1, { nowMs: Date.parse("2024-01-15T15:00:00Z") }));
    expect(model.rebuilt).toBe(1);
    expect(model.rows[2]).toMatchObject({ state: "live", relative: "today" });
  });

  it("rebuilds a row when its live: mark turns live with the clock alone", () => {
    const marked = source("GOH/GOH 2 - Two.md", "2024-01-20", 2, "live: 2024-01-15T15:00:00Z\n");
    const model = new SidebarModel();
    const stamp = model.refresh(input([marked], 1, { nowMs: Date.parse("2024-01-15T14:00:00Z") }));
    expect(model.rows[0]?.state).toBe("scheduled");
    // Five minutes ahead counts as now (another device's clock may run ahead).
    expect(model.refresh(input([marked], 1, { nowMs: Date.parse("2024-01-15T14:56:00Z") }))).not.toBe(stamp);
    expect(model.rebuilt).toBe(1);
    expect(model.rows[0]?.state).toBe("live");
  });

  it("rebuilds both rows when a number becomes shared", () => {
    const model = new SidebarModel();
    model.refresh(input(EPISODES, 1));
    const twin = source("GOH/GOH 2 - Twin.md", "2024-01-27", 4);
    model.refresh(input([...EPISODES, twin], 2));
    expect(model.rebuilt).toBe(2);
    expect(model.rows.filter((r) => r.alerts.some((a) => a.message.startsWith("Number 2 is also used by “GOH 2 - T"))).map((r) => r.path)).toEqual([
      "GOH/GOH 2 - Two.md",
      "GOH/GOH 2 - Twin.md",
    ]);
  });

  it("rebuilds every row for another locale or other rules", () => {
    const model = new SidebarModel();
    model.refresh(input(EPISODES, 1));
    model.refresh(input(EPISODES, 1, { locale: "de" }));
    expect(model.rebuilt).toBe(3);
    expect(model.rows[0]?.date).toBe("Mi 10 Jan. 2024");
    const stricter = { ...settings(), archiveAfterWeeks: 1 };
    model.refresh(input(EPISODES, 1, { locale: "de", settings: stricter }));
    expect(model.rebuilt).toBe(3);
  });

  it("gives a group's missing numbers over all its episodes", () => {
    const model = new SidebarModel();
    model.refresh(input([...EPISODES, source("GOH/GOH 5 - Five.md", "2024-02-01", 5)], 1));
    expect(model.numbering("show:goh").gaps).toEqual([3, 4]);
    expect(model.numbering("show:tt").gaps).toEqual([]);
  });
});

describe("SidebarModel's cost", () => {
  /** A model already drawn for `n` episodes, and the unchanged input to ask it again with. */
  function drawn(n: number): { model: SidebarModel; again: ModelInput } {
    const base = EPISODES[1] as SourceEpisode;
    const episodes = Array.from({ length: n }, (_, i): SourceEpisode => ({ ...base, episode: { ...base.episode, path: `GOH/GOH ${i} - Two.md` }, version: i + 1 }));
    const model = new SidebarModel();
    model.refresh(input(episodes, 1));
    return { model, again: input(episodes, 1, { nowMs: NOW + 1000 }) };
  }

  it("with nothing changed does not grow with the number of episodes (CPU time, n against 4n)", () => {
    const ratio = bestGrowth(({ model, again }: { model: SidebarModel; again: ModelInput }) => model.refresh(again), (n) => drawn(n), 1000, 2, 1);
    expect(ratio).toBeLessThan(2);
  });
});
