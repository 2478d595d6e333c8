// @vitest-environment happy-dom
// Unloading with a modal open: every modal and picker the plugin opens is closed, and
// what it held (its DOM listeners, counted by the host) is released. Whatever the flow
// was waiting for resolves as dismissed, nothing is written, and nothing opens later.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, findButton, typeInto, userClick } from "../host/interactions";
import { createTestHost, type TestHost } from "../host/test-host";
import OfficeHoursPlugin from "../../src/main";
import { DATA_PATH, GOH25, MANIFEST, finish, realNote, settle, showData, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

const SHOW = { id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const OTHER = { ...SHOW, id: "other", name: "Other show", code: "OS", folder: "Other" };
const TAKEN = "Office Hours/OH 01 - Loki basics.md";
/** An episode with no url yet: the "We're live now!" post asks for it. */
const OH03 = "Office Hours/OH 03 - Tempo tips, with Ann Lee.md";

function files(): Record<string, string> {
  return {
    [GOH25]: realNote(GOH25),
    [OH03]: "---\nurl:\ndate: 2025-06-13\n---\n# OH 03\n\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Invite Ann\n",
    [TAKEN]: "---\noffice-hours: false\n---\nMine.\n",
    "Scratch.md": "Ideas\n",
  };
}

function input(root: HTMLElement, name: string): HTMLInputElement {
  const row = Array.from(root.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  const el = row?.querySelector("input");
  if (!el) throw new Error(`no input ${name}`);
  return el;
}

/** Each way a modal of the plugin gets opened, left open. */
/** What the modal is, as the user sees it: its title, or a picker's placeholder. */
function shownAs(modal: { titleEl: HTMLElement; modalEl: HTMLElement }): string {
  return modal.titleEl.textContent || (modal.modalEl.querySelector("input")?.getAttribute("placeholder") ?? "");
}

const OPENERS: [string, Record<string, unknown>[], (s: { host: TestHost }) => Promise<void>, string][] = [
  ["the new-episode form", [SHOW], async ({ host: h }) => void (await h.runCommand("office-hours:new-episode")), "New Office Hours episode"],
  ["the show picker (New episode)", [SHOW, OTHER], async ({ host: h }) => void (await h.runCommand("office-hours:new-episode")), "Which show is the episode for?"],
  ["the show picker (index note)", [SHOW, OTHER], async ({ host: h }) => void (await h.runCommand("office-hours:update-index-note")), "Which show is the episode for?"],
  [
    "the episode picker",
    [SHOW],
    async ({ host: h }) => {
      await h.openFile("Scratch.md");
      await h.runCommand("office-hours:copy-snippet");
    },
    "This note is not an episode: which episode is the text for?",
  ],
  [
    "the snippet picker",
    [SHOW],
    async ({ host: h }) => {
      await h.openFile(GOH25);
      await h.runCommand("office-hours:insert-snippet");
    },
    "Insert a snippet for GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski",
  ],
  [
    "the missing-values form",
    [SHOW],
    async ({ host: h }) => {
      await h.openFile(OH03);
      await h.runCommand("office-hours:insert-snippet");
      await settle(h);
      chooseSuggestion("We're live now! post", topModal(h).modalEl);
    },
    "Fill in “We're live now! post”",
  ],
  [
    "the “already exists” question",
    [SHOW],
    async ({ host: h }) => {
      await h.runCommand("office-hours:new-episode");
      const form = topModal(h).modalEl;
      typeInto(input(form, "Number"), "1");
      typeInto(input(form, "Topic"), "Loki basics");
      typeInto(input(form, "Guests"), "");
      userClick(findButton(form, "Create"));
    },
    "This episode note already exists",
  ],
];

describe("unloading with a modal open", () => {
  it.each(OPENERS)("closes %s and releases its listeners", async (_name, shows, open, title) => {
    host = await createTestHost({ files: { ...files(), [DATA_PATH]: JSON.stringify(showData(shows)) } });
    const baseline = host.liveListenerCount();
    const plugin = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.layoutReady();
    await settle(host);
    await open({ host });
    await settle(host);
    const modal = topModal(host);
    expect(shownAs(modal)).toBe(title);
    expect(host.liveListenerCount().modals).toBeGreaterThan(0);
    const filesBefore = host.app.vault.getFiles().map((f) => f.path).sort();

    await host.unloadPlugin(plugin);
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(modal.modalEl.isConnected).toBe(false);
    expect(host.liveListenerCount()).toEqual(baseline);
    // Closing it dismissed it: nothing was created or inserted, and nothing opened afterwards.
    expect(host.app.vault.getFiles().map((f) => f.path).sort()).toEqual(filesBefore);
    expect(host.activeModal()).toBeNull();
  });
});
