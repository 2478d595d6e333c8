// A power user's vault moved in (walk10): "Platform Hour", a weekly show kept for three
// years in a vault full of other plugins' conventions (tests/fixtures/walk10-vault: Tasks
// emoji dates, Dataview inline fields, a Templater template, daily notes, year folders, an
// archive, broken properties). Shared by the walk10-*.test.ts files; each step is the real
// command, modal or view, followed only as the README and the plugin's own words say.
import { expect } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, TestClock, settle, start, topModal } from "../plugin/harness";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";
import { walk10Vault } from "../fixtures/walk10-vault/generate.mjs";
import { letTimePass } from "./walk8-week";

/** Monday 3 March 2025, 09:00 UTC: PH 150 airs tomorrow (Tuesday 4 March). */
export const WALK10_NOW = new Date("2025-03-03T09:00:00Z");

export const PH149 = "Shows/2025/PH 149 - Kubernetes cost reports.md";
export const PH150 = "Shows/2025/PH 150 - Platform teams and golden paths.md";
export const PH151 = "Shows/2025/PH 151 - Policy as code.md";
export const PH152 = "Shows/2025/PH 152 - TBD.md";
export const PH001 = "Archive/2022/PH 001 - SLOs that people read.md";
export const BROKEN = ["Shows/2023/PH 060 - GitOps at scale.md", "Shows/2024/PH 120 - GitOps at scale.md", "Shows/2024/PH 135 - Terraform module hygiene.md"];
export const DAILY_PRECALL = "Daily/2025-02-27.md";
export const TEMPLATE = "Templates/Platform Hour episode.md";

/** The vault as the host keeps it: every note and the other plugins' settings. */
export function vaultFiles(): Record<string, string> {
  return walk10Vault();
}

/** The plugin just enabled in the vault: nothing set up, the first-run notice not yet shown. */
export async function install(now: Date = WALK10_NOW): Promise<{ h: TestHost; clock: TestClock }> {
  const clock = new TestClock(now);
  const { host } = await start({ files: vaultFiles(), clock, detectionOffered: false });
  await letTimePass(host);
  return { h: host, clock };
}

/** "Detect shows", then the review's Add button as it reads (`label`). */
export async function detectAndAdd(h: TestHost, label: string): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, label));
  await letTimePass(h);
}

export async function storedSettings(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

export async function openAgenda(h: TestHost): Promise<AgendaView> {
  expect(await h.runCommand("office-hours:open-agenda")).toBe(true);
  await letTimePass(h, 1000);
  const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(view instanceof AgendaView)) throw new Error("No agenda view");
  return view;
}

/** The agenda's groups as shown: group → "PH 150 · text | due" lines. */
export function agendaGroups(view: AgendaView): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of view.contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-group")) {
    out[group.dataset.group ?? ""] = [...group.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map(
      (item) => `${item.querySelector(".office-hours-agenda-text")?.textContent ?? ""} | ${item.querySelector(".office-hours-item-due")?.textContent ?? ""}`,
    );
  }
  return out;
}
