// @vitest-environment happy-dom
// "New episode" for a show whose episodes are named by date and carry no number (Loki
// Community Calls: `2025-03-25-loki-cache`). The form proposed number 1 as "the show's
// highest number plus one", and the note's checklist then named the call "#01", though the
// team had held a dozen calls. Nothing is proposed for such a show; a number typed in is used.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, start, topModal } from "./harness";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function numberSetting(h: TestHost): { value: string; description: string } {
  const setting = findSetting(topModal(h).modalEl, "Number");
  return { value: (setting.querySelector("input") as HTMLInputElement).value, description: setting.querySelector(".setting-item-description")?.firstChild?.textContent ?? "" };
}

async function create(h: TestHost, topic: string, number?: string): Promise<string> {
  const el = topModal(h).modalEl;
  typeInto(findSetting(el, "Topic").querySelector("input") as HTMLInputElement, topic);
  typeInto(findSetting(el, "Guests").querySelector("input") as HTMLInputElement, "Ann Lee");
  if (number !== undefined) typeInto(findSetting(el, "Number").querySelector("input") as HTMLInputElement, number);
  userClick(findButton(el, "Create"));
  await settle(h, 8);
  return h.app.workspace.getActiveFile()?.path ?? "";
}

describe("New episode for a show whose episodes carry no number", () => {
  it("proposes none, says why, and the note names no number", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    await host.runCommand("office-hours:new-episode-loki");
    expect(numberSetting(host)).toEqual({ value: "", description: "This show's episodes carry no number. Give one only to have it in the texts." });
    const path = await create(host, "Loki cache");
    expect(path).toBe("projects/Loki Community Calls/2024-01-16-Loki cache.md");
    const text = onDisk(host, path);
    expect(text).toContain("i.e. `Loki Community Calls with Ann Lee`.");
    expect(text).toContain("i.e. `Loki cache (Loki Community Calls)`.");
    expect(text).not.toMatch(/#0?1\b/);
  });

  it("a number typed in is used", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    await host.runCommand("office-hours:new-episode-loki");
    const path = await create(host, "Loki cache", "12");
    expect(onDisk(host, path)).toContain("i.e. `Loki Community Calls #12 with Ann Lee`.");
  });

  it("a numbered show still gets its highest number plus one (the OTel calls: 03 gives 4)", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    await host.runCommand("office-hours:new-episode-otel");
    expect(numberSetting(host)).toEqual({ value: "4", description: "The show's highest number plus one." });
  });
});
