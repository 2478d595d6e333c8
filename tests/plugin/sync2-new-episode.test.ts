// @vitest-environment happy-dom
// New episode re-reads the show's notes at Create (src/core/new-episode/taken-meanwhile.ts,
// through new-episode-modal.ts): on the walk11 team's vault (tests/fixtures/walk11-vault,
// Monday 3 March 2025), Tom's THL 44 syncs in while Maya's form is open.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, topModal } from "./harness";
import { fakeWeekTimers, letTimePass } from "../walk/walk8-week";
import { input } from "../walk/walk9-steps";
import { THL44_TOM, open, synced, walk11Files } from "../walk/walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const before44 = () => Object.fromEntries(Object.entries(walk11Files()).filter(([path]) => !path.includes("THL 44")));
const thl = (h: TestHost) => h.app.vault.getFiles().map((f) => f.path).filter((p) => /^Shows\/THL\/THL 4[4-9]/.test(p)).sort();

async function form(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:new-episode")).toBe(true);
  await settle(h);
  return topModal(h).modalEl;
}

async function create(h: TestHost, el: HTMLElement): Promise<void> {
  const button = Array.from(el.querySelectorAll("button")).find((b) => b.classList.contains("mod-cta"));
  if (!button) throw new Error("no Create button");
  userClick(button);
  await letTimePass(h);
}

describe("New episode: a note synced in while the form is open", () => {
  it("the proposed number and slot taken: the form names the note, proposes 45 on 27 March; the second Create writes THL 45", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    const el = await form(h);
    await synced(h, THL44_TOM, walk11Files()[THL44_TOM] ?? "");
    typeInto(input(el, "Topic"), "Profiling with Pyroscope");
    await create(h, el);
    expect(el.isConnected).toBe(true);
    expect(el.textContent).toContain(`Number 44 is already used by ${THL44_TOM}.`);
    expect(el.textContent).toContain("THL 44 - Grafana Alloy is already on 2025-03-20.");
    expect(el.textContent).toContain("The form now proposes number 45 on 2025-03-27. Nothing was written");
    expect([input(el, "Number").value, input(el, "Date").value]).toEqual(["45", "2025-03-27"]);
    expect(thl(h)).toEqual([THL44_TOM]);
    await create(h, el);
    expect(thl(h)).toEqual([THL44_TOM, "Shows/THL/THL 45 - Profiling with Pyroscope.md"]);
    expect(onDisk(h, "Shows/THL/THL 45 - Profiling with Pyroscope.md")).toContain("2025-03-27");
  });

  it("a number and date the host typed: the number taken meanwhile is replaced and said; the date typed is kept, its clash said", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    const el = await form(h);
    typeInto(input(el, "Date"), "2025-04-03");
    typeInto(input(el, "Number"), "44");
    typeInto(input(el, "Topic"), "Profiling with Pyroscope");
    await synced(h, "Shows/THL/THL 44 - Special.md", (walk11Files()[THL44_TOM] ?? "").replace("2025-03-20", "2025-04-03"));
    await create(h, el);
    expect(input(el, "Date").value).toBe("2025-04-03");
    expect(input(el, "Number").value).toBe("45");
    expect(el.textContent).toContain("THL 44 - Special is already on 2025-04-03.");
    expect(thl(h)).toEqual(["Shows/THL/THL 44 - Special.md"]);
  });

  it("a note of the show that takes neither: Create goes ahead at once", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    const el = await form(h);
    await synced(h, "Shows/THL/THL 47 - Later.md", (walk11Files()[THL44_TOM] ?? "").replace("2025-03-20", "2025-04-10"));
    typeInto(input(el, "Topic"), "Profiling with Pyroscope");
    typeInto(input(el, "Number"), "44");
    await create(h, el);
    expect(el.isConnected).toBe(false);
    expect(thl(h)).toEqual(["Shows/THL/THL 44 - Profiling with Pyroscope.md", "Shows/THL/THL 47 - Later.md"]);
  });
});
