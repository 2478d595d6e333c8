// @vitest-environment happy-dom
// walk12: "New Der Cloud-Stammtisch episode" on the phone (the form is a sheet as wide as the
// screen), Monday 3 March 2025 (tests/fixtures/walk12-vault). The host expects the next number
// (29), the next free Thursday (20 March: 6 and 13 March are taken by Folge 26 and 27), and a
// note made from their German template in `Vorlagen/` with nothing English added.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { fakeWeekTimers } from "./walk8-week";
import { fillAndCreate, input } from "./walk9-steps";
import { TEMPLATE, resetLanguage, setUp, walk12Files } from "./walk12-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  resetLanguage();
  finish(host);
  host = undefined;
});

async function form(): Promise<{ h: TestHost; form: HTMLElement }> {
  const { h } = await setUp();
  host = h;
  expect(await h.runCommand("office-hours:new-episode")).toBe(true);
  await settle(h);
  return { h, form: topModal(h).modalEl };
}

describe("New episode", () => {
  it("proposes Folge 29 on the next free Thursday, 20 March 2025", async () => {
    const { form: f } = await form();
    expect([input(f, "Number").value, input(f, "Date").value]).toEqual(["29", "2025-03-20"]);
  });

  it("names the file as the host does, “Folge 29 – eBPF mit Beyla” with its en dash", async () => {
    const { h, form: f } = await form();
    expect(await fillAndCreate(h, f, "eBPF mit Beyla", "Anna Schmidt")).toBe("Sendungen/Cloud-Stammtisch/Folge 29 – eBPF mit Beyla.md");
  });

  // The template's `{{date:dddd, D. MMMM YYYY}}` in the show's language (de), `{{date}}` as the
  // property's date, the empty `Gast::` filled, "und" read as joining two guests (the show is
  // `de`), and every other line of the template exactly as the host wrote it.
  it("writes the German template with the German date, both guests, and nothing else changed", async () => {
    const { h, form: f } = await form();
    const made = await fillAndCreate(h, f, "eBPF mit Beyla", "Dr. Jürgen Groß und Mia Koch");
    const template = walk12Files()[TEMPLATE] ?? "";
    const expected = template
      .replace("date: {{date}}", "date: 2025-03-20")
      .replace("# {{title}}", "# Folge 29 – eBPF mit Beyla")
      .replace("{{date:dddd, D. MMMM YYYY}}", "Donnerstag, 20. März 2025")
      .replace("Gast:: ", "Gast:: Dr. Jürgen Groß, Mia Koch");
    expect(await h.app.vault.adapter.read(made)).toBe(expected);
  });
});
