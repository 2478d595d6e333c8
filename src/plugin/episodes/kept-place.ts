// A user's place in part of a view that is drawn again (a sidebar row after a tick, the
// agenda after any change): which folds were open and where the keyboard focus was. The
// focus is kept as the kind of control and its place among those of its kind, so after
// ticking an item with the keyboard it lands on the item that took the ticked one's
// place (or the last one), rather than being thrown out of the view.

export interface KeptPlace {
  open: boolean[];
  focus: { kind: string; index: number } | null;
  selector: string;
}

const kindOf = (node: Element) => `${node.tagName}.${node.className}`;

function controls(root: HTMLElement, selector: string, kind: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter((node) => kindOf(node) === kind);
}

/** Read the place before `root`'s content leaves the page: a removed element takes the focus with it. */
export function keepPlace(root: HTMLElement, selector: string): KeptPlace {
  const open = Array.from(root.querySelectorAll("details")).map((details) => details.open);
  const active = root.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return { open, focus: null, selector };
  const kind = kindOf(active);
  return { open, focus: { kind, index: Math.max(0, controls(root, selector, kind).indexOf(active)) }, selector };
}

/** Open the same folds in the new content, and focus its control at the kept place (else `fallback`). */
export function restorePlace(kept: KeptPlace, root: HTMLElement, fallback: string): void {
  root.querySelectorAll("details").forEach((details, i) => {
    if (kept.open[i]) details.open = true;
  });
  if (!kept.focus || !root.isConnected) return;
  const same = controls(root, kept.selector, kept.focus.kind);
  const target = same[Math.min(kept.focus.index, same.length - 1)] ?? root.querySelector<HTMLElement>(fallback);
  target?.focus();
}
