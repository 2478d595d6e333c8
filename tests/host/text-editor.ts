// The Editor API over a plain string, standing in for CodeMirror 6. It keeps
// CM6's observable rules: line breaks are "\n" (a CRLF file comes back with
// LF once edited), an out-of-range line throws RangeError, and selections are
// mapped through changes the way CM6 maps them (a caret at an insertion point
// stays before the inserted text unless the edit replaced the selection).
import type { EditorCommandName, EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from "obsidian";
import { Editor } from "./editor";

interface Change {
  from: number;
  to: number;
  text: string;
}

interface Snapshot {
  text: string;
  anchor: number;
  head: number;
}

/** Maps an offset through changes given in original coordinates, sorted by position (CM6's mapPos). */
function mapOffset(pos: number, changes: Change[], assoc: -1 | 1): number {
  let delta = 0;
  for (const change of changes) {
    const inserted = change.text.length;
    const removed = change.to - change.from;
    if (pos < change.from) break;
    if (removed === 0) {
      // A pure insertion: a position exactly there goes before or after it by assoc.
      if (pos === change.from) return pos + delta + (assoc < 0 ? 0 : inserted);
      delta += inserted;
      continue;
    }
    if (pos > change.to) {
      delta += inserted - removed;
      continue;
    }
    if (pos === change.to) return change.from + delta + inserted;
    return change.from + delta + (assoc < 0 ? 0 : inserted);
  }
  return pos + delta;
}

export class TextEditor extends Editor {
  #text = "";
  #anchor = 0;
  #head = 0;
  #focused = false;
  #undo: Snapshot[] = [];
  #redo: Snapshot[] = [];
  readonly #onChange: () => void;
  readonly #linesEl: HTMLElement;

  /** `onChange` runs after every edit, like CM6's update listener feeding 'editor-change' and requestSave. */
  constructor(containerEl: HTMLElement, onChange: () => void) {
    super();
    this.#onChange = onChange;
    const root = containerEl.createDiv({ cls: "cm-editor" });
    this.#linesEl = root.createDiv({ cls: "cm-scroller" }).createDiv({ cls: "cm-content", attr: { contenteditable: "true", role: "textbox" } });
    this.#render();
  }

  /**
   * Replaces the whole document without an edit event: the view loading its
   * file (`clear` also resets the caret and the undo history) or reloading it
   * after a change on disk (the caret stays, clamped to the new text).
   */
  hostLoad(text: string, clear: boolean): void {
    this.#text = text.replace(/\r\n?/g, "\n");
    this.#head = clear ? 0 : Math.min(this.#head, this.#text.length);
    this.#anchor = this.#head;
    if (clear) {
      this.#undo = [];
      this.#redo = [];
    }
    this.#render();
  }

  refresh(): void {
    this.#render();
  }

  getValue(): string {
    return this.#text;
  }

  setValue(content: string): void {
    this.#apply([{ from: 0, to: this.#text.length, text: content }], null);
  }

  getLine(line: number): string {
    return this.#lines()[this.#checkLine(line)] ?? "";
  }

  lineCount(): number {
    return this.#lines().length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getSelection(): string {
    return this.#text.slice(Math.min(this.#anchor, this.#head), Math.max(this.#anchor, this.#head));
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    const a = this.posToOffset(from);
    const b = this.posToOffset(to);
    return this.#text.slice(Math.min(a, b), Math.max(a, b));
  }

  replaceSelection(replacement: string, origin?: string): void {
    void origin;
    const from = Math.min(this.#anchor, this.#head);
    const end = from + replacement.length;
    this.#apply([{ from, to: Math.max(this.#anchor, this.#head), text: replacement }], { anchor: end, head: end });
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void {
    void origin;
    const a = this.posToOffset(from);
    const b = to ? this.posToOffset(to) : a;
    this.#apply([{ from: Math.min(a, b), to: Math.max(a, b), text: replacement }], null);
  }

  getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
    const offsets = { from: Math.min(this.#anchor, this.#head), to: Math.max(this.#anchor, this.#head), head: this.#head, anchor: this.#anchor };
    return this.offsetToPos(offsets[side]);
  }

  listSelections(): EditorSelection[] {
    return [{ anchor: this.offsetToPos(this.#anchor), head: this.offsetToPos(this.#head) }];
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.#anchor = this.posToOffset(anchor);
    this.#head = this.posToOffset(head ?? anchor);
  }

  /** The host models one selection; the main one (or the first) is kept. */
  setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
    const range = ranges[main] ?? ranges[0];
    if (range) this.setSelection(range.anchor, range.head);
  }

  focus(): void {
    this.#focused = true;
  }

  blur(): void {
    this.#focused = false;
  }

  hasFocus(): boolean {
    return this.#focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(): void {
    // No layout, nothing to scroll.
  }

  scrollIntoView(): void {
    // No layout, nothing to scroll.
  }

  undo(): void {
    const snapshot = this.#undo.pop();
    if (!snapshot) return;
    this.#redo.push(this.#snapshot());
    this.#restore(snapshot);
  }

  redo(): void {
    const snapshot = this.#redo.pop();
    if (!snapshot) return;
    this.#undo.push(this.#snapshot());
    this.#restore(snapshot);
  }

  exec(command: EditorCommandName): void {
    const cursor = this.getCursor();
    switch (command) {
      case "goStart":
        return this.setCursor({ line: 0, ch: 0 });
      case "goEnd":
        return this.setCursor(this.offsetToPos(this.#text.length));
      case "goLeft":
        return this.setCursor(this.offsetToPos(Math.max(0, this.#head - 1)));
      case "goRight":
        return this.setCursor(this.offsetToPos(Math.min(this.#text.length, this.#head + 1)));
      case "newlineAndIndent":
        return this.replaceSelection(`\n${/^[ \t]*/.exec(this.getLine(cursor.line))?.[0] ?? ""}`);
      case "deleteLine": {
        const last = cursor.line === this.lastLine();
        const from = last && cursor.line > 0 ? { line: cursor.line - 1, ch: this.getLine(cursor.line - 1).length } : { line: cursor.line, ch: 0 };
        const to = last ? { line: cursor.line, ch: this.getLine(cursor.line).length } : { line: cursor.line + 1, ch: 0 };
        return this.replaceRange("", from, to);
      }
      case "toggleFold":
      case "foldAll":
      case "unfoldAll":
        return;
      default:
        throw new Error(`Stand-in host: editor command "${command}" is not modeled.`);
    }
  }

  transaction(tx: EditorTransaction, origin?: string): void {
    void origin;
    const changes: Change[] = (tx.changes ?? []).map((change) => {
      const from = this.posToOffset(change.from);
      const to = change.to ? this.posToOffset(change.to) : from;
      return { from: Math.min(from, to), to: Math.max(from, to), text: change.text };
    });
    if (tx.replaceSelection !== undefined) changes.push({ from: Math.min(this.#anchor, this.#head), to: Math.max(this.#anchor, this.#head), text: tx.replaceSelection });
    const wanted = tx.selections?.[0] ?? tx.selection;
    this.#apply(changes, wanted ? { range: wanted } : null);
  }

  wordAt(pos: EditorPosition): EditorRange | null {
    const line = this.getLine(pos.line);
    const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
    let start = pos.ch;
    let end = pos.ch;
    while (start > 0 && isWord(line[start - 1])) start--;
    while (end < line.length && isWord(line[end])) end++;
    return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.#lines();
    const line = this.#checkLine(pos.line);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + Math.max(0, Math.min(pos.ch, lines[line]?.length ?? 0));
  }

  offsetToPos(offset: number): EditorPosition {
    const clamped = Math.max(0, Math.min(offset, this.#text.length));
    const before = this.#text.slice(0, clamped);
    const line = before.split("\n").length - 1;
    return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
  }

  #lines(): string[] {
    return this.#text.split("\n");
  }

  #checkLine(line: number): number {
    const count = this.#lines().length;
    if (!Number.isInteger(line) || line < 0 || line >= count) throw new RangeError(`Invalid line number ${line + 1} in ${count}-line document`);
    return line;
  }

  /**
   * Applies changes given in current-document coordinates. `selection` is the
   * explicit new selection (offsets, or a transaction range in new-document
   * positions); null maps the old selection through the changes.
   */
  #apply(changes: Change[], selection: { anchor: number; head: number } | { range: { from: EditorPosition; to?: EditorPosition } } | null): void {
    const sorted = [...changes].map((change) => ({ ...change, text: change.text.replace(/\r\n?/g, "\n") })).sort((a, b) => a.from - b.from || a.to - b.to);
    sorted.forEach((change, index) => {
      const previous = sorted[index - 1];
      if (previous && change.from < previous.to) throw new RangeError("Stand-in host: overlapping changes in one editor transaction.");
    });
    this.#undo.push(this.#snapshot());
    this.#redo = [];
    const oldAnchor = this.#anchor;
    const oldHead = this.#head;
    let text = this.#text;
    for (const change of [...sorted].reverse()) text = text.slice(0, change.from) + change.text + text.slice(change.to);
    this.#text = text;
    if (selection && "range" in selection) {
      this.setSelection(selection.range.from, selection.range.to ?? selection.range.from);
    } else if (selection) {
      this.#anchor = selection.anchor;
      this.#head = selection.head;
    } else if (oldAnchor === oldHead) {
      this.#anchor = this.#head = mapOffset(oldHead, sorted, -1);
    } else {
      const forward = oldAnchor < oldHead;
      const from = mapOffset(Math.min(oldAnchor, oldHead), sorted, 1);
      const to = Math.max(from, mapOffset(Math.max(oldAnchor, oldHead), sorted, -1));
      [this.#anchor, this.#head] = forward ? [from, to] : [to, from];
    }
    this.#render();
    this.#onChange();
  }

  #snapshot(): Snapshot {
    return { text: this.#text, anchor: this.#anchor, head: this.#head };
  }

  #restore(snapshot: Snapshot): void {
    this.#text = snapshot.text;
    this.#anchor = snapshot.anchor;
    this.#head = snapshot.head;
    this.#render();
    this.#onChange();
  }

  #render(): void {
    this.#linesEl.empty();
    for (const line of this.#lines()) this.#linesEl.createDiv({ cls: "cm-line", text: line });
  }
}
