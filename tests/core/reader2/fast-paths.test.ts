// The reader's ASCII fast paths and the one-colon hint's filter give what the general code
// gives, for all inputs: the references below are the code as it was before them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalKey } from "../../../src/core/note/fields";
import { normalizeHeading } from "../../../src/core/note/phases";
import { scanBody } from "../../../src/core/note/scan";
import { nearSingleColonKey } from "../../../src/core/note/scan-inline";
import { guestKeySet } from "../../../src/core/note/guest-keys";
import { readNote } from "../../support/notes";

const EMOJI = /\p{Extended_Pictographic}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** canonicalKey before its ASCII fast path (Dataview's rule, code point by code point). */
function referenceKey(key: string): string {
  let out = "";
  let pendingDash = false;
  for (const ch of key.trim()) {
    if (/\s/.test(ch)) {
      pendingDash = out.length > 0;
      continue;
    }
    const code = ch.charCodeAt(0);
    const keep = code < 128 ? /[A-Za-z0-9_-]/.test(ch) : ALNUM.test(ch) || EMOJI.test(ch);
    if (!keep) continue;
    if (pendingDash) out += "-";
    pendingDash = false;
    out += ch.toLocaleLowerCase();
  }
  return out;
}

/** normalizeHeading before its ASCII fast path. */
function referenceHeading(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // reader6: a Chinese or Japanese character is a word of its own (no spaces divide them).
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, " $& ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const keyLike = fc.string({ unit: fc.constantFrom("G", "u", "e", "s", "t", " ", "\t", "*", "_", "-", "#", "1", "(", ")", "é", "Ä", "😀", "\u00a0", ":", "\u000b"), maxLength: 16 });

describe("ASCII fast paths", () => {
  it("canonicalKey is the code-point rule, for any text", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), keyLike), (key) => {
        expect(canonicalKey(key)).toBe(referenceKey(key));
      }), { numRuns: 3000 });
  });

  it("normalizeHeading is the Unicode rule, for any text", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), keyLike), (text) => {
        expect(normalizeHeading(text)).toBe(referenceHeading(text));
      }), { numRuns: 3000 });
  });
});

describe("the one-colon hint, searched only on lines whose key could be a guest key", () => {
  it("names the line that searching every line names", () => {
    const keyLine = fc.tuple(
      fc.constantFrom("", "- ", "1. ", "> ", "  ", "**", "_"),
      fc.constantFrom("Guest", "guests", "Guest 2", "**Guest**", "Invitado(s)", "Gäste", "Topic", "_", "**", "-Guest", "Host name", " Gast"),
      fc.constantFrom(": Ann", ":: Ann", ":Ann", ": ", ":** Ann"),
    );
    const fields = fc.constantFrom(["Guest", "Guests"], ["Invitado"], ["Gast", "Gäste"], ["Topic"], []);
    fc.assert(
      fc.property(fc.array(keyLine.map((parts) => parts.join("")), { maxLength: 12 }), fields, (lines, guestFields) => {
        const e = readNote("n.md", `${lines.join("\n")}\n`, { guestFields });
        if (e.hasGuestField) return;
        const keys = guestKeySet(guestFields);
        const near = nearSingleColonKey(scanBody(lines, 0), (key) => keys.has(canonicalKey(key)) || (/\(s\)$/i.test(key) && keys.has(canonicalKey(key.slice(0, -3)))));
        const hint = e.warnings.find((w) => w.includes("with one colon"));
        expect(hint ?? null).toBe(near ? hint : null);
        if (near) expect(hint).toContain(`Line ${near.line + 1} says "${near.key}:"`);
      }),
      { numRuns: 1000 },
    );
  });
});
