// Test helpers that act through the DOM the way a user does, so they work the
// same under happy-dom and in a real browser page.

/** A user's click: mousedown (which focuses the leaf it lands in), mouseup, click. */
export function userClick(el: Element): void {
  for (const type of ["mousedown", "mouseup", "click"]) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}

/** Replaces the field's text as if typed, firing input and change. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

export function selectOption(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

export function pressKey(key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}, target?: EventTarget): KeyboardEvent {
  const evt = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...modifiers });
  (target ?? document.activeElement ?? document.body).dispatchEvent(evt);
  return evt;
}

/** The texts of the suggestion rows under `root` (a modal's resultContainerEl, or the document). */
export function suggestionTexts(root: ParentNode = document): string[] {
  return Array.from(root.querySelectorAll(".suggestion-item")).map((row) => row.textContent ?? "");
}

/** Clicks the suggestion row at `index`, or the first whose text contains `text`. */
export function chooseSuggestion(pick: number | string, root: ParentNode = document): void {
  const rows = Array.from(root.querySelectorAll(".suggestion-item"));
  const row = typeof pick === "number" ? rows[pick] : rows.find((candidate) => (candidate.textContent ?? "").includes(pick));
  if (!row) throw new Error(`No suggestion ${typeof pick === "number" ? `#${pick}` : `containing "${pick}"`} among: ${rows.map((r) => r.textContent).join(" | ")}`);
  userClick(row);
}

/** The .setting-item whose name is `name`. */
export function findSetting(root: ParentNode, name: string): HTMLElement {
  const item = Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  if (!item) throw new Error(`No setting named "${name}".`);
  return item;
}

/** The button whose text is `text`. */
export function findButton(root: ParentNode, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll("button")).find((el) => el.textContent === text);
  if (!button) throw new Error(`No button "${text}".`);
  return button;
}
