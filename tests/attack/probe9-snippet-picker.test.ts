// @vitest-environment happy-dom
// probe9: hostile lengths in the snippet picker. The picker shows every snippet with its
// filled preview in a box a few lines tall (styles.css: max-height 9em), but it put the
// whole filled text in each row: a value of 100,000 characters (here the show's "about" setting) made every row hold
// it (about 1.5 MB of text laid out on each redraw of the list). Each preview now holds at
// most PREVIEW_CHARS characters, cut between code points, with "…"; the snippet chosen is
// still inserted whole.
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseSuggestion } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, showData, start, topModal } from "../plugin/harness";
import { PREVIEW_CHARS, previewText } from "../../src/plugin/snippets/snippet-picker";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const LONG = `Ann ${"Lee".repeat(33_334)}`;
const NOTE = "Office Hours/OH 03 - Tempo tips.md";

describe("the snippet picker with a 100,000-character value", () => {
  it("shows each preview cut short, and inserts the chosen snippet whole", async () => {
    const data = showData([{ id: "oh", name: "Office Hours", code: "OH", folder: "Office Hours", about: LONG, schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } }]);
    const started = await start({ files: { [NOTE]: "---\ndate: 2025-06-13\n---\n# OH 03\n\nGuest:: Bo Chen\n\n" }, data });
    host = started.host;
    const view = await host.openFile(NOTE);
    view.editor.setCursor({ line: 6, ch: 0 });
    expect(await host.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(host);
    const previews = Array.from(topModal(host).modalEl.querySelectorAll(".office-hours-snippet-preview")).map((el) => el.textContent ?? "");
    expect(previews.length).toBeGreaterThan(5);
    for (const preview of previews) expect(preview.length).toBeLessThanOrEqual(PREVIEW_CHARS + 1);
    expect(previews.some((p) => p.endsWith("…") && p.includes("Ann Lee"))).toBe(true);
    chooseSuggestion("Guest outreach", topModal(host).modalEl);
    await settle(host);
    expect(view.editor.getValue()).toContain(LONG);
  });

  it("a cut never splits an emoji, and a short preview is shown as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 0, maxLength: 1500 }), (text) => {
        const shown = previewText(text);
        if (text.length <= PREVIEW_CHARS) expect(shown).toBe(text);
        else {
          expect(shown.endsWith("…")).toBe(true);
          expect(text.startsWith(shown.slice(0, -1))).toBe(true);
          // No lone high surrogate before the ellipsis.
          expect(/[\uD800-\uDBFF]$/.test(shown.slice(0, -1))).toBe(false);
        }
      }),
    );
  });
});
