// Which lines of an index note (or of the plugin's block in it) are code or comment, as
// the reader reads them (blocks.ts for fences, comments.ts for comments): the plugin finds
// its markers, reads list lines and rewrites links only outside both. A user documenting
// the plugin in a code block, or an old list commented out, is text the plugin never
// reads as its own nor changes.
import { isFenceClose, openFence, quotePrefix, type Fence } from "../note/blocks";
import { hasCommentMarker, lineComments, NO_COMMENT, type CommentKind } from "../note/comments";
import { indentLength } from "../text/lines";
import { indentedCode } from "./indented-code";

export interface LineState {
  /** In fenced code, the fence lines included. */
  code: boolean;
  /**
   * In an indented code block (indented-code.ts): text, no marker nor comment, as code is.
   * Apart from `code` because nothing closes it: a note ending in one is not left open.
   */
  indented?: boolean;
  /** Starts inside a comment opened on a line above. */
  carried: boolean;
  /** Its content starts with a comment of its own (`%% … %%` alone on the line, say). */
  opens: boolean;
  /** The line's comments as [from, to) pairs, markers included (see lineComments). */
  comments: readonly number[];
  /** A comment is still open at its end. */
  openAtEnd: boolean;
  /** For a line with a comment: the line with its comments blanked (lineComments). */
  visible?: string;
}

const PLAIN: LineState = { code: false, carried: false, opens: false, comments: [], openAtEnd: false };
const CODE: LineState = { ...PLAIN, code: true };
const INDENTED: LineState = { ...PLAIN, indented: true };

/** The state of every line from `start` on (lines before it, the frontmatter, are code: never read). */
export function lineStates(lines: readonly string[], start = 0): LineState[] {
  const states: LineState[] = [];
  let fence: Fence | null = null;
  let comment: CommentKind = NO_COMMENT;
  const indented = indentedCode();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (n < start) {
      states.push(CODE);
      continue;
    }
    const { depth, at: contentAt } = quotePrefix(line);
    if (fence && depth >= fence.quoteDepth) {
      if (isFenceClose(line, contentAt, fence)) fence = null;
      indented.other(depth, fence === null);
      states.push(CODE);
      continue;
    }
    fence = null;
    const at = contentAt + indentLength(line, contentAt);
    const carried = comment !== NO_COMMENT;
    if (!carried) {
      // Indented code first: a fence or a %% there is text, and opens nothing.
      if (indented.line(line, depth, contentAt)) {
        states.push(INDENTED);
        continue;
      }
      const char = line.charCodeAt(at);
      const opened = char === 96 || char === 126 ? openFence(line, at, depth, n) : null;
      if (opened) {
        fence = opened;
        states.push(CODE);
        continue;
      }
      if (!hasCommentMarker(line)) {
        states.push(PLAIN);
        continue;
      }
    } else indented.other(depth, false);
    const found = lineComments(line, at, comment);
    comment = found.open;
    const state: LineState = { code: false, carried, opens: !carried && found.hiddenStart, comments: found.comments, openAtEnd: found.open !== NO_COMMENT };
    if (found.comments.length > 0) state.visible = found.visible;
    states.push(state);
  }
  return states;
}

/**
 * The comments that open on the line (not the one carried in from above): where each
 * starts and ends, and whether it closes on the line. The only places a marker of the
 * plugin's is one. lineComments gives a carried comment's rest, then each comment as its
 * opening marker and its body (up to and with the closer).
 */
export function commentStarts(state: LineState): { from: number; to: number; closed: boolean }[] {
  const out: { from: number; to: number; closed: boolean }[] = [];
  const pairs = state.comments;
  for (let i = state.carried ? 2 : 0; i + 3 < pairs.length; i += 4) {
    out.push({ from: pairs[i] ?? 0, to: pairs[i + 3] ?? 0, closed: !(state.openAtEnd && i + 4 >= pairs.length) });
  }
  return out;
}
