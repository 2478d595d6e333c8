// A template fills a value into a note's body as a snippet fills it (mends6): pasted
// controls and separators given their meaning, right-to-left text closed at the line's end
// (src/core/snippets/pasted-text.ts). The YAML head keeps its own quoting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderTemplate, renderText } from "../../../src/core/new-episode/template/render";
import { fillSnippet } from "../../../src/core/snippets/fill";

const base = { start: null, timeZone: "UTC", locale: "en" };
// Values made of the characters pastedText gives a meaning, among plain letters.
const pasted = fc
  .array(fc.constantFrom("a", "B", " ", "\u2028", "\u2029", "\u0085", "\u000b", "\u0007", "\ufeff", "\u202e", "\u202b", "\u2067", "\ud800", "\u00e9"), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""));

describe("template values in a note's body", () => {
  it("are filled as a snippet fills them, for any pasted value (property)", () => {
    fc.assert(
      fc.property(pasted, (show) => {
        const values = { ...base, fields: { show } };
        const snippet = fillSnippet("# {{show}} notes", values).text;
        expect(renderText("# {{show}} notes", { ...values, now: new Date(0) }).text).toBe(snippet);
      }),
    );
  });

  it("hold no line separator and leave no right-to-left text open in a note's body", () => {
    const rendered = renderTemplate("---\ntitle: x\n---\n# {{topic}} with {{guests}}\n", {
      ...base,
      now: new Date(0),
      fields: { topic: "Tempo\u2028a fondo", guests: "\u202eAna" },
    }).text;
    expect(rendered).toBe("---\ntitle: x\n---\n# Tempo a fondo with \u202eAna\u202c\n");
  });
});
