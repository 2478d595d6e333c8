// @vitest-environment happy-dom
// probe12: Detect shows through its review, on shows whose folders are named with "#", "[",
// an emoji, or like a code, and on a vault of many shows. Promises (README, "Setting up
// your shows"): "Nothing is written before" Add; Add writes the shows as reviewed; "A show
// you already set up is never proposed twice"; Accepting "replaces the untouched default
// 'Office Hours' show".
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type OfficeHoursPlugin from "../../src/main";
import { DATA_PATH, finish, onDisk, settle, start, topModal } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function episode(date: string): string {
  return `---\ndate: ${date}\n---\nGuest:: Ann Lee\n\n## Prep\n- [ ] Invite guest\n- [x] Book studio\n`;
}

function vault(folders: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [folder, code] of Object.entries(folders)) {
    ["2025-01-03", "2025-01-10", "2025-01-17"].forEach((date, i) => (files[`${folder}/${code} 0${i + 1} - Topic ${i + 1}.md`] = episode(date)));
  }
  return files;
}

interface StoredShow {
  id: string;
  name: string;
  code: string;
  folder: string;
}

function storedShows(h: TestHost): StoredShow[] {
  return (JSON.parse(onDisk(h, DATA_PATH)) as { shows: StoredShow[] }).shows;
}

async function addAll(h: TestHost, count: number): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  const modal = topModal(h).modalEl;
  expect(await h.app.vault.adapter.exists(DATA_PATH)).toBe(false);
  userClick(findButton(modal, `Add ${count} shows`));
  await settle(h, 8);
}

describe("folders named with #, [, an emoji, or like a code", () => {
  const FOLDERS = { "Show #1": "SH", "[Brackets] Show": "BR", "🎙️ Pod": "POD", XYZ: "XYZ" };

  it("Add writes each show with its folder as written, ids distinct; every note is its show's episode; a second Detect proposes none again", async () => {
    let plugin: OfficeHoursPlugin;
    ({ host, plugin } = await start({ files: vault(FOLDERS) }));
    await addAll(host, 4);
    const shows = storedShows(host);
    expect(Object.fromEntries(shows.map((s) => [s.folder, s.code]))).toEqual(FOLDERS);
    expect(new Set(shows.map((s) => s.id)).size).toBe(4);
    expect(shows.some((s) => s.name === "Office Hours")).toBe(false);
    await settle(host, 8);
    // Detect turned "only in the show folders" on: a note is found only when its folder
    // matches its show's setting exactly, so all 12 found says every folder matched.
    expect((JSON.parse(onDisk(host, DATA_PATH)) as { episodesOnlyInShowFolders: boolean }).episodesOnlyInShowFolders).toBe(true);
    expect(plugin.episodes() ?? []).toHaveLength(12);
    const before = onDisk(host, DATA_PATH);
    expect(await host.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(host);
    // Nothing new: a notice, no review with shows to add, data.json unchanged.
    const open = host.activeModal();
    if (open) expect(open.modalEl.querySelectorAll(".office-hours-detect-show input[type=checkbox]:checked")).toHaveLength(0);
    expect(onDisk(host, DATA_PATH)).toBe(before);
  });
});

describe("a vault of 40 shows", () => {
  it("the review lists all 40 and Add writes 40 shows with distinct ids and folders", async () => {
    const folders: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const code = `Q${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
      folders[`Shows/Show ${code}`] = code;
    }
    ({ host } = await start({ files: vault(folders) }));
    await addAll(host, 40);
    const shows = storedShows(host);
    expect(shows).toHaveLength(40);
    expect(new Set(shows.map((s) => s.id)).size).toBe(40);
    expect(shows.map((s) => s.folder).sort()).toEqual(Object.keys(folders).sort());
  });
});
