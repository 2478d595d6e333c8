// A recorded interview podcast with a producer (walk13): "Small Batch" (SB), hosted by Lena
// and produced by Sam, recorded on Riverside and published on Buzzsprout every other Thursday,
// two to three weeks after the recording (tests/fixtures/walk13-vault: seasons 2 and 3 in
// season folders, `date:` the publish day and `Recorded::` the recording session, solo and
// three-guest episodes, one interview cut into Part 1 and Part 2, a dropped recording).
// Shared by the walk13-*.test.ts files; each step is the real command, modal or view, driven
// as the README and the plugin's own words say.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, TestClock, settle, start, topModal } from "../plugin/harness";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { letTimePass } from "./walk8-week";

const VAULT = join(import.meta.dirname, "../fixtures/walk13-vault");

/** Monday 3 March 2025, 09:00 UTC: Part 2 goes out on Thursday, S03E07 is recorded on Wednesday. */
export const WALK13_NOW = new Date("2025-03-03T09:00:00Z");

const S2 = "Small Batch/Season 2";
const S3 = "Small Batch/Season 3";
export const S02E10 = `${S2}/S02E10 - Year in review.md`;
export const S02E11 = `${S2}/S02E11 - Hiring your first contractor.md`;
export const S03E02 = `${S3}/S03E02 - Maintainers roundtable.md`;
export const S03E04 = `${S3}/S03E04 - Leaving big tech, Part 1.md`;
export const S03E05 = `${S3}/S03E05 - Leaving big tech, Part 2.md`;
export const S03E06 = `${S3}/S03E06 - A studio of two.md`;
export const S03E07 = `${S3}/S03E07 - Accessibility audits.md`;
export const S03E08 = `${S3}/S03E08 - Ask us anything.md`;
export const INDEX = "Small Batch/Small Batch.md";

/** Every file of the fixture by vault path (its README aside). */
export function walk13Files(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const path = relative(VAULT, full).split(sep).join("/");
      if (statSync(full).isDirectory()) walk(full);
      else if (path !== "README.md") files[path] = readFileSync(full, "utf8");
    }
  };
  walk(VAULT);
  return files;
}

/** The plugin just enabled in the team's vault: nothing set up, the first-run notice not yet shown. */
export async function install(now: Date = WALK13_NOW): Promise<{ h: TestHost; clock: TestClock }> {
  const clock = new TestClock(now);
  const { host } = await start({ files: walk13Files(), clock, detectionOffered: false });
  await letTimePass(host);
  return { h: host, clock };
}

/** "Detect shows", everything accepted as proposed ("Add 1 show"). */
export async function detectAndAdd(h: TestHost): Promise<void> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, "Add 1 show"));
  await letTimePass(h);
}

/** Installed, then Detect shows accepted: the team's show set up as the README's first steps say. */
export async function setUp(now: Date = WALK13_NOW): Promise<{ h: TestHost; clock: TestClock }> {
  const started = await install(now);
  await detectAndAdd(started.h);
  return started;
}

export async function storedSettings(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}
