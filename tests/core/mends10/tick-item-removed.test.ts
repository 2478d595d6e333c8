// mends10: a sidebar tick whose item's own line was removed since the list was drawn (not
// moved: gone) is refused with a notice; it never ticks another line, however alike
// (a twin under the same heading, a copy elsewhere, the item one line down). Checked on
// every open item of the real notes, alone and with one more line removed anywhere, and of
// tests/fixtures/mends10/twins.md (written for this: the same item many times, twins under
// one heading, copies under others, a namesake section), where a tick given back to the
// wrong line would have somewhere to land.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tickInText } from "../../../src/core/tick/toggle";
import { taskRefs, type TaskRef } from "../../../src/core/tick/task-ref";
import { noteContext } from "../../../src/core/tick/context";
import { refusalNotice } from "../../../src/core/tick/refusals";
import { readNote } from "../../support/notes";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** Every .md under the real-notes and five-shows fixtures. */
function notes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? notes(path) : name.endsWith(".md") ? [path] : [];
  });
}

const REAL = [...notes(join(FIXTURES, "real-notes")), ...notes(join(FIXTURES, "five-shows")), ...notes(join(FIXTURES, "mends10"))].map((path) => ({ path, text: readFileSync(path, "utf8") }));

/** The open items' refs, as the index makes them. */
function openRefs(text: string): TaskRef[] {
  const episode = readNote("note.md", text);
  return taskRefs(episode, noteContext(text, episode, true), (task) => task.state === "open");
}

const without = (lines: readonly string[], ...gone: number[]) => lines.filter((_, i) => !gone.includes(i)).join("\n");

describe("a tick whose item's line was removed", () => {
  const cases = REAL.flatMap(({ path, text }) => openRefs(text).map((ref) => ({ path, text, ref })));

  it("has real items to try (the fixtures hold open items, several with twins)", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it("is refused, with a notice, for every open item of every real note", () => {
    const wrong: string[] = [];
    for (const { path, text, ref } of cases) {
      const lines = text.split("\n");
      const result = tickInText(without(lines, ref.line), ref, "done");
      if (result.ok) wrong.push(`${path}:${ref.line + 1} ${ref.raw} → ticked line ${result.line + 1}`);
      else expect(refusalNotice(ref, result.kind)).not.toBe("");
    }
    expect(wrong).toEqual([]);
  });

  it("is refused when one more line anywhere went too", () => {
    fc.assert(
      fc.property(fc.nat(cases.length - 1), fc.nat(), (which, other) => {
        const picked = cases[which];
        if (picked === undefined) return;
        const lines = picked.text.split("\n");
        const second = other % lines.length;
        if (second === picked.ref.line) return;
        expect(tickInText(without(lines, picked.ref.line, second), picked.ref, "done").ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
