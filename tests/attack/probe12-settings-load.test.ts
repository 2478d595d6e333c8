// @vitest-environment happy-dom
// probe12: data.json as a user may leave it after editing it by hand: saved with a byte
// order mark (Windows Notepad before 2019 wrote UTF-8 that way), or grown to megabytes by
// keys of a newer version. Promises (README, "Settings"): "Stored settings are never lost.
// Keys this version does not know ... are kept, at every level, through loading and
// saving"; "A data.json that cannot be read at all is kept as data.corrupt.json, and the
// plugin starts with defaults"; the command line "reads its settings from data.json".
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { findSetting, typeInto } from "../host/interactions";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const SHOW = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", schedule: { weekday: 5, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 } };
const EPISODE = "---\ndate: 2025-06-06\n---\n## Prep\n- [ ] Invite\n";
const BOM = "\uFEFF";

describe("a data.json saved with a byte order mark", () => {
  // FIXED (lead, this stop: core/settings/settings-json.ts, settings-store.ts loadDataFile).
  // Was: DEFECT (src/plugin/settings/settings-store.ts loadSettings relies on Obsidian's
  // loadData, a bare JSON.parse; src/cli/vault-config.ts parses the same way): the file is
  // the user's settings, whole and valid but for U+FEFF before the "{", and it is taken as
  // unreadable: the plugin moves it to data.corrupt.json and runs on the default show
  // (the next change in the tab saves defaults over it); the command line says "not valid
  // JSON; it is ignored and defaults are used". RFC 8259 §8.1 lets a parser ignore the
  // mark. Rule: one leading U+FEFF is dropped before parsing, in the plugin and the CLI.
  it("the plugin uses the shows it holds (the command line: probe12-cli-settings.test.ts)", async () => {
    ({ host } = await start({ data: BOM + JSON.stringify(showData([SHOW]), null, 2), files: { "GOH/GOH 01 - Faro.md": EPISODE } }));
    const tab = await host.openSettings("office-hours");
    expect(() => findSetting(tab, "Grafana Office Hours")).not.toThrow();
  });

  it("whatever it does with the mark, the stored text is never lost: it stays in data.json or in a copy beside it", async () => {
    const text = BOM + JSON.stringify(showData([SHOW]), null, 2);
    ({ host } = await start({ data: text, files: { "GOH/GOH 01 - Faro.md": EPISODE } }));
    const tab = await host.openSettings("office-hours");
    typeInto(findSetting(tab, "Snippets folder").querySelector("input") as HTMLInputElement, "Snips");
    await settle(host);
    const dir = DATA_PATH.slice(0, DATA_PATH.lastIndexOf("/"));
    const listed = await host.app.vault.adapter.list(dir);
    const texts: string[] = [];
    for (const path of listed.files) texts.push(await host.app.vault.adapter.read(path));
    // Read with the mark dropped (lead, this stop): the edit is saved over the settings it
    // read, so everything the file held is still in data.json, beside the edit.
    const stored = JSON.parse(await host.app.vault.adapter.read(DATA_PATH)) as { shows: { id: string; folder: string }[]; snippetsFolder: string };
    expect(stored.shows.map((s) => [s.id, s.folder])).toEqual([["goh", "GOH"]]);
    expect(stored.snippetsFolder).toBe("Snips");
    expect(texts.some((t) => t.includes('"id": "goh"'))).toBe(true);
  });
});

describe("a data.json of several megabytes (a newer version's keys)", () => {
  it("loads, keeps every unknown key through an edit in the tab, and the show is used", async () => {
    const big = Array.from({ length: 20000 }, (_, i) => ({ at: `2025-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`, note: "x".repeat(200), n: i }));
    const data = { ...showData([{ ...SHOW, futureShowKey: { nested: big.slice(0, 100) } }]), futureLog: big };
    const text = JSON.stringify(data);
    expect(text.length).toBeGreaterThan(4_000_000);
    ({ host } = await start({ data: text, files: { "GOH/GOH 01 - Faro.md": EPISODE } }));
    const tab = await host.openSettings("office-hours");
    typeInto(findSetting(tab, "Snippets folder").querySelector("input") as HTMLInputElement, "Snips");
    await settle(host);
    const saved = JSON.parse(onDisk(host, DATA_PATH)) as { snippetsFolder: string; futureLog: unknown; shows: Record<string, unknown>[] };
    expect(saved.snippetsFolder).toBe("Snips");
    expect(saved.futureLog).toEqual(big);
    expect(saved.shows[0]).toMatchObject({ id: "goh", futureShowKey: { nested: big.slice(0, 100) } });
  });
});
