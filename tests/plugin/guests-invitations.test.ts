// @vitest-environment happy-dom
// The five-show team's week through the plugin (tests/walk/walk8-week.ts): New episode makes
// GOH's note from the team's template with Marcelo Magallón as guest, before anyone has asked
// him (the template's order). The Guests view follows the note's own checklist as the host
// ticks it from the Episodes sidebar: Suggested while "Contact the guest" is open, Contacted
// once it is ticked, Confirmed once "If the guest agrees" and "Confirm the time" are. The
// walk's midweek test still expects Confirmed straight away: see the report of guests6.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { finish, settle } from "./harness";
import { expandButton, openItemCheckbox, openSidebar, redrawn, rowEl } from "./sidebar-dom";
import { openGuests, pipeline, redrawGuests } from "./guests-dom";
import { fakeWeekTimers, plannedWeek, read } from "../walk/walk8-week";
import { replaceLinks } from "../../src/core/text/links";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** The group each of these guests is listed under. */
function groupsOf(groups: Record<string, string[]>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, members] of Object.entries(groups)) for (const name of members) if (names.includes(name)) out[name] = group;
  return out;
}

describe("a guest booked before being asked, as the five-show team books them", () => {
  it("moves from Suggested to Contacted to Confirmed as the episode's own items are ticked from the sidebar", async () => {
    const { h, goh } = await plannedWeek();
    host = h;
    const guests = await openGuests(h);
    // Israel Blancas: the Café con Grafana note's "Contactar al invitado(s)" is open too.
    expect(groupsOf(pipeline(guests), ["Marcelo Magallón", "Israel Blancas"])).toEqual({ "Marcelo Magallón": "Suggested", "Israel Blancas": "Suggested" });

    const sidebar = await openSidebar(h);
    userClick(expandButton(rowEl(sidebar, goh)));
    await settle(h);
    userClick(openItemCheckbox(rowEl(sidebar, goh), "Contact the guest and tell them about Office Hours."));
    await redrawn(h);
    expect(await read(h, goh)).toContain("- [x] Contact the guest and tell them about Office Hours.\n");
    await redrawGuests(h, guests);
    expect(groupsOf(pipeline(guests), ["Marcelo Magallón"])).toEqual({ "Marcelo Magallón": "Contacted" });

    for (const item of ["If the guest agrees", "Confirm the time"]) {
      const text = (await read(h, goh)).split("\n").find((l) => l.startsWith(`- [ ] ${item}`))?.slice(6);
      if (text === undefined) throw new Error(`no open item "${item}"`);
      // The sidebar shows a link as its text.
      userClick(openItemCheckbox(rowEl(sidebar, goh), replaceLinks(text).display));
      await redrawn(h);
    }
    await redrawGuests(h, guests);
    expect(groupsOf(pipeline(guests), ["Marcelo Magallón"])).toEqual({ "Marcelo Magallón": "Confirmed" });
  });
});
