// @vitest-environment happy-dom
// "New episode" with a note whose name only looks different (case, folder case, NFD,
// a trailing space): such a note is the same file on macOS, Windows and in Sync, so it
// is treated like "already exists": offered to open, or a free name that collides with
// nothing is used. A folder spelled differently is used as it is, not doubled.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { activeFilePath, finish, onDisk, settle, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

/** Opted out of the plugin, so the number stays free in the form. */
const MINE = "---\noffice-hours: false\n---\nMy own notes.\n";

function allPaths(h: TestHost): string[] {
  return h.app.vault
    .getAllLoadedFiles()
    .map((f) => f.path)
    .filter((p) => p !== "/")
    .sort();
}

/** Fill in the form (the default show: "Office Hours", code OH) and press Create. */
async function create(h: TestHost, number: string, topic: string): Promise<void> {
  await h.runCommand("office-hours:new-episode");
  // With the untouched default show, the command first looks for shows to propose.
  await settle(h);
  const form = topModal(h).modalEl;
  const field = (name: string) => findSetting(form, name).querySelector("input") as HTMLInputElement;
  typeInto(field("Number"), number);
  typeInto(field("Topic"), topic);
  typeInto(field("Guests"), "");
  userClick(findButton(form, "Create"));
  await settle(h);
}

function question(h: TestHost): { title: string; text: string; buttons: string[]; el: HTMLElement } {
  const modal = topModal(h);
  return {
    title: modal.titleEl.textContent ?? "",
    text: modal.contentEl.querySelector("p")?.textContent ?? "",
    buttons: Array.from(modal.contentEl.querySelectorAll("button")).map((b) => b.textContent ?? ""),
    el: modal.contentEl,
  };
}

describe("a look-alike note counts as already there", () => {
  it.each([
    ["case only", "Office Hours/oh 12 - LOKI BASICS.md", "Loki basics"],
    ["folder case only", "office hours/OH 12 - Loki basics.md", "Loki basics"],
    ["a trailing space", "Office Hours/OH 12 - Loki basics .md", "Loki basics"],
    ["decomposed accents (NFD)", "Office Hours/OH 12 - Cafe\u0301 talk.md", "Caf\u00e9 talk"],
  ])("%s: the question names it, “Open it” opens it, and nothing is written", async (_what, existing, topic) => {
    ({ host } = await start({ files: { [existing]: MINE } }));
    const before = allPaths(host);
    await create(host, "12", topic);
    const asked = question(host);
    expect(asked.title).toBe("This episode note already exists");
    // Named as it is on disk (in the folder found, a folder of another spelling is used as it is).
    expect(asked.text.startsWith(`${existing} already exists`)).toBe(true);
    expect(asked.text.endsWith("Nothing was changed.")).toBe(true);
    userClick(findButton(asked.el, "Open it"));
    await settle(host);
    expect(activeFilePath(host)).toBe(existing);
    expect(allPaths(host)).toEqual(before);
    expect(onDisk(host, existing)).toBe(MINE);
  });

  it("says why a name that is not the same string is the same note", async () => {
    ({ host } = await start({ files: { "Office Hours/oh 12 - LOKI BASICS.md": MINE } }));
    await create(host, "12", "Loki basics");
    expect(question(host).text).toBe(
      "Office Hours/oh 12 - LOKI BASICS.md already exists: its name differs from “Office Hours/OH 12 - Loki basics.md” only in case, accents' encoding or trailing spaces and dots, which other devices and Sync treat as the same name. Nothing was changed.",
    );
  });

  it("the free name offered collides with no look-alike either", async () => {
    const files = { "Office Hours/OH 12 - Loki basics.md": MINE, "Office Hours/oh 12 - loki basics (2).md": MINE };
    ({ host } = await start({ files }));
    await create(host, "12", "Loki basics");
    const asked = question(host);
    expect(asked.text).toBe("Office Hours/OH 12 - Loki basics.md already exists. Nothing was changed.");
    expect(asked.buttons).toEqual(["Open it", "Create “OH 12 - Loki basics (3)”"]);
    userClick(findButton(asked.el, "Create “OH 12 - Loki basics (3)”"));
    await settle(host);
    expect(activeFilePath(host)).toBe("Office Hours/OH 12 - Loki basics (3).md");
    for (const [path, text] of Object.entries(files)) expect(onDisk(host, path)).toBe(text);
  });
});

describe("a show folder spelled differently on disk", () => {
  it("gets the new note inside it, not a second folder beside it", async () => {
    ({ host } = await start({ files: { "office hours/OH 01 - First.md": MINE } }));
    await create(host, "2", "Second");
    expect(activeFilePath(host)).toBe("office hours/OH 02 - Second.md");
    expect(allPaths(host).filter((p) => !p.includes("/"))).toEqual(["office hours"]);
  });
});
