// The abstract Editor of obsidian.d.ts, with the methods it implements in
// terms of the others. The host's implementation is TextEditor.
import type {
  EditorChange,
  EditorCommandName,
  EditorPosition,
  EditorRange,
  EditorSelection,
  EditorSelectionOrCaret,
  EditorTransaction,
} from "obsidian";

export abstract class Editor {
  getDoc(): this {
    return this;
  }
  abstract refresh(): void;
  abstract getValue(): string;
  abstract setValue(content: string): void;
  abstract getLine(line: number): string;
  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }
  abstract lineCount(): number;
  abstract lastLine(): number;
  abstract getSelection(): string;
  somethingSelected(): boolean {
    return this.listSelections().some((sel) => sel.anchor.line !== sel.head.line || sel.anchor.ch !== sel.head.ch);
  }
  abstract getRange(from: EditorPosition, to: EditorPosition): string;
  abstract replaceSelection(replacement: string, origin?: string): void;
  abstract replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void;
  abstract getCursor(side?: "from" | "to" | "head" | "anchor"): EditorPosition;
  abstract listSelections(): EditorSelection[];
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(at, at);
  }
  abstract setSelection(anchor: EditorPosition, head?: EditorPosition): void;
  abstract setSelections(ranges: EditorSelectionOrCaret[], main?: number): void;
  abstract focus(): void;
  abstract blur(): void;
  abstract hasFocus(): boolean;
  abstract getScrollInfo(): { top: number; left: number };
  abstract scrollTo(x?: number | null, y?: number | null): void;
  abstract scrollIntoView(range: EditorRange, center?: boolean): void;
  abstract undo(): void;
  abstract redo(): void;
  abstract exec(command: EditorCommandName): void;
  abstract transaction(tx: EditorTransaction, origin?: string): void;
  abstract wordAt(pos: EditorPosition): EditorRange | null;
  abstract posToOffset(pos: EditorPosition): number;
  abstract offsetToPos(offset: number): EditorPosition;

  /** Reads every line, then applies all the returned changes in one transaction. */
  processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void, ignoreEmpty = true): void {
    const values: (T | null)[] = [];
    for (let line = 0; line < this.lineCount(); line++) values.push(read(line, this.getLine(line)));
    const changes: EditorChange[] = [];
    values.forEach((value, line) => {
      if (ignoreEmpty && value === null) return;
      const change = write(line, this.getLine(line), value);
      if (change) changes.push(change);
    });
    if (changes.length > 0) this.transaction({ changes });
  }
}
