// @vitest-environment happy-dom
// walk13: "New Small Batch episode" for a podcast numbered within seasons (S03E09 after
// S03E08; a new season 4), and the Guests view of a podcast with solo episodes, a roundtable
// of three guests, one interview cut into Part 1 and Part 2, and a guest back for a second
// appearance (tests/fixtures/walk13-vault). Monday 3 March 2025.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { typeInto } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, topModal } from "../plugin/harness";
import { guestRow, openGuests, readGuestRow } from "../plugin/guests-dom";
import { fakeWeekTimers } from "./walk8-week";
import { fillAndCreate, input } from "./walk9-steps";
import { setUp } from "./walk13-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function form(): Promise<{ h: TestHost; el: HTMLElement }> {
  const { h } = await setUp();
  host = h;
  // One show: its own command is the one the palette offers.
  expect(await h.runCommand("office-hours:new-episode")).toBe(true);
  await settle(h);
  return { h, el: topModal(h).modalEl };
}

describe("New Small Batch episode", () => {
  it("proposes S03E09 on the next free publish Thursday, two weeks after S03E08 (every other week)", async () => {
    const { el } = await form();
    expect(["Season", "Episode", "Date", "Time"].map((name) => input(el, name).value)).toEqual(["3", "9", "2025-04-24", "07:00"]);
  });

  it("writes S03E09 into Season 3 from the team's template, dated as the team dates notes", async () => {
    const { h, el } = await form();
    const made = await fillAndCreate(h, el, "Selling to schools", "Noor Haddad");
    expect(made).toBe("Small Batch/Season 3/S03E09 - Selling to schools.md");
    const text = onDisk(h, made);
    expect(text).toMatch(/^---\ndate: 2025-04-24\n/);
    expect(text).toContain("\nGuests:: Noor Haddad\n");
    // The recording line stays for the team to fill: the form asks for one date only.
    expect(text).toContain("\nRecorded:: \n");
  });

  it("season 4 starts at episode 1, in a new Season 4 folder", async () => {
    const { h, el } = await form();
    typeInto(input(el, "Season"), "4");
    expect(input(el, "Episode").value).toBe("1");
    expect(await fillAndCreate(h, el, "Pilot", "")).toBe("Small Batch/Season 4/S04E01 - Pilot.md");
  });
});

describe("the Guests view", () => {
  it("Marta, back for a second appearance, has both episodes; Ines has Part 1 and Part 2", async () => {
    const { h } = await setUp();
    host = h;
    const view = await openGuests(h);
    expect(readGuestRow(guestRow(view, "Marta Kowalczyk")).episodes).toEqual(["2024-12-05 · SB: Pricing a one-person SaaS", "2025-03-27 · SB: Accessibility audits"]);
    expect(readGuestRow(guestRow(view, "Ines Duarte")).episodes).toEqual(["2025-02-27 · SB: Leaving big tech, Part 1", "2025-03-06 · SB: Leaving big tech, Part 2"]);
  });

  it("the roundtable's three guests each have the episode; the solo episodes add no guest", async () => {
    const { h } = await setUp();
    host = h;
    const view = await openGuests(h);
    for (const name of ["Ade Okafor", "Jun Park", "Priya Raman"]) expect(readGuestRow(guestRow(view, name)).episodes).toEqual(["2025-01-30 · SB: Maintainers roundtable"]);
    expect(view.contentEl.textContent).not.toMatch(/none|Lena and Sam/);
  });

  it("the dropped episode's guest keeps it, marked cancelled", async () => {
    const { h } = await setUp();
    host = h;
    const view = await openGuests(h);
    expect(readGuestRow(guestRow(view, "Dario Bianchi")).episodes).toEqual(["2025-01-02 · SB: Hiring your first contractor (cancelled)"]);
  });
});
