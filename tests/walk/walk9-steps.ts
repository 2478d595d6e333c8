// A newcomer's first runs (walk9), driven as the README and the plugin's own words tell
// them: the demo vault `npm start` makes, an empty vault, the podcast vault
// (tests/fixtures/podcast-vault) and the real notes (tests/fixtures/real-notes), each a
// copy in the stand-in host's temporary vault. Shared by the walk9-*.test.ts files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect } from "vitest";
import { chooseSuggestion, findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { MarkdownView } from "obsidian";
import { NOW, TestClock, settle, start, topModal } from "../plugin/harness";
import { demoNotes, demoSettings } from "../../src/core/demo";
import { letTimePass } from "./walk8-week";

const PODCAST = join(import.meta.dirname, "../fixtures/podcast-vault");

/** Every note of tests/fixtures/podcast-vault, by vault path, unchanged. */
export function podcastVault(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md")) files[relative(PODCAST, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(PODCAST);
  return files;
}

export const BB04 = "Podcasts/Berlin Bytes/BB 04 - Running a meetup, with Dev Patel.md";

/** Wednesday 8 October 2025, 09:00 UTC: BB 04 is recorded next Tuesday. */
export const PODCAST_NOW = new Date("2025-10-08T09:00:00Z");

/** The podcast vault with the plugin just enabled: nothing set up, the first-run notice not yet shown. */
export async function podcastInstall(): Promise<{ h: TestHost; clock: TestClock }> {
  const clock = new TestClock(PODCAST_NOW);
  const { host } = await start({ files: podcastVault(), clock, detectionOffered: false });
  await letTimePass(host);
  return { h: host, clock };
}

/** "Detect shows", then the review's Add button as it reads (`label`), accepting what it proposes. */
export async function detectAndAdd(h: TestHost, label: string): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, label));
  await letTimePass(h);
}

/** The demo vault as `npm start` writes it on NOW (its settings, notes and welcome note). */
export function demoVault(): { files: Record<string, string>; data: unknown } {
  const data = demoSettings("UTC");
  const show = data.shows[0];
  if (!show) throw new Error("The demo has no show");
  return { files: Object.fromEntries(demoNotes(show, NOW)), data };
}

export const OH04 = "Office Hours/OH 04 - Logs at scale, with Kenji Sato.md";

/** A form field's input by its setting name. */
export function input(root: HTMLElement, name: string): HTMLInputElement {
  const el = findSetting(root, name).querySelector("input");
  if (!el) throw new Error(`No input for “${name}”`);
  return el;
}

/** The note opened as a user opens it (the host's editor starts with the cursor at the note's start). */
export async function openNote(h: TestHost, path: string): Promise<MarkdownView> {
  return h.openFile(path);
}

/** "Insert snippet" in the active note, picking the snippet whose row starts with `name`. */
export async function insertSnippet(h: TestHost, name: string): Promise<void> {
  expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
  await settle(h);
  chooseSuggestion(name, topModal(h).modalEl);
  await settle(h, 8);
}

/** "Create calendar invite (.ics)" on the active note; the modal it opened, if any, is left open. */
export async function createInvite(h: TestHost): Promise<void> {
  expect(await h.runCommand("office-hours:create-calendar-invite")).toBe(true);
  await settle(h, 8);
}

/** The new-episode form, filled with a topic and guests, then its main button (“Create” or “Create folder and note”). */
export async function fillAndCreate(h: TestHost, form: HTMLElement, topic: string, guests: string): Promise<string> {
  typeInto(input(form, "Topic"), topic);
  typeInto(input(form, "Guests"), guests);
  await settle(h);
  const create = Array.from(form.querySelectorAll("button")).find((b) => b.classList.contains("mod-cta"));
  if (!create) throw new Error("The form has no main button");
  userClick(create);
  await letTimePass(h);
  const made = h.app.workspace.getActiveFile()?.path;
  if (!made) throw new Error("New episode opened no note");
  return made;
}

/** The command palette's names (as Obsidian lists them, "Office Hours: …"). */
export function paletteNames(h: TestHost): string[] {
  return h.standIn.commands.listCommands().map((c) => c.name);
}
