// @vitest-environment happy-dom
// renames1: a file or folder the settings name, renamed (or moved) in Obsidian or by a
// sync tool, is followed: the setting is rewritten, saved once, and a notice says what
// followed. A delete is not followed.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import type OfficeHoursPlugin from "../../src/main";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

const INDEX = "Office Hours/Office Hours episodes.md";
const TEMPLATE = "Templates/OH episode.md";
const DATA = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX, template: "Templates/OH episode" }], {
  episodesOnlyInShowFolders: true,
  snippetsFolder: "Office Hours/Snippets",
  guestsFolder: "People",
  calendarFolder: "Office Hours/Invites",
  templateFolders: ["Templates"],
});
const FILES = {
  "Office Hours/OH 01 - First steps.md": "---\ndate: 2025-05-02\n---\nGuest:: Ann Lee\n\n- [x] Invite\n",
  [INDEX]: "# Office Hours\n",
  "Office Hours/Snippets/Promo.md": "Promo text\n",
  [TEMPLATE]: "---\ndate:\n---\n- [ ] Invite\n",
  "People/Ann Lee.md": "# Ann Lee\n",
  "Elsewhere/A note.md": "words\n",
};

function stored(h: TestHost): OfficeHoursSettings {
  return JSON.parse(onDisk(h, DATA_PATH)) as OfficeHoursSettings;
}

async function started(): Promise<{ h: TestHost; plugin: OfficeHoursPlugin; saves: () => number }> {
  const run = await start({ data: DATA, files: FILES });
  host = run.host;
  const save = vi.spyOn(run.plugin, "saveData");
  return { h: run.host, plugin: run.plugin, saves: () => save.mock.calls.length };
}

function item(h: TestHost, path: string) {
  const found = h.app.vault.getAbstractFileByPath(path);
  if (!found) throw new Error(`nothing at ${path}`);
  return found;
}

describe("the show folder renamed", () => {
  for (const how of ["fileManager.renameFile", "vault.rename (a sync tool)"] as const) {
    it(`by ${how}: the folder and every path under it follow, saved once, one notice`, async () => {
      const { h, saves } = await started();
      const folder = item(h, "Office Hours");
      if (how === "fileManager.renameFile") await h.app.fileManager.renameFile(folder, "OH");
      else await h.app.vault.rename(folder, "OH");
      await settle(h);
      const s = stored(h);
      expect(s.shows[0]?.folder).toBe("OH");
      expect(s.shows[0]?.indexNote).toBe("OH/Office Hours episodes.md");
      expect(s.snippetsFolder).toBe("OH/Snippets");
      expect(s.calendarFolder).toBe("OH/Invites");
      // Not under it: as they were.
      expect(s.shows[0]?.template).toBe("Templates/OH episode");
      expect(s.guestsFolder).toBe("People");
      expect(saves()).toBe(1);
      expect(h.noticeMessages().filter((m) => m.includes(" now "))).toEqual([
        "Office Hours now looks for Office Hours' episodes in OH. Office Hours now keeps Office Hours' episode list in OH/Office Hours episodes.md. Office Hours now reads your snippets from OH/Snippets. Office Hours now writes calendar files to OH/Invites.",
      ]);
    });
  }

  it("renamed back: the settings are exactly as before", async () => {
    const { h, plugin } = await started();
    const before = structuredClone(plugin.settings);
    await h.app.fileManager.renameFile(item(h, "Office Hours"), "OH");
    await settle(h);
    expect(plugin.settings.shows[0]?.folder).toBe("OH");
    await h.app.fileManager.renameFile(item(h, "OH"), "Office Hours");
    await settle(h);
    expect(plugin.settings).toEqual(before);
    expect(stored(h).shows[0]?.indexNote).toBe(INDEX);
  });

  it("moved into another folder: the paths under it are moved too", async () => {
    const { h } = await started();
    await h.app.vault.createFolder("Shows");
    await h.app.fileManager.renameFile(item(h, "Office Hours"), "Shows/Office Hours");
    await settle(h);
    expect(stored(h).shows[0]?.folder).toBe("Shows/Office Hours");
    expect(stored(h).snippetsFolder).toBe("Shows/Office Hours/Snippets");
  });

  it("deleted: not followed, nothing saved, no notice", async () => {
    const { h, saves } = await started();
    const before = onDisk(h, DATA_PATH);
    await h.app.fileManager.trashFile(item(h, "Office Hours"));
    await settle(h);
    expect(saves()).toBe(0);
    expect(h.noticeMessages().filter((m) => m.includes(" now "))).toEqual([]);
    expect(onDisk(h, DATA_PATH)).toBe(before);
    expect(stored(h).shows[0]?.folder).toBe("Office Hours");
  });
});

describe("notes and other folders renamed", () => {
  it("the index note: its setting follows, and the notice says where the list is kept", async () => {
    const { h } = await started();
    await h.app.fileManager.renameFile(item(h, INDEX), "Office Hours/README.md");
    await settle(h);
    expect(stored(h).shows[0]?.indexNote).toBe("Office Hours/README.md");
    expect(h.noticeMessages()).toContain("Office Hours now keeps Office Hours' episode list in Office Hours/README.md.");
  });

  it("the template, stored without .md, keeps that form", async () => {
    const { h } = await started();
    await h.app.fileManager.renameFile(item(h, TEMPLATE), "Templates/Episode.md");
    await settle(h);
    expect(stored(h).shows[0]?.template).toBe("Templates/Episode");
  });

  it("the guests folder and a template folder follow", async () => {
    const { h, saves } = await started();
    await h.app.vault.rename(item(h, "People"), "Guests");
    await settle(h);
    await h.app.vault.rename(item(h, "Templates"), "Tpl");
    await settle(h);
    const s = stored(h);
    expect(s.guestsFolder).toBe("Guests");
    expect(s.templateFolders).toEqual(["Tpl"]);
    expect(s.shows[0]?.template).toBe("Tpl/OH episode");
    expect(saves()).toBe(2);
  });

  it("a note no setting names: nothing saved, no notice", async () => {
    const { h, saves } = await started();
    await h.app.fileManager.renameFile(item(h, "Elsewhere/A note.md"), "Elsewhere/Another.md");
    await h.app.fileManager.renameFile(item(h, "Elsewhere"), "Office Hours 2");
    await settle(h);
    expect(saves()).toBe(0);
    expect(h.noticeMessages().filter((m) => m.includes(" now "))).toEqual([]);
  });

  it("after the plugin is disabled, a rename changes nothing", async () => {
    const { h, plugin, saves } = await started();
    await h.unloadPlugin(plugin);
    await h.app.vault.rename(item(h, "Office Hours"), "OH");
    await settle(h);
    expect(saves()).toBe(0);
  });
});
