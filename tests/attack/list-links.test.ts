// The index list's lines for a renamed episode, pointed at its new name before the merge:
// every way a list line may link to the note, and nothing else touched.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { relinkList } from "../../src/core/reschedule/list-links";
import { readListLine } from "../../src/core/index-note/list-items";

const FROM = "CCG 012 - 240215 - TBD";
const TO = "CCG 012 - 240222 - TBD";

describe("relinking the list to a renamed note", () => {
  it("changes the link's target in each form, keeping the date, alias, heading, folder and the words after it", () => {
    const lines = [
      `- 2024-02-15: [[${FROM}]] with Israel Blancas`,
      `- 15/02: [[${FROM}|CCG 12]] (the alias stays)`,
      `* [[Episodes/${FROM}#Guest]]`,
      `1. [[ccg 012 - 240215 - tbd]]`,
      `- [CCG 12](Episodes/CCG%20012%20-%20240215%20-%20TBD.md) in Markdown`,
      `- [CCG 12](<Episodes/${FROM}.md>)`,
    ];
    expect(relinkList(lines.join("\n"), FROM, TO).split("\n")).toEqual([
      `- 2024-02-15: [[${TO}]] with Israel Blancas`,
      `- 15/02: [[${TO}|CCG 12]] (the alias stays)`,
      `* [[Episodes/${TO}#Guest]]`,
      `1. [[${TO}]]`,
      `- [CCG 12](Episodes/CCG%20012%20-%20240222%20-%20TBD.md) in Markdown`,
      `- [CCG 12](<Episodes/${TO}.md>)`,
    ]);
  });

  it("changes a title written plainly at the start of a line too (the list finds episodes by it)", () => {
    expect(relinkList(`- 2024-02-15: ${FROM} with Israel\n- ${FROM}, live\n- ${FROM}2`, FROM, TO)).toBe(`- 2024-02-15: ${TO} with Israel\n- ${TO}, live\n- ${FROM}2`);
  });

  it("leaves every other line as it is: other notes, text naming it, tasks, the markers, CRLF", () => {
    const block = [
      "%% office-hours:episode-list start %%",
      "### Upcoming",
      `- [[${FROM} 2]] another note`,
      `- Before ${FROM} written plainly`,
      `- [ ] [[${FROM}]] a task`,
      `Talked about [[${FROM}]] in prose.`,
      `- [[${FROM}]]`,
      "%% office-hours:episode-list end %%",
    ].join("\r\n");
    expect(relinkList(block, FROM, TO)).toBe(block.replace(`- [[${FROM}]]\r\n`, `- [[${TO}]]\r\n`));
  });

  it("for any list of lines, changes only lines naming the old note (link or plain title), and those to name the new one", () => {
    const line = fc.oneof(
      fc.constantFrom(`- [[${FROM}]]`, `- 2024-02-15: [[${FROM}|x]] with Ann`, `- 15/02: ${FROM} with Ann`, `- [a](${encodeURI(FROM)}.md)`, "- [[Other]]", "", "### Past", `${FROM}`, "- (none yet)"),
      fc.string({ maxLength: 20 }).filter((text) => !/[\r\n]/.test(text)),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        const out = relinkList(lines.join("\n"), FROM, TO).split("\n");
        expect(out).toHaveLength(lines.length);
        lines.forEach((was, n) => {
          const now = out[n] ?? "";
          const read = readListLine(was);
          if (read?.link?.name === FROM.toLowerCase()) expect(readListLine(now)?.link?.name).toBe(TO.toLowerCase());
          else if (read && !read.link && read.rest.startsWith(`${FROM} `)) expect(now).toBe(was.replace(FROM, TO));
          else expect(now).toBe(was);
        });
      }),
      { numRuns: 200 },
    );
  });
});
