// One inline-code rule for the whole reader: CommonMark's code spans (code-spans.ts). The
// comment reader, the template-command finder, deadlines and planning dates all ask it,
// and backticks inside a comment mean nothing to any of them. Counting backticks odd or
// even (the comment reader's and the template finder's old rule) got `a ` b` wrong.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt, { type Token } from "markdown-it";
import { inCodeOrCommentTester, lineComments, NO_COMMENT } from "../../src/core/note/comments";
import { scanBody } from "../../src/core/note/scan";
import { inCodeTester } from "../../src/core/text/code-spans";
import { readLineDue } from "../../src/core/deadlines/line-due";
import { planningMarks } from "../../src/core/reschedule/planning-dates";

const md = new MarkdownIt({ html: true });

/** Whether markdown-it reads `<!--c-->` in the line as an HTML comment (not code, not text). */
function htmlComment(line: string): boolean {
  const walk = (tokens: readonly Token[]): boolean => tokens.some((t) => (t.type === "html_inline" && t.content === "<!--c-->") || (t.children !== null && walk(t.children)));
  return walk(md.parseInline(line, {}));
}

const opensAt = (line: string, at: number) => {
  const pairs = lineComments(line, -1, NO_COMMENT).comments;
  return pairs.some((p, i) => i % 2 === 0 && p === at);
};
const tags = (line: string) => scanBody([line], 0).templateTags;

describe("a backtick with no partner is text (CommonMark), for every reader", () => {
  it("a lone backtick before %% hides nothing: the comment is one", () => {
    expect(opensAt("Topic with one ` here %% hidden %%", 22)).toBe(true);
    expect(scanBody(["Guest:: Ann ` x %% Bob %%"], 0).fields.map((f) => f.value)).toEqual(["Ann ` x"]);
  });

  it("``a`b`` is one span, so a comment after it is one", () => {
    expect(opensAt("``a`b`` %% hidden %%", 8)).toBe(true);
    expect(opensAt("``a %% b`` c", 4)).toBe(false);
  });

  it("a template command after a lone backtick, or after ``a`b``, is a command left unexpanded", () => {
    expect(tags("Use ` <% tp.file.title %>")).toEqual(["<% tp.file.title %>"]);
    expect(tags("``a`b`` {{title}}")).toEqual(["{{title}}"]);
    expect(tags("`<% tp.file.title %>` and ``{{date}}``")).toEqual([]);
  });

  it("backticks inside a comment open no span: a deadline after the comment stands", () => {
    // Dataview's field counts anywhere on the line; a Tasks emoji only among the fields that
    // end it (line-due-end.test.ts), so its closing backtick sits in a comment after it.
    const line = "- [ ] Send %% ` %% [due:: 2025-01-02] `";
    expect(readLineDue(line).date?.value).toBe("2025-01-02");
    expect(readLineDue("- [ ] Send %% ` %% 📅 2025-01-02 %% ` %%").date?.value).toBe("2025-01-02");
    expect(planningMarks("- [ ] Send %% ` %% ⏳ 2025-01-02 %% ` %%").map((m) => m.date)).toEqual(["2025-01-02"]);
    // A real span still hides it.
    expect(readLineDue("- [ ] Send `📅 2025-01-02`").date).toBeNull();
  });
});

describe("every reader agrees with code-spans.ts and markdown-it, on any line", () => {
  // Backticks (single and double), backslashes and text: all the code-span cases. The
  // marker follows a space, so no backslash escapes it (escaping markers is another rule).
  const piece = fc.array(fc.constantFrom("`", "``", "\\", "a", " "), { maxLength: 12 }).map((p) => p.join(""));

  it("a marker, a template command or a deadline is hidden exactly when it starts in a code span", () => {
    fc.assert(
      fc.property(piece, piece, (s, t) => {
        const inCode = (line: string, at: number) => inCodeTester(line)(at);

        const percent = `${s} %%c%%${t}`;
        const at = s.length + 1;
        expect(opensAt(percent, at)).toBe(!inCode(percent, at));
        expect(inCodeOrCommentTester(percent)?.(at) ?? false).toBe(true);

        const html = `${s} <!--c-->${t}`;
        expect(opensAt(html, at)).toBe(!inCode(html, at));
        expect(opensAt(html, at)).toBe(htmlComment(html));

        const tag = `x ${s} <% tp.x %>${t}`;
        expect(tags(tag).length).toBe(inCode(tag, at + 2) ? 0 : 1);

        // Dataview's field counts anywhere on the line: hidden exactly when in a span.
        const field = `- [ ] x ${s} [due:: 2025-01-02] ${t}`;
        expect(readLineDue(field).date === null).toBe(inCode(field, field.indexOf("[due::")));
        // A Tasks emoji counts only among the fields ending the line: words after it make it text.
        const due = `- [ ] x ${s} 📅 2025-01-02 ${t}`;
        const emoji = due.indexOf("📅");
        const ends = t.trim() === "";
        expect(readLineDue(due).date === null).toBe(inCode(due, emoji) || !ends);
        expect(inCodeOrCommentTester(due)?.(emoji) ?? false).toBe(inCode(due, emoji));
        const planned = `- [ ] x ${s} ⏳ 2025-01-02 ${t}`;
        expect(planningMarks(planned).length).toBe(inCode(planned, planned.indexOf("⏳")) || !ends ? 0 : 1);
      }),
      { numRuns: 400 },
    );
  });

  it("after a comment, spans are read again from its end (backticks inside it count for none)", () => {
    fc.assert(
      fc.property(piece, piece, piece, (s, inside, t) => {
        // Dataview's field, read anywhere on the line (a Tasks emoji needs the line's end).
        const line = `- [ ] x ${s} %%${inside.replace(/%/g, "")}%% [due:: 2025-01-02] ${t}`;
        const close = line.indexOf("%%", line.indexOf("%%") + 2);
        const emoji = line.indexOf("[due::");
        fc.pre(!inCodeTester(line)(line.indexOf("%%")));
        // The comment opened: the text after it is read as a line of its own.
        const rest = line.slice(close + 2);
        expect(readLineDue(line).date === null).toBe(inCodeTester(rest)(emoji - close - 2));
      }),
      { numRuns: 400 },
    );
  });
});
