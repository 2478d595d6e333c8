// @vitest-environment happy-dom
// The plugin's side of a tick on a Tasks line (src/plugin/episodes/tick.ts): today is the
// plugin's clock in the show's own zone, Tasks' own "set done date" setting is read from
// its data.json at each tick, the open editor gets the same line as the file, and a
// recurring item is refused in the editor too.
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownView } from "obsidian";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, onDisk, settle, showData, start, TestClock, type Started } from "./harness";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { episodeDay, tasksDataPath, tickTask } from "../../src/plugin/episodes/tick";
import { refsOf } from "../core/tick-refs";
import type { EpisodeIndex } from "../../src/core/vault/episode-index";

let host: TestHost | undefined;
/** The running plugin: its index and clock give a tick its day, as the sidebar's do (ticks9). */
let started: Started | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function show(id: string, folder: string, timeZone: string): ShowSettings {
  const s = defaultShow(timeZone, id);
  s.id = id;
  s.code = id.toUpperCase();
  s.folder = folder;
  s.schedule = { weekday: 2, time: "18:00", timeZone, durationMinutes: 60 };
  return s;
}

const NOTE = (code: string) =>
  ["---", "date: 2025-03-04", "---", `# ${code} 1`, "## Prep", "- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27", "- [ ] Post on LinkedIn", "- [ ] Check the comments 🔁 every week 📅 2025-03-04", ""].join("\n");
const AKL = "Auckland/AKL 1.md";
const LIM = "Lima/LIM 1.md";

// 11:30 UTC on Monday 3 March: already Tuesday 4 March in Auckland (UTC+13), still Monday in Lima (UTC-5).
const NOW = new Date("2025-03-03T11:30:00Z");

async function setUp(tasksData?: string): Promise<TestHost> {
  const files: Record<string, string> = { [AKL]: NOTE("AKL"), [LIM]: NOTE("LIM") };
  if (tasksData !== undefined) files[".obsidian/plugins/obsidian-tasks-plugin/data.json"] = tasksData;
  const shows = [show("akl", "Auckland", "Pacific/Auckland"), show("lim", "Lima", "America/Lima")];
  started = await start({ clock: new TestClock(NOW), data: showData(shows as unknown as Record<string, unknown>[]), files });
  host = started.host;
  await settle(host);
  return host;
}

async function tick(h: TestHost, path: string, item: string, to: "done" | "open" = "done") {
  const text = to === "done" ? NOTE(path.startsWith("Auckland") ? "AKL" : "LIM") : onDisk(h, path);
  const ref = refsOf(text).find((r) => r.raw.includes(item));
  if (!ref) throw new Error(`no ${item}`);
  if (!started) throw new Error("not started");
  const { index } = (started.plugin as unknown as { indexer: { index: EpisodeIndex } }).indexer;
  return tickTask(h.app, fileAt(h, path), ref, to, episodeDay(index, path, started.clock));
}

const lineOf = (text: string, item: string) => text.split("\n").find((l) => l.includes(item));

describe("a tick's done date", () => {
  it("is today in the note's show zone, by the plugin's clock", async () => {
    const h = await setUp();
    expect(await tick(h, AKL, "Thumbnail")).toEqual({ ok: true });
    expect(await tick(h, LIM, "Thumbnail")).toEqual({ ok: true });
    expect(lineOf(onDisk(h, AKL), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-04");
    expect(lineOf(onDisk(h, LIM), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-03");
    // A plain item beside it: one character.
    expect(await tick(h, AKL, "Post on LinkedIn")).toEqual({ ok: true });
    expect(lineOf(onDisk(h, AKL), "Post on LinkedIn")).toBe("- [x] Post on LinkedIn");
  });

  it("is left out when Tasks' data.json turns “set done date” off, read again at each tick", async () => {
    const h = await setUp('{"setDoneDate":false}');
    await tick(h, AKL, "Thumbnail");
    expect(lineOf(onDisk(h, AKL), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27");
    await h.app.vault.adapter.write(tasksDataPath(h.app), '{"setDoneDate":true}');
    await tick(h, LIM, "Thumbnail");
    expect(lineOf(onDisk(h, LIM), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-03");
  });

  it("is written when Tasks' data.json is corrupt (Tasks' default, on)", async () => {
    const h = await setUp("{ not json");
    await tick(h, AKL, "Thumbnail");
    expect(lineOf(onDisk(h, AKL), "Thumbnail")).toBe("- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-04");
  });

  it("is taken away by an untick", async () => {
    const h = await setUp();
    await tick(h, LIM, "Thumbnail");
    expect(await tick(h, LIM, "Thumbnail", "open")).toEqual({ ok: true });
    expect(onDisk(h, LIM)).toBe(NOTE("LIM"));
  });
});

describe("a tick in the open note's editor", () => {
  async function opened(h: TestHost, path: string): Promise<MarkdownView> {
    const leaf = h.app.workspace.getLeaf(false);
    await leaf.openFile(fileAt(h, path));
    await settle(h);
    if (!(leaf.view instanceof MarkdownView)) throw new Error("no editor");
    return leaf.view;
  }

  it("writes the same line as in the file, the rest of the note untouched", async () => {
    const h = await setUp();
    const view = await opened(h, AKL);
    expect(await tick(h, AKL, "Thumbnail")).toEqual({ ok: true });
    expect(view.editor.getValue()).toBe(NOTE("AKL").replace("📅 2025-02-27", "📅 2025-02-27 ✅ 2025-03-04").replace("- [ ] Thumbnail", "- [x] Thumbnail"));
  });

  it("refuses a recurring item, the editor unchanged, and says why", async () => {
    const h = await setUp();
    const view = await opened(h, AKL);
    const result = await tick(h, AKL, "Check the comments");
    expect(result).toMatchObject({ ok: false, kind: "repeats", line: 7 });
    expect(result.ok ? "" : result.reason).toMatch(/^It repeats \(🔁\): .* Open the note and tick it there\.$/);
    expect(view.editor.getValue()).toBe(NOTE("AKL"));
  });

  it("refuses a recurring item in a closed note, the file unchanged", async () => {
    const h = await setUp();
    expect(await tick(h, LIM, "Check the comments")).toMatchObject({ ok: false, kind: "repeats", line: 7 });
    expect(onDisk(h, LIM)).toBe(NOTE("LIM"));
  });
});
