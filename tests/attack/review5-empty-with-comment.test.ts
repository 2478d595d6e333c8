// review5: a property left empty with a comment after it, as templates write them
// (`url: # paste the video link`, `ended: # End show fills this`). YAML reads the value as
// null: `#` after `: ` starts a comment. The line readers read the comment as the value:
// - src/core/live/mark-lines.ts:46 valueOf (new this stop): the body is trimmed first, so
//   `/[ \t]#/` finds no space before the `#` and the whole comment is the value. Go live and
//   End show then see `live:`/`ended:` "changed" (RECHECK) and fall back to
//   processFrontMatter, which rewrites the properties and drops every comment in them; the
//   video link replaces the comment text itself (`url: # paste…` → `url: https://…`).
// - src/core/reschedule/properties.ts:43 propertyLines (the same reading, written again):
//   `date: # YYYY-MM-DD` is refused as "not a date like 2024-01-05" though it is empty, and
//   an empty date is one the plan knows how to fill.
// Fix: one reader of a property's line for both (mark-lines' findKey/valueOf and
// propertyLines are two rules for one thing); in it, a value that starts with `#` is empty
// with a comment (comment = where the `#` is, value = null).
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/core/live/edits";
import { planMarkLines } from "../../src/core/live/mark-lines";
import { planProperties } from "../../src/core/reschedule/properties";
import { splitLines } from "../../src/core/text/lines";
import { parseYaml } from "../host/yaml";

const NOTE = (props: string) => `---\ndate: 2025-06-06\n${props}\n---\n# OH 07\n`;

/** The values a plan's check is handed, as written. */
function readBy(text: string, keys: string[]): Record<string, string | null> {
  let seen: Record<string, string | null> = {};
  planMarkLines(text, keys, (values) => {
    seen = values;
    return null;
  }, []);
  return seen;
}

describe("review5: `key: # comment` is an empty value to the line readers, as to YAML", () => {
  it("guard: YAML reads it as null", () => {
    expect(parseYaml("ended: # End show fills this\n")).toEqual({ ended: null });
  });

  it("guard: an empty value without a comment is read as empty", () => {
    expect(readBy(NOTE("ended:"), ["ended"])).toEqual({ ended: null });
  });

  it("mark-lines reads `ended: # comment` as empty", () => {
    expect(readBy(NOTE("ended: # End show fills this"), ["ended"])).toEqual({ ended: null });
  });

  it("the video link goes in before the comment, which stays", () => {
    const text = NOTE("url: # paste the video link");
    const plan = planMarkLines(text, [], () => null, [{ key: "url", value: "https://youtu.be/abc" }]);
    if (!plan.ok) throw new Error(plan.reason);
    expect(applyEdits(text, plan.edits)).toBe(NOTE("url: https://youtu.be/abc # paste the video link"));
  });

  it("Reschedule fills `date: # comment` as it fills an empty `date:`", () => {
    const target = { oldDate: null, newDate: "2025-06-13", oldTime: "13:00", newTime: "13:00", nameCarriesDate: false };
    const empty = planProperties(splitLines("---\ndate:\n---\n# x\n"), 3, target);
    expect(empty.ok).toBe(true);
    const commented = planProperties(splitLines("---\ndate: # YYYY-MM-DD\n---\n# x\n"), 3, target);
    expect(commented.ok).toBe(true);
  });
});
