// The five-show team cancels A&A 37 (`status: cancelled` in its properties, as the README
// says an episode is cancelled). Its guest, Abby Bangser, was still "confirmed" with the
// show as her next appearance while it was ahead, and "appeared" once its date had gone,
// though the show never took place. A cancelled episode's guests were contacted: nothing more.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { GuestJson } from "../../src/core/guests/report";
import { GuestDirectory } from "../../src/core/guests/directory";
import { guestRow } from "../../src/core/guests/view-model";
import { parseGuestValue } from "../../src/core/note/guests";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const AA37 = "projects/Adobo and Avocados/A&A 37 - Observability for testers with Abby Bangser.md";

const vault = mkdtempSync(join(tmpdir(), "teamwalk-cancelled-"));
afterAll(() => rmSync(vault, { recursive: true, force: true }));
cpSync(join(REPO, "tests/fixtures/five-shows"), vault, { recursive: true });
const original = readFileSync(join(vault, AA37), "utf8");
writeFileSync(join(vault, AA37), original.replace("---\n", "---\nstatus: cancelled\n"));

function abby(today: string): GuestJson | undefined {
  const out: string[] = [];
  const code = run(["guests", vault, "--json", "--today", today], { out: (t) => out.push(t), error: () => undefined, now: () => new Date(`${today}T10:00:00Z`), timeZone: "UTC", cwd: REPO, projectRoot: REPO });
  expect(code).toBe(0);
  return (JSON.parse(out.join("\n")) as { guests: GuestJson[] }).guests.find((g) => g.name === "Abby Bangser");
}

describe("the guest of a cancelled episode", () => {
  it("is not confirmed while its date is ahead", () => {
    expect(abby("2024-01-15")).toMatchObject({ status: "contacted", next: null, last: null, episodes: [{ date: "2024-05-22", when: "cancelled" }] });
  });

  it("has not appeared once its date has gone", () => {
    expect(abby("2025-06-02")).toMatchObject({ status: "contacted", next: null, last: null, episodes: [{ date: "2024-05-22", when: "cancelled" }] });
  });

  it("without the cancellation, she appeared (the same vault, the property taken out)", () => {
    writeFileSync(join(vault, AA37), original);
    expect(abby("2025-06-02")).toMatchObject({ status: "appeared", last: "2024-05-22", episodes: [{ when: "past" }] });
  });
});

describe("the guests view's row for a guest of a cancelled episode", () => {
  it("names the episode as cancelled, and a show called off then rebooked makes the new one next", () => {
    const directory = new GuestDirectory();
    const guests = parseGuestValue("Bo Chen").guests;
    directory.setEpisode("A&A 38.md", { path: "A&A 38.md", title: "Burnout", show: "Adobo and Avocados", date: "2025-06-25", cancelled: true, guests });
    const [first] = directory.people("2025-06-23");
    if (!first) throw new Error("no guest");
    // The shows are drawn before the meta line, each by its label (show-labels.ts; none given here: the name).
    expect(guestRow(first)).toMatchObject({ status: "contacted", shows: [{ label: "Adobo and Avocados", name: "Adobo and Avocados" }], meta: "1 episode", episodes: [{ label: "2025-06-25 · Adobo and Avocados: Burnout (cancelled)", when: "cancelled" }] });
    directory.setEpisode("A&A 39.md", { path: "A&A 39.md", title: "Burnout, again", show: "Adobo and Avocados", date: "2025-07-02", guests });
    const [again] = directory.people("2025-06-23");
    expect(again && guestRow(again, new Map([["Adobo and Avocados", "A&A"]]))).toMatchObject({ status: "confirmed", shows: [{ label: "A&A", name: "Adobo and Avocados" }], meta: "2 episodes · next 2025-07-02" });
  });
});
