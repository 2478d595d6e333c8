// A guest named in an episode still to come is confirmed only once the episode's own items
// say they were asked and said yes. The five-show team makes the episode note from its
// template before asking anyone (tests/fixtures/five-shows/templates, docs/five-show-week.md),
// so these episodes are the team's own templates with a guest and a date filled in, and the
// items ticked as the team would tick them, one at a time.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, directoryOf } from "../guests/fixture-vault";

const TODAY = "2025-12-08";
const SHOWS = join(FIXTURES, "five-shows");
const GOH = readFileSync(join(SHOWS, "templates/GOH checklist.md"), "utf8");
const AA = readFileSync(join(SHOWS, "templates/A&A checklist.md"), "utf8");
const CCG = readFileSync(join(SHOWS, "projects/CafeConGrafana/Templates/CCG checklist.md"), "utf8");
const BB = readFileSync(join(FIXTURES, "podcast-vault/Templates/BB episode.md"), "utf8");

/** The template as New episode makes it: the date, the guest field filled in, the Templater title gone. */
function episode(template: string, date: string | null, guestLine: string, field = /^Guest:: .*$/m): string {
  const dated = template.replace(/^date:.*$/m, date === null ? "date:" : `date: ${date}`).replace(/<% tp\.file\.title %>/g, "Episode");
  if (!field.test(dated)) throw new Error("the template has no guest field");
  return dated.replace(field, guestLine);
}

/** Tick the open item that begins with `start` (it must be there, once). */
function tick(text: string, start: string): string {
  const lines = text.split("\n");
  const at = lines.flatMap((l, i) => (l.replace(/^\s*- \[ \] /, "\u0000").startsWith(`\u0000${start}`) ? [i] : []));
  if (at.length !== 1) throw new Error(`no single open item "${start}"`);
  const i = at[0] ?? 0;
  lines[i] = (lines[i] ?? "").replace("- [ ]", "- [x]");
  return lines.join("\n");
}

function statuses(files: Record<string, string>, today = TODAY): Record<string, string> {
  return Object.fromEntries(directoryOf(files).directory.people(today).map((p) => [p.name, p.status]));
}

describe("a guest booked from the GOH template, step by step", () => {
  const made = episode(GOH, "2025-12-12", "Guest:: Marcelo Magallón");
  const path = "Office Hours/OH 31 - Synthetic Monitoring.md";

  it("is suggested while 'Contact the guest' is open: nobody has asked them yet", () => {
    expect(statuses({ [path]: made })).toEqual({ "Marcelo Magallón": "suggested" });
  });

  it("is contacted once they were contacted and until they agree and the time is confirmed", () => {
    const contacted = tick(made, "Contact the guest");
    expect(statuses({ [path]: contacted })).toEqual({ "Marcelo Magallón": "contacted" });
    // Agreed, but "Confirm the time … with the guest" still open.
    expect(statuses({ [path]: tick(contacted, "If the guest agrees") })).toEqual({ "Marcelo Magallón": "contacted" });
  });

  it("is confirmed once the confirming item is ticked, with the rest of the checklist still open", () => {
    const confirmed = tick(tick(tick(made, "Contact the guest"), "If the guest agrees"), "Confirm the time");
    expect(statuses({ [path]: confirmed })).toEqual({ "Marcelo Magallón": "confirmed" });
  });

  it("has appeared once the date is past, whatever was left open (the Loki calls leave all of it open)", () => {
    expect(statuses({ [path]: made }, "2025-12-13")).toEqual({ "Marcelo Magallón": "appeared" });
  });

  it("reads as the user's own status property, whatever the items say", () => {
    const withStatus = made.replace(/^---\n/, "---\n");
    const files = { [path]: withStatus, "Office Hours/Guests/Marcelo Magallón.md": "---\nstatus: confirmed\n---\n" };
    expect(statuses(files)).toEqual({ "Marcelo Magallón": "confirmed" });
    files["Office Hours/Guests/Marcelo Magallón.md"] = "---\nstatus: declined\n---\n";
    expect(statuses(files)).toEqual({ "Marcelo Magallón": "declined" });
  });

  it("an imported prospect (status: suggested) booked onto it stays suggested until asked, then reads as the items say", () => {
    const note = { "Office Hours/Guests/Marcelo Magallón.md": "---\nstatus: suggested\n---\n" };
    expect(statuses({ [path]: made, ...note })).toEqual({ "Marcelo Magallón": "suggested" });
    expect(statuses({ [path]: tick(made, "Contact the guest"), ...note })).toEqual({ "Marcelo Magallón": "contacted" });
  });

  it("undated: suggested before the asking, contacted after it (a date comes once they agree)", () => {
    const undated = episode(GOH, null, "Guest:: Marcelo Magallón");
    expect(statuses({ [path]: undated })).toEqual({ "Marcelo Magallón": "suggested" });
    expect(statuses({ [path]: tick(undated, "Contact the guest") })).toEqual({ "Marcelo Magallón": "contacted" });
  });
});

describe("the other templates of the real vaults", () => {
  it("A&A: 'Contact the guest', then 'If the guest agrees, … Confirm the time'", () => {
    const made = episode(AA, "2025-12-10", "Guest:: Abby Bangser");
    const path = "A&A/A&A 40 - Testing.md";
    expect(statuses({ [path]: made })).toEqual({ "Abby Bangser": "suggested" });
    expect(statuses({ [path]: tick(made, "Contact the guest") })).toEqual({ "Abby Bangser": "contacted" });
    expect(statuses({ [path]: tick(tick(made, "Contact the guest"), "If the guest agrees") })).toEqual({ "Abby Bangser": "confirmed" });
  });

  it("Café con Grafana, in Spanish: 'Contactar al invitado(s)', then 'Si el invitado acepta'", () => {
    // The show's one-colon `Invitado(s):` is read only for a show configured with it; the
    // default `Guest::` stands in for it here (the items are the template's, unchanged).
    const made = episode(CCG, "2025-12-11", "Guest:: Israel Blancas", /^Invitado\(s\):.*$/m);
    const path = "CCG/CCG 013 - 251211 - Tempo a fondo.md";
    expect(statuses({ [path]: made })).toEqual({ "Israel Blancas": "suggested" });
    expect(statuses({ [path]: tick(made, "Contactar al invitado") })).toEqual({ "Israel Blancas": "contacted" });
    expect(statuses({ [path]: tick(tick(made, "Contactar al invitado"), "Si el invitado acepta") })).toEqual({ "Israel Blancas": "confirmed" });
  });

  it("the podcast's template asks only 'Contact the guest'; choosing a date and sending the calendar invite is no invitation", () => {
    const made = episode(BB, "2025-12-15", "Guest:: Dev Patel");
    const path = "Podcasts/BB 05 - Meetups.md";
    expect(statuses({ [path]: made })).toEqual({ "Dev Patel": "suggested" });
    expect(statuses({ [path]: tick(made, "Contact the guest") })).toEqual({ "Dev Patel": "confirmed" });
  });
});

describe("items that name some of the guests", () => {
  const note = (items: string) => `---\ndate: 2025-12-12\n---\nGuest:: Dr. Bo Chan, PhD, Cy Berg, Dee Fox\n\n## Pre-show checklist\n\n${items}\n`;

  it("'Invite Dr. Bo Chan, PhD and Cy Berg' holds back both, titles and degrees left out, and not Dee Fox", () => {
    expect(statuses({ "OH/OH 1.md": note("- [ ] Invite Dr. Bo Chan, PhD and Cy Berg") })).toEqual({ "Dr. Bo Chan, PhD": "suggested", "Cy Berg": "suggested", "Dee Fox": "confirmed" });
  });

  it("one guest asked, one confirming: each as their own items say; a first name alone names its guest", () => {
    const items = "- [x] Invite Bo Chan\n- [ ] Confirm Bo\n- [ ] Ask Cy Berg to join\n- [x] Invite Dee Fox";
    expect(statuses({ "OH/OH 1.md": note(items) })).toEqual({ "Dr. Bo Chan, PhD": "contacted", "Cy Berg": "suggested", "Dee Fox": "confirmed" });
  });

  it("asking a guest for something, or asking on the day, holds no one back", () => {
    const items = "- [ ] Ask the guest for a headshot\n- [ ] Email the guest the talking points\n\n## Just before the show\n\n- [ ] Ask the guest how to say their name\n\n## After the show\n\n- [ ] Contact the guest to thank them";
    expect(statuses({ "OH/OH 1.md": note(items) })).toEqual({ "Dr. Bo Chan, PhD": "confirmed", "Cy Berg": "confirmed", "Dee Fox": "confirmed" });
  });

  it("sending the calendar invite or the studio link is the step after the yes, not an invitation", () => {
    const items = "- [x] Contact the guests\n- [ ] Invite the guests to the calendar event\n- [ ] Invite Cy Berg to the Streamyard studio\n- [ ] Invitar a Dee Fox al evento del calendario";
    expect(statuses({ "OH/OH 1.md": note(items) })).toEqual({ "Dr. Bo Chan, PhD": "confirmed", "Cy Berg": "confirmed", "Dee Fox": "confirmed" });
  });

  it("a cancelled episode's open items say nothing: its guest was contacted, as before", () => {
    const text = note("- [ ] Contact the guest").replace("date: 2025-12-12", "date: 2025-12-12\nstatus: cancelled");
    expect(statuses({ "OH/OH 1.md": text })).toEqual({ "Dr. Bo Chan, PhD": "contacted", "Cy Berg": "contacted", "Dee Fox": "contacted" });
  });

  it("a guest confirmed for one episode and not yet asked for another is confirmed: the furthest step counts", () => {
    const later = note("- [ ] Contact the guest").replace("2025-12-12", "2026-01-09");
    expect(statuses({ "OH/OH 1.md": note("- [x] Contact the guest"), "OH/OH 2.md": later })).toEqual({ "Dr. Bo Chan, PhD": "confirmed", "Cy Berg": "confirmed", "Dee Fox": "confirmed" });
  });
});
