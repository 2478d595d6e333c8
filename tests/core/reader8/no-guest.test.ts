// reader8: a guest field that says there is no guest, by choice (src/core/note/no-guest-words.ts,
// read in guests.ts): `Guests:: none (Lena and Sam)`, `Guest:: —`, `solo`, `n/a`, and the same
// in the languages the reader knows. The episode names no guest, is "no guest" (not "no guest
// yet") while still to come, and gets no "No guest yet" alert nor a placeholder warning.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGuestValue } from "../../../src/core/note/guests";
import { readNote } from "../../support/notes";
import { runCli } from "../../support/cli-status";
import { bestGrowth, whole } from "../../support/growth";

const note = (field: string, frontmatter = "") => readNote("Show/EP 3 - Topic.md", `---\ndate: 2025-03-05\n${frontmatter}---\n${field}\n- [ ] Prep\n`);
const guestWarnings = (e: ReturnType<typeof note>) => e.readerWarnings.filter((w) => w.kind === "guest");

describe("a field that says no guest", () => {
  it.each([
    "Guests:: none (Lena and Sam)",
    "Guest:: —",
    "Guest:: -",
    "Guest:: – ",
    "Guest:: solo",
    "Guest:: Solo episode",
    "Guest:: n/a",
    "Guest:: N/A.",
    "Guest:: *none*",
    'Guest:: "no guest"',
    "Guest:: None: the hosts answer listener questions",
    "Guest:: nobody — hosts only",
    "Guest:: ninguno",
    "Guest:: sin invitados",
    "Guest:: nenhum",
    "Guest:: nessun ospite",
    "Guest:: aucun",
    "Guest:: pas d'invité",
    "Guest:: keiner",
    "Guest:: Kein Gast",
    "Guest:: keine Gaste",
    "Guest:: geen",
    "Guest:: ingen gäst",
    "Guest:: brak",
    "Guest:: bez gościa",
    "Guest:: fara invitat",
  ])("%s: no guest, by choice, and no warning", (field) => {
    const e = note(field);
    expect([e.guests, e.noGuest, guestWarnings(e)]).toEqual([[], true, []]);
  });

  it.each([
    ["guests: none\n", "a property"],
    ['guest: "—"\n', "a quoted dash"],
    ["guests:\n  - solo\n", "a list of one"],
  ])("%s (%s)", (frontmatter) => {
    const e = note("", frontmatter);
    expect([e.guests, e.noGuest]).toEqual([[], true]);
  });
});

describe("what still names a guest or waits for one", () => {
  it.each([
    ["Guest::", []],
    ["Guest:: Name", []],
    ["Guest:: TBD", []],
    ["Guest:: ?", []],
    ["Guest:: …", []],
    ["Guest:: none yet", []],
    ["Guest:: none, Ann Lee", ["Ann Lee"]],
    ["Guest:: Ann Lee (none)", ["Ann Lee"]],
    ["Guest:: Nonet Jones", ["Nonet Jones"]],
    ["Guest:: Jean-Luc Solo", ["Jean-Luc Solo"]],
  ])("%s: not by choice", (field, names) => {
    const e = note(field);
    expect([e.guests.map((g) => g.name), e.noGuest]).toEqual([names, false]);
  });

  it("a guest named in another field wins over a field that says none", () => {
    const e = note("Guest:: none\nCo-host guest:: x\nGuest 2:: Ann Lee");
    expect([e.guests.map((g) => g.name), e.noGuest]).toEqual([["Ann Lee"], false]);
  });
});

describe("for every way of writing it", () => {
  // A sample of the table, one or two a language, and the ways a reason follows.
  const WORDS = ["none", "no guests", "solo", "n/a", "nadie", "sem convidados", "nessuno", "aucune", "niemand", "geen gasten", "inga gäster", "nikt", "nimeni", "—", "--"];
  const REASON = ["", " (Lena and Sam)", ": listener questions", " — hosts only", " - year in review"];
  const WRAP = ["", '"', "*", "**", "_"];

  it("any case, any wrapping, any reason: no guest by choice", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...REASON), fc.constantFrom(...WRAP), fc.boolean(), (word, reason, wrap, upper) => {
        const written = upper ? word.toUpperCase() : word;
        expect(parseGuestValue(`${wrap}${written}${wrap}${reason}`)).toEqual({ guests: [], placeholders: [], none: true });
      }),
    );
  });

  it("a name of letters followed by such a word is that guest", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}$/), fc.constantFrom(...WORDS), (name, word) => {
        const parsed = parseGuestValue(`${name} (${word})`);
        expect([parsed.guests.map((g) => g.name), parsed.none]).toEqual([[name], false]);
      }),
    );
  });
});

describe("the report and its alerts (tests/fixtures/reader8-solo)", () => {
  const DIR = fileURLToPath(new URL("../../fixtures/reader8-solo/", import.meta.url));

  it("a solo episode three days out says (no guest) and raises no alert; an empty field still does", () => {
    const out = runCli(["status", DIR, "--today", "2025-03-03", "--width", "160"], "2025-03-03T09:00:00Z").out;
    expect(out).toMatch(/^WK +19 .*\(no guest\) /m);
    expect(out).toMatch(/^WK +20 .*\(no guest\) /m);
    expect(out).toMatch(/^WK +21 .*\(no guest yet\) +No guest yet, show in 3 days/m);
    expect(out).toMatch(/^WK +22 .*Ann Lee /m);
    expect(out.match(/No guest yet/g)).toHaveLength(1);
  });
});

describe("long values (n against 4n)", () => {
  it.each([
    ["a long head", (n: number) => `none${" ".repeat(n)}x`],
    ["dashes", (n: number) => "-".repeat(n)],
    ["spaced dashes", (n: number) => " -".repeat(n)],
    ["parentheses", (n: number) => `none ${"(".repeat(n)}`],
    ["wrapping", (n: number) => `${"*".repeat(n)}none`],
  ])("%s", (_, make) => {
    expect(bestGrowth((v: string) => parseGuestValue(v), whole(make), 2000, 8)).toBeLessThan(8);
  });
});
