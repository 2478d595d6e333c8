// Which parts of a guest field are plain names, and linking them: the real notes' fields,
// the field shapes the reader knows, and two rules checked on generated fields: linking
// every plain name reads as the same people, and nothing outside the names changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainNameSpans } from "../../../src/core/guests/name-spans";
import { guestsInFields, plainGuestNames, planNameLinks, type GuestFieldRules, type NameLink } from "../../../src/core/guests/link-names";
import { parseGuestValue, pieceSpans } from "../../../src/core/note/guests";
import { applyEdits } from "../../../src/core/live/edits";
import { andWordsFor } from "../../../src/core/note/and-words";

const RULES: GuestFieldRules = { guestFields: ["Guest", "Guests"], andWords: andWordsFor("") };
const SPANISH: GuestFieldRules = { guestFields: ["Invitado(s):"], andWords: andWordsFor("es") };
const REAL = join(import.meta.dirname, "../../fixtures/real-notes");
const FIVE = join(import.meta.dirname, "../../fixtures/five-shows");

const names = (value: string, words = RULES.andWords) => plainNameSpans(value, words).map((s) => value.slice(s.start, s.end));

/** Every plain name of `text` linked as `[[name]]`, or with `target(name)` as `[[target|written]]`. */
function linkAll(text: string, rules: GuestFieldRules, target: (name: string) => string | null = () => null): string {
  const links: NameLink[] = plainGuestNames(text, rules).map((name) => {
    const to = target(name.name);
    return { name, link: to === null ? `[[${name.written}]]` : `[[${to}|${name.written}]]` };
  });
  const plan = planNameLinks(text, links, rules);
  if (!plan.ok) throw new Error(plan.reason);
  return applyEdits(text, plan.edits);
}

describe("the plain names in one guest field", () => {
  it("finds the names, not the separators, quotes, emphasis, affiliations or links", () => {
    expect(names("Nikola Grcevski")).toEqual(["Nikola Grcevski"]);
    expect(names('"Poyzan Taneli" & "Paul Rogers"')).toEqual(["Poyzan Taneli", "Paul Rogers"]);
    expect(names("Ed Welch (Grafana), **Ann Lee** and _Bo Chan_")).toEqual(["Ed Welch", "Ann Lee", "Bo Chan"]);
    expect(names('"[[Andrii Kovalov]], [[Ari Herschowitz]]"')).toEqual([]);
    expect(names("[Renata Andrade](https://www.linkedin.com/in/raptatinha/), Jack Berg")).toEqual(["Jack Berg"]);
    expect(names("Joseph (Joe) Elliot; Name; <guest>")).toEqual(["Joseph (Joe) Elliot"]);
  });

  it("splits on y only for a Spanish show: Ortega y Gasset is one person in an English one", () => {
    expect(names("Nicole V. y Antonio C.", SPANISH.andWords)).toEqual(["Nicole V.", "Antonio C."]);
    expect(names("José Ortega y Gasset")).toEqual(["José Ortega y Gasset"]);
  });

  it("cuts a value into pieces in order that leave out only separators, for any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "B", " ", ",", "&", ";", "(", ")", "[", "]", "y", "and", "\t", '"', "*", "|") });
    fc.assert(
      fc.property(text, fc.boolean(), (value, spanish) => {
        const words = spanish ? SPANISH.andWords : RULES.andWords;
        const spans = pieceSpans(value, words);
        expect(spans[0]?.start).toBe(0);
        expect(spans[spans.length - 1]?.end).toBe(value.length);
        for (let i = 1; i < spans.length; i++) {
          const gap = value.slice(spans[i - 1]?.end ?? 0, spans[i]?.start ?? 0);
          // Between two pieces: one separator, or an "and" word with its two spaces.
          expect(/^([,&;]|[ \t]\S+[ \t])$/.test(gap)).toBe(true);
          if (gap.length > 1) expect(words).toContain(gap.trim().toLowerCase());
        }
      }),
    );
  });

  it("gives the names the reader gives, for the names that are not links", () => {
    const text = fc.string({ unit: fc.constantFrom("Ann", "Lee", " ", ",", "&", "(", ")", "(Grafana)", '"', "**", "_", "and", "[[Bo]]", "[x](https://x.io)") });
    fc.assert(
      fc.property(text, (value) => {
        const plain = parseGuestValue(value).guests.filter((g) => g.target === null).map((g) => g.name);
        expect(plainNameSpans(value, RULES.andWords).map((s) => s.name)).toEqual(plain);
      }),
    );
  });
});

describe("linking the names of a note", () => {
  it("links GOH 25's guest and keeps every other byte of the real note", () => {
    const text = readFileSync(join(REAL, "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md"), "utf8");
    expect(text).toContain("Guest:: Nikola Grcevski\n");
    expect(linkAll(text, RULES)).toBe(text.replace("Guest:: Nikola Grcevski", "Guest:: [[Nikola Grcevski]]"));
  });

  it("links both of the Loki call's quoted names, and leaves GOH 30's placeholder and GOH 12's links alone", () => {
    const loki = readFileSync(join(REAL, "2025-03-25-loki-cache.md"), "utf8");
    expect(linkAll(loki, RULES)).toBe(loki.replace('Guest:: "Poyzan Taneli" & "Paul Rogers"', 'Guest:: "[[Poyzan Taneli]]" & "[[Paul Rogers]]"'));
    expect(loki).toContain('Guest:: "Poyzan Taneli" & "Paul Rogers"');
    const goh30 = readFileSync(join(REAL, "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md"), "utf8");
    expect(goh30).toContain('Guest:: "Name"');
    expect(plainGuestNames(goh30, RULES)).toEqual([]);
    const goh12 = readFileSync(join(REAL, "GOH 12 - Govable.md"), "utf8");
    expect(goh12).toContain("Guest:: \"[[Andrii Kovalov]], [[Ari Herschowitz]]\"");
    expect(plainGuestNames(goh12, RULES)).toEqual([]);
  });

  it("links a Spanish show's one-colon field with y, and a note named otherwise with the name as written", () => {
    const ccg = readFileSync(join(FIVE, "projects/CafeConGrafana/Episodes/CCG 000 - 231019 - LanzandoCafeConGrafana.md"), "utf8");
    expect(ccg).toContain("Invitado(s): Nicole V. y Antonio C.");
    const linked = linkAll(ccg, SPANISH, (name) => (name === "Nicole V." ? "Office Hours/Guests/Nicole Valdez" : null));
    expect(linked).toBe(ccg.replace("Invitado(s): Nicole V. y Antonio C.", "Invitado(s): [[Office Hours/Guests/Nicole Valdez|Nicole V.]] y [[Antonio C.]]"));
    expect(guestsInFields(linked, SPANISH)[0]?.map((g) => [g.name, g.target])).toEqual([
      ["Nicole V.", "Office Hours/Guests/Nicole Valdez"],
      ["Antonio C.", "Antonio C."],
    ]);
  });

  it("links names in bracketed fields and in several guest fields, keeping the rest of each line", () => {
    const text = "---\ndate: 2025-01-01\n---\nWith [guest:: Ann Lee (Grafana)] and (Guests:: Bo Chan & [[Cy Dee]]) today.\n**Guest**:: *Dee  Eve*\n";
    expect(linkAll(text, RULES)).toBe("---\ndate: 2025-01-01\n---\nWith [guest:: [[Ann Lee]] (Grafana)] and (Guests:: [[Bo Chan]] & [[Cy Dee]]) today.\n**Guest**:: *[[Dee  Eve]]*\n");
  });

  it("keeps a byte order mark and Windows line endings", () => {
    const text = "\ufeff---\r\ndate: 2025-01-01\r\n---\r\nGuest:: Ann Lee & Bo Chan\r\n- [ ] Invite\r\n";
    expect(linkAll(text, RULES)).toBe("\ufeff---\r\ndate: 2025-01-01\r\n---\r\nGuest:: [[Ann Lee]] & [[Bo Chan]]\r\n- [ ] Invite\r\n");
  });

  it("reads no names in a code block, a task or the frontmatter", () => {
    const text = "---\nguest: Ann Lee\n---\n```\nGuest:: Bo Chan\n```\n- [ ] Guest:: Cy Dee\n";
    expect(plainGuestNames(text, RULES)).toEqual([]);
  });

  it("refuses when the line changed since the names were read, or when a link would change who is named", () => {
    const text = "Guest:: Ann Lee, Bo Chan\n";
    const [ann] = plainGuestNames(text, RULES);
    if (!ann) throw new Error("no name");
    const changed = planNameLinks("Guest:: Ann Lee, Bo Chan, Cy\n", [{ name: ann, link: "[[Ann Lee]]" }], RULES);
    expect(changed).toEqual({ ok: false, reason: "line 1 changed since the names were read (“Ann Lee” is no longer where it was); nothing was changed" });
    const wrong = planNameLinks(text, [{ name: ann, link: "[[Ann Lee|Someone Else]]" }], RULES);
    expect(wrong).toEqual({ ok: false, reason: "“Ann Lee” would read as “Someone Else”; nothing was changed" });
    const split = planNameLinks(text, [{ name: ann, link: "Ann, Lee" }], RULES);
    expect(split.ok).toBe(false);
  });

  it("every plain name linked: the same people, each now with a target, and nothing outside the names changed", () => {
    const piece = fc.constantFrom("Ann Lee", "Bo  Chan", "Cy (Grafana)", '"Dee"', "**Eve**", "[[Fay]]", "Gus y Hal", "Name", "[Ivy](https://x.io)", "");
    const sep = fc.constantFrom(", ", " & ", " and ", "; ", " y ");
    const field = fc.tuple(fc.array(fc.tuple(piece, sep), { maxLength: 5 }), piece).map(([pairs, last]) => pairs.map(([p, s]) => p + s).join("") + last);
    const line = fc.tuple(fc.constantFrom("Guest:: ", "- Guests:: ", "Invitado(s): ", "Intro [guest:: "), field).map(([key, value]) => (key.startsWith("Intro") ? `${key}${value}] end` : key + value));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean(), (lines, spanish) => {
        const rules: GuestFieldRules = { guestFields: ["Guest", "Guests", "Invitado(s):"], andWords: spanish ? SPANISH.andWords : RULES.andWords };
        const text = `---\nurl: x\n---\n${lines.join("\n\n")}\n`;
        const found = plainGuestNames(text, rules);
        const linked = linkAll(text, rules, (name) => (name.length % 2 === 0 ? `People/${name}` : null));
        const before = guestsInFields(text, rules);
        const after = guestsInFields(linked, rules);
        expect(after.map((f) => f.map((g) => [g.name, g.affiliation]))).toEqual(before.map((f) => f.map((g) => [g.name, g.affiliation])));
        expect(after.flat().every((g) => g.target !== null)).toBe(true);
        // Outside the names: take every link back out and the note is as it was.
        let restored = linked;
        // Left to right: once a link is taken out, the next name on its line is back at its place.
        for (const name of found) {
          const lines = restored.split("\n");
          const at = lines[name.line] ?? "";
          const close = at.indexOf("]]", name.start) + 2;
          lines[name.line] = at.slice(0, name.start) + name.written + at.slice(close);
          restored = lines.join("\n");
        }
        expect(restored).toBe(text);
      }),
    );
  });
});
