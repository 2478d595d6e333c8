// @vitest-environment happy-dom
// walk10: "New Platform Hour episode" after "Detect shows", from the host's own Templater
// template (Templates/Platform Hour episode.md: `date: <% tp.date.now("YYYY-MM-DD", 7) %>`,
// `# <% tp.file.title %>`, Tasks dates from tp.date.now offsets), then a snippet in the
// episode airing tomorrow. Monday 3 March 2025.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, topModal } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { fillAndCreate, input, insertSnippet, openNote } from "./walk9-steps";
import { PH150, detectAndAdd, install, storedSettings } from "./walk10-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function form(): Promise<{ h: TestHost; form: HTMLElement }> {
  const { h } = await install();
  host = h;
  await detectAndAdd(h, "Add 1 show");
  const show = (await storedSettings(h)).shows.find((s) => s.name === "Platform Hour");
  if (!show) throw new Error("Detect added no Platform Hour");
  // Its only show (the archive is no second show): "New episode" is its command.
  expect(await h.runCommand("office-hours:new-episode")).toBe(true);
  await settle(h);
  return { h, form: topModal(h).modalEl };
}

describe("a new episode from the host's Templater template", () => {
  it("the form proposes PH 153 on the next free Tuesday, 18 March", async () => {
    const { form: el } = await form();
    expect([input(el, "Number").value, input(el, "Date").value]).toEqual(["153", "2025-03-18"]);
  });

  it("writes the template's own lines: the title from tp.file.title, the guest, its Tasks items", async () => {
    const { h, form: el } = await form();
    const made = await fillAndCreate(h, el, "Internal developer portals", "Priya Nair");
    const text = onDisk(h, made);
    expect(text).toContain("# PH 153 - Internal developer portals\n\nGuest:: Priya Nair\n");
    expect(text).not.toContain("<%");
    expect(text).toContain("- [ ] Check the comments on the video 🔁 every week 📅 ");
    expect(h.app.vault.getFiles().filter((f) => f.path.endsWith("Priya Nair.md")).map((f) => f.path)).toEqual(["People/Priya Nair.md"]);
  });

  // Was a defect (the template's `date: <% tp.date.now(…, 7) %>` filled with today + 7,
  // 2025-03-10, a Monday): the form said 18 March and the note was dated 10 March, with no
  // word about it. Rule (mends11, template/templater-date.ts): a `date:` whose value is a
  // Templater date expression counts as empty, so it gets the form's date.
  it("the new note's date is the one the form proposed", async () => {
    const { h, form: el } = await form();
    const made = await fillAndCreate(h, el, "Internal developer portals", "Priya Nair");
    expect(onDisk(h, made)).toMatch(/^---\ndate: 2025-03-18\n/);
  });

  // Was a defect (season folders were followed, year folders not): every episode since 2023
  // sits in its year's folder (Shows/2023, Shows/2024, Shows/2025), and the new note went to
  // Shows/ itself, alone beside the hub note. Rule (mends11, dated-folder.ts): a new episode
  // goes beside the show's latest one, in the folder named the same way for its own date.
  it("PH 153 goes into this year's folder, Shows/2025", async () => {
    const { h, form: el } = await form();
    expect(await fillAndCreate(h, el, "Internal developer portals", "Priya Nair")).toBe("Shows/2025/PH 153 - Internal developer portals.md");
  });
});

describe("a snippet in tomorrow's episode", () => {
  /** "Insert snippet" → "Calendar invite body" with the cursor at the start of the "## Talking points" line, the two missing links left blank. */
  async function inserted(): Promise<string> {
    const { h } = await install();
    host = h;
    await detectAndAdd(h, "Add 1 show");
    const view = await openNote(h, PH150);
    view.editor.setCursor({ line: view.editor.getValue().split("\n").indexOf("## Talking points"), ch: 0 });
    await insertSnippet(h, "Calendar invite body");
    userClick(findButton(topModal(h).modalEl, "Leave blank"));
    await letTimePass(h);
    return onDisk(h, PH150);
  }

  it("“Calendar invite body” is filled from the episode and goes in at the cursor, the blanks visible", async () => {
    const text = await inserted();
    expect(text).toContain('- [ ] "We\'re live" post 📅 2025-03-04\n\nThank you for joining Platform Hour #150: Platform teams and golden paths!\n');
    expect(text).toContain("We go live on Tuesday 4 March 2025 at 13:00 UTC.");
    expect(text).toContain("Join the studio: ==[studio]==");
  });

  // Mended by mends12 (src/core/text/below-properties.ts). Was a defect (src/plugin/snippets/snippet-commands.ts: an empty selection is replaced as it is,
  // so the snippet's last line and the line the cursor was on become one): with the cursor
  // at the start of the "## Talking points" line, the note reads "…I will share them.##
  // Talking points": the heading is gone, and the talking points now belong to "Just before
  // the show" (the sidebar counts nothing new, but the live view finds no talking points).
  // The README's properties case already inserts "as its own block". Rule chosen: at the start
  // of a non-empty line, the snippet goes in as its own block before it (a line break after
  // it, a blank line before a heading or text), never joined to that line.
  it("the line the cursor was on stays its own line: the “## Talking points” heading survives", async () => {
    const text = await inserted();
    expect(text).toMatch(/\n## Talking points\n- Intro\n/);
  });
});
