// @vitest-environment happy-dom
// walk12: "Update episode list in index note" on the show's index note, Cloud-Stammtisch.md
// (tests/fixtures/walk12-vault, Monday 3 March 2025), which keeps the lists by hand under
// "## Kommende Folgen" (upcoming), "## Vergangene Folgen" (past, a break line among them) and
// "## Ideen", each line `- [[Folge 26 – Grafana Alloy]] (06.03.2025) mit Jonas Weber und Lea
// Braun`. The host chooses "Take over the lists kept here", as the preview offers first.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { openNote } from "./walk9-steps";
import { INDEX, resetLanguage, setUp } from "./walk12-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  resetLanguage();
  finish(host);
  host = undefined;
});

async function takeOver(): Promise<{ h: TestHost; text: string }> {
  const { h } = await setUp();
  host = h;
  await openNote(h, INDEX);
  expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
  await settle(h);
  const preview = h.activeModal();
  if (!preview) throw new Error("No preview");
  userClick(findButton(preview.modalEl, "Take over the lists"));
  await letTimePass(h, 1000);
  return { h, text: await h.app.vault.adapter.read(INDEX) };
}

const links = (text: string, name: string) => text.split("\n").filter((line) => line.includes(`[[${name}]]`)).length;

describe("taking over the German lists", () => {
  it("keeps the break line and the idea that names no note, as written", async () => {
    const { text } = await takeOver();
    expect(text).toContain("\n- 27.02.2025: Pause (Weiberfastnacht)\n");
    expect(text).toContain("\n- eBPF mit Beyla\n");
  });

  // Defect (src/core/index-note/list-kinds.ts: WORDS holds English and Spanish list words,
  // "past", "upcoming", "pasados", "próximos" …, none German): "Kommende Folgen" and
  // "Vergangene Folgen" are not read as list headings, so the first list (under "Kommende
  // Folgen") becomes the block and every episode is put there: the aired Folge 21–25 under
  // "Kommende Folgen", and each a second time in the host's own "Vergangene Folgen" below.
  // The preview showed it, but under the button that promises to take over the lists kept
  // here. Rule: a heading whose list links mostly to the show's episodes is an episode list
  // whatever its words (its kind, past or upcoming, from the dates of the episodes it holds),
  // and the Detect languages' words ("Kommende", "Vergangene", "Folgen", "Sendungen";
  // "Prochains", "Passés", "Épisodes"; …) name the kind when the list is empty.
  it.fails("each episode is linked once in the note after the take-over", async () => {
    const { text } = await takeOver();
    expect([links(text, "Folge 25 – Tracing mit Tempo"), links(text, "Folge 21 – Prometheus für Einsteiger")]).toEqual([1, 1]);
  });

  // Defect (src/core/index-note/ episode lines; README "In the show's language": "every other
  // language gets `with Ann and Bo` and `(cancelled)`"): the lines the plugin writes in this
  // German note read `- [[Folge 23 – OpenTelemetry in Java]] with Mehmet Yılmaz` beside the
  // host's own `… mit Mehmet Yılmaz`. Rule: German, French, Portuguese, Italian and Dutch words
  // for "with", "and" and "cancelled" (mit/und/abgesagt, avec/et/annulé, com/e/cancelado,
  // con/e/annullato, met/en/geannuleerd); and where the plugin has no words for the show's
  // language, the form of the lines already there ("mit … und …") is followed.
  it.fails("the lines the plugin writes say “mit”, as the host's own lines do", async () => {
    const { text } = await takeOver();
    expect(text).not.toMatch(/\]\] with /);
  });
});
