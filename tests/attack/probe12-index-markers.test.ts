// @vitest-environment happy-dom
// probe12: where the index note's markers stand. Promise (README, "The index note", "Only
// real markers count"): "A marker is one only where Obsidian reads it as a comment: the same
// marker in a code block, in `inline code` or inside another comment (documentation of the
// plugin, an old list commented out) is text, never the block, and never changed"; and
// ("What the plugin writes") "Nothing outside the block". Driven through the command on the
// stand-in host, with the default show and three episodes (past, upcoming, idea).
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";
import { finish, onDisk, settle, showData, start } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const INDEX = "Office Hours/Office Hours episodes.md";
const COMMAND = "office-hours:update-index-note";
const DATA = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX }]);
const START = "%% office-hours:episode-list start %%";
const OH01 = "OH 01 - First steps, with Ann Lee";

function episodes(): Record<string, string> {
  return {
    [`Office Hours/${OH01}.md`]: "---\ndate: 2025-05-02\n---\nGuest:: Ann Lee\n\n- [x] Invite\n",
    "Office Hours/OH 02 - Dashboards.md": "---\ndate: 2025-06-06\n---\nGuest::\n\n- [ ] Invite\n",
  };
}

async function run(h: TestHost): Promise<void> {
  expect(await h.runCommand(COMMAND)).toBe(true);
  await settle(h);
}

/** The lines from the start marker to the end marker, both included (the first of each). */
function blockOf(text: string): string[] {
  const lines = text.split("\n");
  const from = lines.findIndex((l) => l.includes("office-hours:episode-list start"));
  const to = lines.findIndex((l) => l.includes("office-hours:episode-list end"));
  return lines.slice(from, to + 1);
}

describe("markers in an indented code block (four spaces, after a blank line: Obsidian shows it as code)", () => {
  const DOC = `How to keep the list (for the team):\n\n    ${START}\n    - [[OH 01]] lines go here\n    ${BLOCK_END}\n`;

  // DEFECT (src/core/index-note/line-states.ts, read by index-note.ts findBlock): only fenced
  // code is code; an indented code block's markers are taken for the block, and the
  // command writes the missing episode at column 0 between them, splitting the user's
  // documentation (the code block) in two and leaving a list item in it. Rule: a line
  // indented four spaces or more (a tab) after a blank line, outside a list, is code, as
  // CommonMark and Obsidian read it; markers there are text.
  it("are text: the documentation is left byte for byte, and the first run previews a block of its own", async () => {
    const text = `# Office Hours\n\n${DOC}`;
    ({ host } = await start({ data: DATA, files: { ...episodes(), [INDEX]: text } }));
    await run(host);
    // Whatever the command does next (the first-time preview), the code block is unchanged.
    expect(onDisk(host, INDEX).startsWith(`# Office Hours\n\n${DOC}`)).toBe(true);
  });

  // DEFECT (same place): with the documentation above a real block, the note has "two
  // real blocks" by the plugin's reading and every run is refused: the list can never be
  // updated while the team keeps its how-to in the note.
  it("beside a real block further down: the real block is updated, the documentation unchanged", async () => {
    const real = [BLOCK_START, "### Past", "", `- 2025-05-02: [[${OH01}]]`, BLOCK_END].join("\n");
    const text = `# Office Hours\n\n${DOC}\n${real}\n`;
    ({ host } = await start({ data: DATA, files: { ...episodes(), [INDEX]: text } }));
    await run(host);
    const after = onDisk(host, INDEX);
    expect(after.startsWith(`# Office Hours\n\n${DOC}`)).toBe(true);
    expect(after).toContain("[[OH 02 - Dashboards]]");
  });

  it("in a fenced block (``` or ~~~, or four backticks around three) they are text: the real block is updated, the fence unchanged", async () => {
    for (const fence of [["```md", "```"], ["~~~", "~~~"], ["````", "````"]] as const) {
      const doc = `${fence[0]}\n${fence[0] === "````" ? "```\n" : ""}${START}\n${BLOCK_END}\n${fence[1]}\n`;
      const real = [BLOCK_START, "### Past", "", `- 2025-05-02: [[${OH01}]]`, BLOCK_END].join("\n");
      const text = `# Office Hours\n\n${doc}\n${real}\n`;
      const started = await start({ data: DATA, files: { ...episodes(), [INDEX]: text } });
      host = started.host;
      await run(host);
      const after = onDisk(host, INDEX);
      expect(after.startsWith(`# Office Hours\n\n${doc}`)).toBe(true);
      expect(after.split("[[OH 02 - Dashboards]]")).toHaveLength(2);
      finish(host);
      host = undefined;
    }
  });
});

describe("a block inside a callout (every line starts with '>')", () => {
  // DEFECT (src/core/index-note/index-note.ts updateBlock, merge-lists.ts): the markers are
  // real comments inside the callout, so the block is found, but its lines are merged as if
  // they stood at the left margin: the new episode's line is written without "> ", which
  // ends the callout there (the rest of the list and the end marker become a second,
  // plain quote). Rule: a block whose start marker line is quoted keeps every line it
  // writes under the same quote prefix (or, if that is not supported, refuses with a
  // notice and writes nothing). Either way no line between the markers loses its "> ".
  it("each line the command writes between the markers keeps the callout's '> '", async () => {
    const text = [
      "# Office Hours",
      "",
      "> [!note] Episodes",
      `> ${BLOCK_START}`,
      "> ### Past",
      ">",
      `> - 2025-05-02: [[${OH01}]]`,
      `> ${BLOCK_END}`,
      "",
      "After.",
      "",
    ].join("\n");
    ({ host } = await start({ data: DATA, files: { ...episodes(), [INDEX]: text } }));
    await run(host);
    const after = onDisk(host, INDEX);
    const unquoted = blockOf(after).filter((l) => !l.startsWith(">"));
    expect(unquoted).toEqual([]);
  });

  it("the refusal or the write never touches a line outside the markers", async () => {
    const text = ["# Office Hours", "", "> [!note] Episodes", `> ${BLOCK_START}`, "> ### Past", ">", `> - 2025-05-02: [[${OH01}]]`, `> ${BLOCK_END}`, "", "After.", ""].join(
      "\n",
    );
    ({ host } = await start({ data: DATA, files: { ...episodes(), [INDEX]: text } }));
    await run(host);
    const after = onDisk(host, INDEX);
    expect(after.startsWith("# Office Hours\n\n> [!note] Episodes\n")).toBe(true);
    expect(after.endsWith(`> ${BLOCK_END}\n\nAfter.\n`)).toBe(true);
  });
});
