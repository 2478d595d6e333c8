// The browser's "focus fixup": a focused control that becomes disabled loses the focus
// (Chromium, and so Obsidian, blurs it and the document's body becomes the active
// element). happy-dom keeps the focus on it, which would let a plugin disable a focused
// checkbox while it works and never learn that a keyboard user's place is lost.
const CONTROLS = ["HTMLButtonElement", "HTMLInputElement", "HTMLSelectElement", "HTMLTextAreaElement"] as const;

/** A property descriptor whose accessors are plain functions (not methods to bind). */
interface Accessor {
  get?: (this: unknown) => unknown;
  set?: (this: unknown, value: unknown) => void;
  configurable?: boolean;
  enumerable?: boolean;
}

export function installFocusFixup(): void {
  for (const name of CONTROLS) {
    const type = (globalThis as unknown as Record<string, { prototype: object } | undefined>)[name];
    if (!type) continue;
    const own: Accessor | undefined = Object.getOwnPropertyDescriptor(type.prototype, "disabled");
    const set = own?.set;
    if (!own || !set || (set as { focusFixup?: boolean }).focusFixup) continue;
    const fixed = function (this: HTMLElement, value: boolean): void {
      // Blurred first: happy-dom will not blur a control once it is disabled.
      if (value && this.ownerDocument.activeElement === this) this.blur();
      set.call(this, value);
    };
    Object.defineProperty(fixed, "focusFixup", { value: true });
    Object.defineProperty(type.prototype, "disabled", { ...own, set: fixed });
  }
}
