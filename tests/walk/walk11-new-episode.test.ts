// @vitest-environment happy-dom
// walk11: "New Two Hosts Live episode" on Maya's laptop while Tom makes one on his (both
// hosts press New episode for the same week), the sync tool bringing his note in, and his
// template edit, and a vault whose notes arrive after the settings (tests/fixtures/walk11-vault,
// Monday 3 March 2025). A team expects: a number the other laptop took is warned about, in
// the form or at Create, and never silently given twice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, topModal } from "../plugin/harness";
import { openSidebar, rowPaths, viewButton } from "../plugin/sidebar-dom";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { input } from "./walk9-steps";
import { TEMPLATE, THL44_MAYA, THL44_TOM, open, synced, walk11Files } from "./walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** The vault before either THL 44 was written. */
const before44 = () => Object.fromEntries(Object.entries(walk11Files()).filter(([path]) => !path.includes("THL 44")));

async function newEpisodeForm(h: TestHost): Promise<HTMLElement> {
  expect(await h.runCommand("office-hours:new-episode")).toBe(true);
  await settle(h);
  return topModal(h).modalEl;
}

function createButton(form: HTMLElement): HTMLButtonElement {
  const create = Array.from(form.querySelectorAll("button")).find((b) => b.classList.contains("mod-cta"));
  if (!create) throw new Error("The form has no main button");
  return create;
}

const numbered44 = (h: TestHost) => h.app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith("Shows/THL/THL 44"));

describe("New episode on two laptops", () => {
  it("after Tom's THL 44 synced, the form proposes 45 on the next free Thursday, 27 March", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    await synced(h, THL44_TOM, walk11Files()[THL44_TOM] ?? "");
    const form = await newEpisodeForm(h);
    expect([input(form, "Number").value, input(form, "Date").value]).toEqual(["45", "2025-03-27"]);
  });

  it("typing 44 once Tom's note is in: the form names his note and writes nothing", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    await synced(h, THL44_TOM, walk11Files()[THL44_TOM] ?? "");
    const form = await newEpisodeForm(h);
    typeInto(input(form, "Topic"), "Profiling with Pyroscope");
    typeInto(input(form, "Number"), "44");
    await settle(h);
    expect(form.textContent).toContain(`Number 44 is already used by ${THL44_TOM}.`);
    userClick(createButton(form));
    await letTimePass(h);
    expect(numbered44(h)).toEqual([THL44_TOM]);
  });

  // Was a defect (src/plugin/new-episode/new-episode-flow.ts: the show's episodes were read
  // once, when the form opened, and Create checked only that the file name was free): Maya
  // opens the form (it proposes THL 44 on Thursday 20 March), Tom's "THL 44 - Grafana Alloy"
  // for the same Thursday syncs in while she types the topic, and Create wrote a second THL 44
  // for the same slot without a word. Now (src/core/new-episode/taken-meanwhile.ts) Create
  // reads the episodes again: the number and slot taken meanwhile are said in the form, naming
  // the note, the next free ones proposed, and nothing is written until she presses Create again.
  it("Tom's THL 44 arriving while the form is open: Create writes no second THL 44", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    const form = await newEpisodeForm(h);
    expect([input(form, "Number").value, input(form, "Date").value]).toEqual(["44", "2025-03-20"]);
    await synced(h, THL44_TOM, walk11Files()[THL44_TOM] ?? "");
    typeInto(input(form, "Topic"), "Profiling with Pyroscope");
    await settle(h);
    userClick(createButton(form));
    await letTimePass(h);
    expect(numbered44(h)).toEqual([THL44_TOM]);
    expect(h.app.vault.getFileByPath(THL44_MAYA)).toBeNull();
  });

  it("Tom's template edit synced while the form is open: the note is written from the template as it is at Create", async () => {
    const { h } = await open({ files: before44() });
    host = h;
    const form = await newEpisodeForm(h);
    const edited = (walk11Files()[TEMPLATE] ?? "").replace("- [ ] Thumbnail", "- [ ] Thumbnail\n- [ ] Book the studio room");
    await synced(h, TEMPLATE, edited);
    typeInto(input(form, "Topic"), "Profiling with Pyroscope");
    await settle(h);
    userClick(createButton(form));
    await letTimePass(h);
    expect(onDisk(h, THL44_MAYA)).toContain("- [ ] Thumbnail\n- [ ] Book the studio room\n");
  });

  it("the notes arrive after the settings (the show folder appears late): the sidebar lists them, New episode proposes 45", async () => {
    const files = walk11Files();
    const settingsFirst = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(".")));
    const { h } = await open({ files: settingsFirst });
    host = h;
    for (const [path, text] of Object.entries(files)) if (!path.startsWith(".")) await h.externalWrite(path, text);
    await letTimePass(h);
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    await letTimePass(h, 1000);
    expect(rowPaths(view)).toEqual(expect.arrayContaining([THL44_TOM, THL44_MAYA]));
    const form = await newEpisodeForm(h);
    expect(input(form, "Number").value).toBe("45");
    userClick(findButton(form, "Cancel"));
  });
});
