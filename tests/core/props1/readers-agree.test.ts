// props1: the readers that used to read a property's line each their own way now read it
// through core/note/key-line.ts, so they agree on the cases where they differed: a comment
// after an empty value, a comment after a quoted value, a quoted key, a key's exact case.
import { describe, expect, it } from "vitest";
import { propertyAt } from "../../../src/core/note/property-line";
import { readFlatFrontmatter } from "../../../src/core/new-episode/template/tp-frontmatter";
import { planProperties } from "../../../src/core/reschedule/properties";
import { applyEdits } from "../../../src/core/live/edits";
import { splitLines } from "../../../src/core/text/lines";

const at = (props: string[], key: string) => propertyAt(["---", ...props, "---"], props.length + 2, key);

describe("propertyAt: the value as written, without its comment", () => {
  it("a comment after the value is not part of it", () => {
    expect(at(["date: 2024-01-05", "time: 25:00 # CEST"], "time")).toEqual({ line: 3, text: "25:00" });
    expect(at(['time: "25:00" # CEST'], "time")).toEqual({ line: 2, text: '"25:00"' });
  });

  it("an empty value with a comment is empty", () => {
    expect(at(["date: # YYYY-MM-DD"], "date")).toEqual({ line: 2, text: "" });
  });

  it("the key as YAML reads it: quoted is found, another case is another key", () => {
    expect(at(['"time": noon'], "time")).toEqual({ line: 2, text: "noon" });
    expect(at(["Time: 9", "time: noon"], "time")).toEqual({ line: 3, text: "noon" });
  });
});

describe("tp.frontmatter reads a line as the other readers do", () => {
  it("a YAML escape in double quotes is read, a comment after quotes is cut", () => {
    expect(readFlatFrontmatter('a: "\\x41\\u00e9"\nb: \'it\'\'s\' # note\nc: # fills later')).toEqual({ a: "Aé", b: "it's", c: null });
  });
});

describe("Reschedule: a date inside quotes with a # in them is the date, quotes and comment kept", () => {
  it("`date: \"2024-01-05\" # moved` moves the digits only", () => {
    const text = '---\ndate: "2024-01-05" # moved\n---\n# x\n';
    const plan = planProperties(splitLines(text), 3, { oldDate: "2024-01-05", newDate: "2024-01-12", oldTime: "13:00", newTime: "13:00", nameCarriesDate: false });
    if (!plan.ok) throw new Error(plan.reason);
    expect(applyEdits(text, plan.edits)).toBe('---\ndate: "2024-01-12" # moved\n---\n# x\n');
  });

  it("`date: # YYYY-MM-DD` gets the date before the comment, which stays a comment", () => {
    const text = "---\ndate: # YYYY-MM-DD\n---\n# x\n";
    const plan = planProperties(splitLines(text), 3, { oldDate: null, newDate: "2024-01-12", oldTime: "13:00", newTime: "13:00", nameCarriesDate: false });
    if (!plan.ok) throw new Error(plan.reason);
    expect(applyEdits(text, plan.edits)).toBe("---\ndate: 2024-01-12 # YYYY-MM-DD\n---\n# x\n");
  });

  it("a plain date going on on the next line is refused, not half-edited", () => {
    const plan = planProperties(splitLines("---\ndate: 2024-01-05\n  extra\n---\n# x\n"), 4, { oldDate: "2024-01-05", newDate: "2024-01-12", oldTime: "13:00", newTime: "13:00", nameCarriesDate: false });
    expect(plan).toMatchObject({ ok: false });
  });
});
