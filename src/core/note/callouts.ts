// Callouts (`> [!todo] Pre-show checklist`) as the scan meets them: where each opens, its
// title as shown, and where it ends. Obsidian makes a quote a callout when its first line
// starts `[!type]` (then `+` or `-` to fold it); the rest of that line is the title. It ends
// with its quote: at the first line quoted less deeply (a line with no `>` included), unless
// that line is a lazy continuation (text right under a quote's text continues its paragraph,
// and so the quote: CommonMark, markdown-it and Obsidian alike).
// Each line is looked at once, a bounded number of characters past its `>`s: linear.
import type { ScannedCallout } from "./scan-types";

export class CalloutTracker {
  readonly callouts: ScannedCallout[] = [];
  /** Callouts still open, outermost first. */
  private readonly open: ScannedCallout[] = [];
  private lastDepth = 0;
  /** The callouts the current line closed, and the depth above it: put back if it is lazy text. */
  private readonly closed: ScannedCallout[] = [];
  private closedAbove = 0;

  /** Every body line, in order, with its quote depth: closes the callouts it leaves. Returns the depth of the line above. */
  line(n: number, depth: number): number {
    this.closed.length = 0;
    for (let top = this.open.at(-1); top !== undefined && top.depth > depth; top = this.open.at(-1)) {
      top.end = n - 1;
      this.closed.push(top);
      this.open.pop();
    }
    const above = this.lastDepth;
    this.closedAbove = above;
    this.lastDepth = depth;
    return above;
  }

  /** The current line continues the quote above lazily (scan.ts): it closes nothing. */
  continued(): void {
    for (let i = this.closed.length - 1; i >= 0; i--) {
      const callout = this.closed[i];
      if (!callout) continue;
      callout.end = Number.MAX_SAFE_INTEGER;
      this.open.push(callout);
    }
    this.closed.length = 0;
    this.lastDepth = this.closedAbove;
  }

  /**
   * A line of a quote that may open a callout: `visible` is the line as shown, `at` where its
   * text starts after the `>`s, `above` the quote depth of the line above (line()).
   */
  consider(n: number, visible: string, at: number, depth: number, above: number): void {
    // Only a quote's first line opens a callout; a deeper quote inside one is a new quote.
    if (depth === 0 || above >= depth || visible.charCodeAt(at) !== 91 || visible.charCodeAt(at + 1) !== 33) return;
    const close = visible.indexOf("]", at + 2);
    if (close < 0 || close === at + 2) return;
    let from = close + 1;
    const fold = visible.charCodeAt(from);
    if (fold === 43 || fold === 45) from++;
    const title = visible.slice(from).trim();
    const callout: ScannedCallout = { line: n, depth, title, end: Number.MAX_SAFE_INTEGER };
    this.callouts.push(callout);
    this.open.push(callout);
  }

  /** At the end of the note: what is still open ends on its last line. */
  finish(last: number): ScannedCallout[] {
    for (const callout of this.open) callout.end = last;
    this.open.length = 0;
    return this.callouts;
  }
}
