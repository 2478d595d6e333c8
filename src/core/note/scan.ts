// One pass over a note's body lines: headings, tasks, inline fields and template
// commands, with fenced code and comments (`%% … %%`, `<!-- … -->`) skipped. Each line
// is looked at a bounded number of times and no regular expression here can backtrack,
// so time is linear in the size of the note however long its lines are.
import type { Scan, ScanOptions, ScannedHeading } from "./scan-types";
import { indentLength } from "../text/lines";
import { oneColonField } from "./one-colon";
import { ListState } from "./list-state";
import { opensHtmlBlock } from "./html-block";
import { collectInline, collectTemplateTags, mayStartKey, noteSingleColonKey } from "./scan-inline";
import { atxHeading, indentColumns, isFenceClose, isThematicBreak, isSetextUnderline, listMarkerEnd, nestingDepth, openFence, quotePrefix, taskAfterMarker, type Fence } from "./blocks";
import { CalloutTracker } from "./callouts";
import { addHiddenLine, hasCommentMarker, lineComments, NO_COMMENT, PERCENT_COMMENT, type CommentKind } from "./comments";

// The task on a line, for the tick: read by the same rules as the scan.
export { taskOnLine } from "./blocks";
export type { Scan, ScanOptions, ScannedField, ScannedHeading } from "./scan-types";

const EVERYTHING: ScanOptions = { fields: true, templateTags: true };

export function scanBody(lines: readonly string[], start: number, options: ScanOptions = EVERYTHING): Scan {
  const scan: Scan = { headings: [], tasks: [], fields: [], templateTags: [], singleColonKeys: [], hidden: [], partlyHidden: [], code: [], html: [], callouts: [], warnings: [] };
  const callouts = new CalloutTracker();
  let fence: Fence | null = null;
  const findComments = options.comments !== false;
  // The comment left open by the line above, and the line it opened on.
  let comment: CommentKind = NO_COMMENT;
  let commentLine = -1;
  // Line of the paragraph text just above, -1 for none. It starts at -2, not -1: on line 0
  // n - 1 is -1, so a `---` or `===` opening the note (a thematic break, e.g. the fence of
  // a never-closed frontmatter) was taken for the underline of a heading with no text.
  let previousParagraph = -2;
  // First line of that paragraph: a setext heading is the whole paragraph above its
  // underline ("Line one" / "Line two" / "===" is one heading "Line one Line two" on the
  // first line), not only the last line.
  let paragraphStart = -1;
  // Inside a list item (its line, or text continuing it lazily or indented under it) a
  // `---` is a thematic break, not a heading underline: a heading and its text share one
  // container. "- [ ] task" / "  details" / "---" made a section called "details".
  const lists = new ListState(lines);
  let lastBlank = -2;
  let lastHeading = -2;
  // The HTML block the line above is in, if any, and where the text of the list item holding it starts (-1: none).
  let html = false;
  let htmlItemText = -1;

  for (let n = start; n < lines.length; n++) {
    const line = lines[n] ?? "";
    const { depth: quoteDepth, at: contentAt } = quotePrefix(line);
    const quotedAbove = callouts.line(n, quoteDepth);

    if (fence) {
      previousParagraph = -1;
      if (quoteDepth >= fence.quoteDepth) {
        if (isFenceClose(line, contentAt, fence)) {
          scan.code.push({ from: fence.line, to: n });
          fence = null;
        }
        continue;
      }
      // A fence inside a quote or callout ends with the quote; this line is ordinary.
      scan.code.push({ from: fence.line, to: n - 1 });
      fence = null;
    }

    const indent = indentLength(line, contentAt);
    const at = contentAt + indent;
    const first = line.charCodeAt(at);

    if (comment !== NO_COMMENT) {
      const found = lineComments(line, at, comment);
      comment = found.open;
      // Closed here and another opened: a warning names where that one began.
      if (found.openedHere) commentLine = n;
      addHiddenLine(scan.hidden, n);
      previousParagraph = -1;
      collectTemplateTags(scan, options, line);
      continue;
    }

    if (first === 96 || first === 126) {
      const opened = openFence(line, at, quoteDepth, n);
      if (opened) {
        fence = opened;
        previousParagraph = -1;
        if (quoteDepth === 0 && indent === 0) lists.inList = false;
        continue;
      }
    }

    if (at >= line.length) {
      previousParagraph = -1;
      html = false;
      lastBlank = n;
      continue;
    }

    // A quote less indented than any item's text ends the list it follows.
    if (quoteDepth > 0) lists.quote(line);

    // The line as Obsidian shows it, for fields; its structure is read from `line`, so an
    // item's text and a heading's stay as written (as in the metadata cache).
    let visible = line;
    if (findComments && hasCommentMarker(line)) {
      const found = lineComments(line, at, NO_COMMENT);
      comment = found.open;
      if (found.openedHere) commentLine = n;
      if (found.hiddenStart) {
        addHiddenLine(scan.hidden, n);
        previousParagraph = -1;
        collectTemplateTags(scan, options, line);
        continue;
      }
      visible = found.visible;
      if (found.comments.length > 0) scan.partlyHidden.push({ line: n, comments: found.comments });
    }

    // An HTML block (`<details>` …) runs to a blank line, or to a line less indented than it
    // in a list item: its lines are HTML, no item or heading (html-block.ts). One opens outside quotes only.
    if (html || (quoteDepth === 0 && first === 60)) {
      // A quote's line is as far in as its first `>`.
      const columns = indentColumns(line, 0, quoteDepth === 0 ? at : indentLength(line));
      // A block in a list item ends with the item: a line less indented than the item's text
      // (HTML continues no paragraph lazily, so a line outside every item ends the list too).
      if (html && htmlItemText >= 0 && columns < htmlItemText) {
        html = false;
        if (!lists.continues(n, columns, true)) lists.inList = false;
      }
      // Text a tag alone could continue: a paragraph's, an item's (any list line but a heading) or a quote's.
      const afterText = n > start && lastBlank !== n - 1 && (previousParagraph === n - 1 || (lists.inList && lastHeading !== n - 1) || lists.quoteText === n - 1);
      if (!html && quoteDepth === 0 && first === 60 && (columns <= 3 || lists.inList) && opensHtmlBlock(line, at, afterText)) {
        html = true;
        htmlItemText = lists.itemText(columns);
        if (htmlItemText < 0) lists.inList = false;
      }
      if (html) {
        addHiddenLine(scan.html, n);
        previousParagraph = -1;
        collectInline(scan, options, line, visible, n, false);
        continue;
      }
    }

    if (quoteDepth > 0) callouts.consider(n, visible, at, quoteDepth, quotedAbove);

    // A tab reaches column four: at the top level outside a list `\t# Title` is code, not a heading.
    if (first === 35 && indent <= 3 && (quoteDepth > 0 || lists.inList || indentColumns(line, 0, at) <= 3)) {
      const heading = atxHeading(line, at);
      if (heading) {
        const scanned: ScannedHeading = { line: n, level: heading.level, text: heading.text };
        if (visible !== line) scanned.shown = atxHeading(visible, at)?.text ?? "";
        if (quoteDepth > 0) scanned.quoted = true;
        scan.headings.push(scanned);
        lastHeading = n;
        previousParagraph = -1;
        if (quoteDepth === 0 && indent === 0) lists.inList = false;
        collectInline(scan, options, line, visible, n, false);
        continue;
      }
    }

    if (quoteDepth === 0 && indent <= 3 && previousParagraph === n - 1 && isSetextUnderline(line, at)) {
      const text = lines
        .slice(paragraphStart, n)
        .map((l) => l.trim())
        .join(" ");
      scan.headings.push({ line: paragraphStart, level: line.charCodeAt(at) === 61 ? 1 : 2, text });
      previousParagraph = -1;
      continue;
    }

    // What only looks like an item (CommonMark, as Obsidian shows it): at the top level
    // outside a list, four columns of indentation make code or continue the paragraph
    // above; and an item that cannot interrupt a paragraph continues it.
    const columns = quoteDepth === 0 && at > 0 ? indentColumns(line, 0, at) : 0;
    // The marker is read once: the task, the item, the paragraph rule and the hint all
    // start from it, and a line with none (most prose) skips the item rules.
    let markerEnd = listMarkerEnd(line, at);
    if (markerEnd >= 0 && quoteDepth === 0 && lists.notItem(line, at, markerEnd, columns, n, previousParagraph === n - 1)) markerEnd = -1;
    const task = taskAfterMarker(line, markerEnd);
    if (task) {
      // In a quote the indentation alone tells (nestingDepth); a quote's list is not followed.
      const depth = quoteDepth === 0 ? lists.nest(line, at, markerEnd, columns) : nestingDepth(line, contentAt, at);
      scan.tasks.push({
        line: n,
        raw: line,
        status: task.status,
        state: task.status === "x" || task.status === "X" ? "done" : task.status === "-" ? "cancelled" : "open",
        text: line.slice(task.textAt).trim(),
        depth,
        section: scan.headings.length,
      });
      previousParagraph = -1;
      // Only a list outside quotes: a quote's list holds no top-level line (`> - [ ] a`
      // then `    - [ ] b` is that item's text, not a nested item).
      if (quoteDepth === 0) {
        lists.item(n, columns);
        lists.textLine = n;
      } else lists.quoteText = n;
      collectInline(scan, options, line, visible, n, true);
      continue;
    }

    const rule = isThematicBreak(line, at);
    const listItem = markerEnd >= 0 && !rule;
    // A rule less indented than any item's text ends the list, and is no quote's lazy text.
    if (rule && quoteDepth === 0) lists.rule(columns);
    const continuesList = !listItem && lists.continues(n, columns, lastBlank === n - 1);
    if (listItem && quoteDepth === 0) {
      lists.nest(line, at, markerEnd, columns);
      lists.item(n, columns);
      // An empty item (`-` alone) has no paragraph a line below could interrupt.
      lists.textLine = indentLength(line, markerEnd) < line.length - markerEnd ? n : -2;
    } else if (!listItem && quoteDepth === 0 && !continuesList) lists.inList = false;
    else if (continuesList && !rule && quoteDepth === 0) lists.text(n, columns, lastBlank === n - 1);
    const lazy = !listItem && !rule && lists.quoteText === n - 1;
    if (quoteDepth > 0 || lazy) lists.quoteText = n;
    if (lazy) callouts.continued();
    const paragraph = !listItem && !rule && !continuesList && !lazy && quoteDepth === 0 && (columns <= 3 || previousParagraph === n - 1);
    if (paragraph && previousParagraph !== n - 1) paragraphStart = n;
    previousParagraph = paragraph ? n : -1;
    collectInline(scan, options, line, visible, n, false);
    // Where a one-colon field is read (a list item's text too), a missing colon is pointed out.
    const from = listItem ? markerEnd : at;
    const keyAt = from + indentLength(visible, from);
    if (options.hintStarts === undefined || mayStartKey(visible, keyAt, options.hintStarts)) noteSingleColonKey(scan, visible, keyAt, n);
    if (options.oneColonKeys) {
      const field = oneColonField(visible, keyAt, options.oneColonKeys);
      if (field) scan.fields.push({ key: field.key, value: field.value, line: n, valueAt: field.valueAt });
    }
  }

  scan.callouts = callouts.finish(lines.length - 1);
  if (fence) {
    scan.code.push({ from: fence.line, to: lines.length - 1 });
    scan.warnings.push(
      `A code block opened on line ${fence.line + 1} is never closed, so nothing after it counts as a task or field.`,
    );
  }
  if (comment !== NO_COMMENT) {
    const opener = comment === PERCENT_COMMENT ? "%% comment" : "<!-- comment";
    scan.warnings.push(
      `A ${opener} opened on line ${commentLine + 1} is never closed, so Obsidian hides the rest of the note and nothing after it counts as a task or field.`,
    );
  }
  return scan;
}
