// @vitest-environment happy-dom
// walk12: the Episodes sidebar on the phone (a drawer across the screen), after Detect shows,
// Monday 3 March 2025 (tests/fixtures/walk12-vault). This week's episode, Folge 26 (Thursday 6
// March, two guests in a `Gäste::` field), has four prep items open under "## Vor der
// Sendung" and three under "## Kurz vor der Sendung"; Folge 25 aired with two after-show
// items open; Folge 21 and 22 are dated only by `Datum:: 23.01.2025` (the host's notes from
// before Obsidian had properties).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish } from "../plugin/harness";
import { expandRow, openItemCheckbox, openSidebar, readRow, rowEl, viewButton } from "../plugin/sidebar-dom";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { CST21, CST25, CST26, CST27, resetLanguage, setUp, walk12Files } from "./walk12-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  resetLanguage();
  finish(host);
  host = undefined;
});

async function sidebar() {
  const { h } = await setUp();
  host = h;
  const view = await openSidebar(h);
  return { h, view };
}

describe("what works", () => {
  it("Needs attention lists Folge 25 (after-show items late), 26 and 27, with the German titles and guests as written", async () => {
    const { view } = await sidebar();
    const rows = [CST25, CST26, CST27].map((path) => readRow(rowEl(view, path)));
    expect(rows.map((r) => [r.number, r.title])).toEqual([
      ["#25", "Tracing mit Tempo"],
      ["#26", "Grafana Alloy"],
      ["#27", "Profiling mit Pyroscope"],
    ]);
    expect(readRow(rowEl(view, CST25))).toMatchObject({ guests: "Sophie Lefèvre", next: "Danke-Mail an den Gast", alert: "2 after-show items open, due 4 days ago" });
    expect(readRow(rowEl(view, CST27)).guests).toBe("Dr. Jürgen Groß");
  });

  it("a tap on “Danke-Mail an den Gast” in Folge 25's expanded row ticks that line only", async () => {
    const { h, view } = await sidebar();
    expandRow(view, CST25);
    userClick(openItemCheckbox(rowEl(view, CST25), "Danke-Mail an den Gast"));
    await letTimePass(h, 1000);
    const before = walk12Files()[CST25] ?? "";
    expect(await h.app.vault.adapter.read(CST25)).toBe(before.replace("- [ ] Danke-Mail an den Gast", "- [x] Danke-Mail an den Gast"));
  });

  it("the idea without a date, Folge 28, is under Ideas, “No date”", async () => {
    const { h, view } = await sidebar();
    userClick(viewButton(view, "Ideas"));
    await letTimePass(h, 1000);
    expect(readRow(view.contentEl.querySelector(".office-hours-row") as HTMLElement)).toMatchObject({ number: "#28", title: "Kubernetes-Kosten im Griff", date: "No date" });
  });
});

describe("what is wrong", () => {
  // Fixed by phases1 (src/core/note/phase-place.ts, the rule in the README under Phases);
  // the defect was:
  // (src/core/note/phase-defaults.ts with src/core/note/phases.ts; Detect's
  // src/core/detect/phase-headings.ts says "the default phrases already name every checklist
  // heading"): "Vor der Sendung" is a default "before" phrase (as English "Before the show"
  // is), and so is "Kurz vor der Sendung", so the host's prep list is read as "just before the
  // show". On Monday, three days before the show, Folge 26's row shows no progress and no next
  // item (nothing "matters now" until Thursday), four prep items open; the agenda lists
  // "Thumbnail erstellen" due on the show's day, not two days before; the Guest briefing
  // snippet sends the guests "Gäste angefragt" and "Thumbnail erstellen". Rule: when a note
  // holds two checklists that read as the same phase and one heading is the other's with a
  // "just"/"kurz"/"justo"/"juste" word more ("Kurz vor der Sendung" after "Vor der Sendung"),
  // the plain one is prep; and Detect proposes it as a prep heading when the notes have no
  // prep list but two "before" ones.
  it("Folge 26 shows its prep progress and next item three days before the show", async () => {
    const { view } = await sidebar();
    expect(readRow(rowEl(view, CST26))).toMatchObject({ progress: "prep 2/6", next: "Kalendereinladung verschicken" });
  });

  // Defect (src/core/detect/guest-keys.ts): Detect proposes one guest field, "Gast" (“in 7 of
  // 8 episode notes”), and the one note with two guests writes the plural, `Gäste::`, as German
  // does. Folge 26's row says "no guest yet" three days before the show, the Guests view has
  // Jonas Weber and Lea Braun as "Suggested · no episode yet", and the invite asks for guests.
  // Rule: Detect proposes every guest-word key the episode notes use, the singular and the
  // plural (Gast and Gäste, Invité and Invités, Invitado and Invitados), as the English
  // default is "Guest, Guests".
  it.fails("Folge 26's row names its two guests from `Gäste:: [[Jonas Weber]] und [[Lea Braun]]`", async () => {
    const { view } = await sidebar();
    expect(readRow(rowEl(view, CST26)).guests).toBe("Jonas Weber, Lea Braun");
  });

  // Defect (src/core/note/ — the date reader of the episode, see README "a note without a date
  // property … is dated by its own Dataview field … Only the English key"): Folge 21 and 22
  // carry `Datum:: 23.01.2025`, and their rows say "Date unknown" with no word why; the
  // Guests view lists "date unknown · CST: Prometheus für Einsteiger". Rule: in a show whose
  // language is set, its word for date (`Datum::`, `Fecha::`, `Date::` in French) is read as
  // `date::` is; a day-first date with dots (`23.01.2025`, the only form German writes with
  // dots) is read in a `de` show; any other value there gets a warning on the row naming the
  // field, never a silent "Date unknown".
  it.fails("Folge 21 is dated Thursday 23 January 2025 from `Datum:: 23.01.2025`, or its row says why not", async () => {
    const { view, h } = await sidebar();
    userClick(viewButton(view, "Past"));
    await letTimePass(h, 1000);
    const row = readRow(rowEl(view, CST21));
    expect(row.date !== "Date unknown" || row.alert !== null).toBe(true);
  });
});
