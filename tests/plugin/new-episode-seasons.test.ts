// @vitest-environment happy-dom
// "New episode" for a podcast numbered within seasons (`S01E05 - Logs` in `Podcast/Season 1/`):
// the form proposes the latest season and its next episode, a new season starts at episode 1
// in a folder named like the others, and a number of another season is no clash.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const body = (date: string) => `---\ndate: ${date}\n---\nGuest:: Ann Lee\n\n## Checklist\n\n- [x] Invite\n- [ ] Promote\n`;
const VAULT = {
  "Podcast/Season 1/S01E01 - Logs.md": body("2026-01-07"),
  "Podcast/Season 1/S01E02 - Traces.md": body("2026-01-14"),
  "Podcast/Season 2/S02E01 - Metrics.md": body("2026-02-25"),
  "Podcast/Season 2/S02E02 - Profiles.md": body("2026-03-04"),
};
const PODCAST = {
  id: "podcast",
  name: "Podcast",
  code: "",
  folder: "Podcast",
  fileNamePattern: "S{{season}}E{{number}} - {{topic}}",
  numberPadding: 2,
  schedule: { weekday: 3, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
};
// Thursday 5 March 2026.
const NOW = new Date("2026-03-05T09:00:00Z");

function input(h: TestHost, name: string): HTMLInputElement {
  const el = findSetting(topModal(h).modalEl, name).querySelector("input");
  if (!el) throw new Error(`no input in ${name}`);
  return el;
}

const errorOf = (h: TestHost, name: string) => findSetting(topModal(h).modalEl, name).querySelector(".office-hours-field-error")?.textContent ?? "";
const preview = (h: TestHost) => topModal(h).modalEl.querySelector(".office-hours-file-preview")?.textContent ?? "";

async function open(): Promise<TestHost> {
  ({ host } = await start({ files: VAULT, data: showData([PODCAST]), clock: new TestClock(NOW) }));
  await host.runCommand("office-hours:new-episode");
  return host;
}

async function create(h: TestHost): Promise<string> {
  userClick(findButton(topModal(h).modalEl, "Create"));
  await settle(h, 8);
  return h.app.workspace.getActiveFile()?.path ?? "";
}

describe("New episode of a podcast numbered within seasons", () => {
  it("proposes season 2, episode 3, and writes S02E03 into Season 2", async () => {
    const h = await open();
    expect([input(h, "Season").value, input(h, "Episode").value]).toEqual(["2", "3"]);
    typeInto(input(h, "Topic"), "Tempo");
    expect(preview(h)).toBe("File: Podcast/Season 2/S02E03 - Tempo.md");
    const path = await create(h);
    expect(path).toBe("Podcast/Season 2/S02E03 - Tempo.md");
    expect(onDisk(h, path)).toContain("Tempo");
  });

  it("a new season starts at episode 1, in a Season 3 folder", async () => {
    const h = await open();
    typeInto(input(h, "Topic"), "Pyroscope");
    typeInto(input(h, "Season"), "3");
    expect(input(h, "Episode").value).toBe("1");
    expect(preview(h)).toBe("File: Podcast/Season 3/S03E01 - Pyroscope.md");
    const path = await create(h);
    expect(path).toBe("Podcast/Season 3/S03E01 - Pyroscope.md");
    // Nothing else was touched.
    for (const [existing, text] of Object.entries(VAULT)) expect(onDisk(h, existing)).toBe(text);
  });

  it("episode 1 is taken in season 2; the typed number stays when the season changes, and the clash check follows the season", async () => {
    const h = await open();
    typeInto(input(h, "Topic"), "Again");
    typeInto(input(h, "Episode"), "1");
    expect(errorOf(h, "Episode")).toBe("Episode 1 of season 2 is already used by Podcast/Season 2/S02E01 - Metrics.md.");
    typeInto(input(h, "Season"), "1");
    expect(input(h, "Episode").value).toBe("1");
    expect(errorOf(h, "Episode")).toBe("Episode 1 of season 1 is already used by Podcast/Season 1/S01E01 - Logs.md.");
    typeInto(input(h, "Season"), "4");
    expect(errorOf(h, "Episode")).toBe("");
    expect(await create(h)).toBe("Podcast/Season 4/S04E01 - Again.md");
  });

  it("a number the user typed is never overwritten by a season change; the proposal follows the season while untouched", async () => {
    const h = await open();
    typeInto(input(h, "Topic"), "Tempo");
    // Untouched, the proposal follows each season: season 1's next is 3, a new season's 1.
    typeInto(input(h, "Season"), "1");
    expect(input(h, "Episode").value).toBe("3");
    typeInto(input(h, "Season"), "5");
    expect(input(h, "Episode").value).toBe("1");
    // Typed, it is the user's: before, the season overwrote it with S01E03.
    typeInto(input(h, "Episode"), "7");
    typeInto(input(h, "Season"), "1");
    expect(input(h, "Episode").value).toBe("7");
    expect(preview(h)).toBe("File: Podcast/Season 1/S01E07 - Tempo.md");
    typeInto(input(h, "Season"), "2");
    expect(input(h, "Episode").value).toBe("7");
    expect(await create(h)).toBe("Podcast/Season 2/S02E07 - Tempo.md");
  });

  // Named like an episode, kept out of the episodes by its marker: its number is taken all the same.
  const OUTLINE = "---\noffice-hours: false\n---\nQuestions to ask, no guest yet.\n";

  it("another season's next number counts the notes named in the series that are not episodes (S03E01 - Outline)", async () => {
    ({ host } = await start({ files: { ...VAULT, "Podcast/Season 3/S03E01 - Outline.md": OUTLINE }, data: showData([PODCAST]), clock: new TestClock(NOW) }));
    await host.runCommand("office-hours:new-episode");
    const h = host;
    typeInto(input(h, "Topic"), "Pyroscope");
    typeInto(input(h, "Season"), "3");
    // Before, the form counted only episodes and proposed S03E01, the outline's name.
    expect(input(h, "Episode").value).toBe("2");
    expect(await create(h)).toBe("Podcast/Season 3/S03E02 - Pyroscope.md");
    expect(onDisk(h, "Podcast/Season 3/S03E01 - Outline.md")).toBe(OUTLINE);
  });

  it("a season that is no number is refused and nothing is written", async () => {
    const h = await open();
    typeInto(input(h, "Topic"), "Broken");
    typeInto(input(h, "Season"), "");
    expect(errorOf(h, "Season")).toBe("Use a whole number for the season (0 to 999).");
    userClick(findButton(topModal(h).modalEl, "Create"));
    await settle(h, 8);
    expect(h.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(Object.keys(VAULT).sort());
  });

  it("from Detect shows to the next episode: the proposed show numbers S02E03", async () => {
    ({ host } = await start({ files: VAULT, clock: new TestClock(NOW) }));
    expect(await host.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(host);
    userClick(findButton(topModal(host).modalEl, "Add 1 show"));
    await settle(host);
    expect(await host.runCommand("office-hours:new-episode")).toBe(true);
    await settle(host);
    expect([input(host, "Season").value, input(host, "Episode").value]).toEqual(["2", "3"]);
    typeInto(input(host, "Topic"), "Tempo");
    expect(await create(host)).toBe("Podcast/Season 2/S02E03 - Tempo.md");
  });
});
