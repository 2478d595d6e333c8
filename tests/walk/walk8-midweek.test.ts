// @vitest-environment happy-dom
// The five-show team's week after Monday's planning (walk8-week.ts): prep ticked from the
// sidebar, Marcelo cancelling on Wednesday and GOH moving a week (the .ics updated in place),
// and the Guests view: who came before, and the prospects booked this week.
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { openSidebar, readRow, rowEl, rowPaths, expandButton, openItemCheckbox, redrawn } from "../plugin/sidebar-dom";
import { guestRow, openGuests, pipeline, readGuestRow } from "../plugin/guests-dom";
import { INVITADOS, detectAndAccept, fakeWeekTimers, install, letTimePass, newEpisode, plannedWeek, read } from "./walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const OTEL03 = "projects/Grafana OTel Community Call/03 - Logging Best Practices.md";

function vevent(ics: string): ICAL.Event {
  const event = ICAL.Component.fromString(ics).getFirstSubcomponent("vevent");
  if (!event) throw new Error("no event in the .ics");
  return new ICAL.Event(event);
}

describe("through the week", () => {
  it("Tuesday: the sidebar puts this week's two episodes first, with what is due; a tick from it writes the note and updates the row", async () => {
    const { h, clock, goh, ccg } = await plannedWeek();
    host = h;
    clock.current = new Date("2025-12-09T08:00:00Z");
    await letTimePass(h, 61_000);
    const view = await openSidebar(h);
    expect(rowPaths(view)).toEqual([ccg, goh, OTEL03]);
    expect(readRow(rowEl(view, ccg))).toMatchObject({ relative: "in 2 days", guests: "Israel Blancas", progress: "prep 0/15", next: "Contactar al invitado(s) y mencionarles de Cafe con Grafana.", alert: "15 prep items open, due today" });
    expect(readRow(rowEl(view, goh))).toMatchObject({ relative: "in 3 days", progress: "prep 1/19", alert: "18 prep items open, due tomorrow" });

    userClick(expandButton(rowEl(view, goh)));
    await settle(h);
    userClick(openItemCheckbox(rowEl(view, goh), "Contact the guest and tell them about Office Hours."));
    await redrawn(h);
    expect(await read(h, goh)).toContain("- [x] Contact the guest and tell them about Office Hours.\n");
    expect(readRow(rowEl(view, goh)).progress).toBe("prep 2/19");
  });

  it("Wednesday: Marcelo cancels; GOH moves a week, and the invite already sent is updated in place, not doubled", async () => {
    const { h, clock, goh } = await plannedWeek();
    host = h;
    await h.openFile(goh);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h, 8);
    const ics = goh.replace(/\.md$/, ".ics");
    const sent = vevent(await read(h, ics));

    clock.current = new Date("2025-12-10T09:00:00Z");
    await h.openFile(goh);
    expect(await h.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(h);
    const form = topModal(h).modalEl;
    const date = form.querySelector<HTMLInputElement>('input[type="date"]');
    if (!date) throw new Error("no date field");
    typeInto(date, "2025-12-19");
    await settle(h);
    userClick(findButton(form, "Reschedule"));
    await settle(h, 8);

    expect(await read(h, goh)).toContain("\ndate: 2025-12-19\n");
    const moved = vevent(await read(h, ics));
    expect([moved.uid, moved.startDate.toJSDate().toISOString()]).toEqual([sent.uid, "2025-12-19T14:45:00.000Z"]);
    expect(moved.sequence).toBeGreaterThan(sent.sequence);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics")).toHaveLength(1);
    const guests = await openGuests(h);
    expect(readGuestRow(guestRow(guests, "Marcelo Magallón")).meta).toBe("GOH · 1 episode · next 2025-12-19");
  });

  it("the Guests view shows who came before, across shows: Ed Welch on the Loki call and the OTel call, Café con Grafana's guests", async () => {
    const { h } = await plannedWeek();
    host = h;
    const view = await openGuests(h);
    expect(readGuestRow(guestRow(view, "Ed Welch")).meta).toBe("GOCC, LCC · 2 episodes · last 2025-06-24 · next 2025-12-17");
    expect(pipeline(view)["Appeared"]).toEqual(expect.arrayContaining(["Raul Marin", "Jorge Turrado", "Nikola Grcevski", "Abby Bangser"]));
  });
});

describe("found on the way (was it.fails; fixed in the file named)", () => {
  // Monday morning the team imports Café con Grafana's prospect list (Invitados.md): Israel
  // Blancas becomes a `suggested` guest note. They then book him for Thursday through New
  // episode. The Guests view keeps him under Suggested ("Mark contacted" offered), while
  // Marcelo Magallón, booked the same way but without a note, is Confirmed: the same facts,
  // two statuses, and the one the plugin itself wrote never moves on. Rule: a `suggested`
  // status yields to what the episodes show once an episode names the guest (as "confirmed"
  // already reads as appeared once the show has happened); `declined` and later statuses stay.
  // Defect: src/core/guests/summary.ts (statusOf).
  it("a prospect booked onto an episode this week reads as that episode says, like a guest booked without a note", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    await h.openFile(INVITADOS);
    expect(await h.runCommand("office-hours:import-guests")).toBe(true);
    await settle(h);
    const add = Array.from(topModal(h).modalEl.querySelectorAll("button")).find((b) => /^Add \d+ suggested guests$/.test(b.textContent ?? ""));
    if (!add) throw new Error("no Add button in the import review");
    userClick(add);
    await letTimePass(h);
    await newEpisode(h, "grafana-office-hours", "Synthetic Monitoring and k6", "Marcelo Magallón");
    await newEpisode(h, "cafe-con-grafana", "Tempo a fondo", "Israel Blancas");
    await letTimePass(h);
    const view = await openGuests(h);
    expect(readGuestRow(guestRow(view, "Israel Blancas")).meta).toBe("CCG · 1 episode · next 2025-12-11");
    const groups = pipeline(view);
    // Same facts, same status: both episodes were just made from the team's templates, whose
    // "Contact the guest" / "Contactar al invitado(s)" are still open, so neither guest has been
    // asked yet (guests6: Confirmed no longer comes before the invitation item is ticked).
    // Before walk8's fix the two differed (Israel Blancas Suggested, Marcelo Magallón Confirmed).
    expect(groups["Suggested"]).toContain("Marcelo Magallón");
    expect(groups["Suggested"]).toContain("Israel Blancas");
    expect(groups["Confirmed"] ?? []).not.toContain("Marcelo Magallón");
  });
});
