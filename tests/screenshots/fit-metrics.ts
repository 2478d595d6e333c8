// How a pane or modal fits a narrow screen, measured in the page's real layout: what makes
// it scroll sideways, what sticks out of it, what text is cut without an ellipsis, and how
// tall the things a finger taps are. Each finding names the element and the start of its text.

export interface FitReport {
  /** Found nothing to measure (the selector matched no drawn element). */
  missing: boolean;
  width: number;
  /** The pane's own sideways overflow: scrollWidth minus clientWidth (0 when it fits). */
  overflow: number;
  /** Elements whose box reaches past the pane's edges or the window's. */
  outside: string[];
  /** Elements that cut their content sideways with no ellipsis to say so, or scroll sideways. */
  clipped: string[];
}

/** Elements whose own scrolling is how they are meant to work: text fields and lists. */
const OWN_SCROLL = new Set(["INPUT", "TEXTAREA", "SELECT", "OPTION"]);

function describe(el: Element): string {
  const cls = Array.from(el.classList).slice(0, 3).join(".");
  const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
  return `${el.tagName.toLowerCase()}${cls === "" ? "" : `.${cls}`} "${text}"`;
}

function drawn(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== "hidden" && style.display !== "none";
}

/** Inside an element that clips or scrolls on its own (checked there, not again here). */
function insideClip(el: Element, root: Element): boolean {
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowX;
    if (overflow !== "visible" || OWN_SCROLL.has(parent.tagName)) return true;
  }
  return false;
}

/**
 * The last drawn element matching `selector` (the newest modal, the open view). Rows off
 * screen skip layout (content-visibility): every one is laid out for the measure.
 */
export function fitReport(selector: string): FitReport {
  // theme.css lays out every element while the body has this class.
  document.body.addClass("office-hours-measure-all");
  try {
    return measureFit(selector);
  } finally {
    document.body.removeClass("office-hours-measure-all");
  }
}

function measureFit(selector: string): FitReport {
  const all = Array.from(document.querySelectorAll(selector)).filter(drawn);
  const root = all[all.length - 1];
  if (!root) return { missing: true, width: 0, overflow: 0, outside: [], clipped: [] };
  const box = root.getBoundingClientRect();
  const right = Math.min(box.right, document.documentElement.clientWidth);
  const outside: string[] = [];
  const clipped: string[] = [];
  for (const el of Array.from(root.querySelectorAll("*"))) {
    if (!drawn(el) || el.instanceOf(SVGElement)) continue;
    const rect = el.getBoundingClientRect();
    if ((rect.right > right + 0.5 || rect.left < box.left - 0.5) && !insideClip(el, root)) outside.push(describe(el));
    if (OWN_SCROLL.has(el.tagName) || !el.instanceOf(HTMLElement)) continue;
    const style = getComputedStyle(el);
    // A button's label wider or taller than the button spills over its edges (or is cut).
    if (el.tagName === "BUTTON" && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
      clipped.push(`${describe(el)} spills its ${Math.round(el.scrollWidth)} × ${Math.round(el.scrollHeight)} px label over its ${el.clientWidth} × ${el.clientHeight} px box`);
      continue;
    }
    if (style.overflowX === "visible" || el.scrollWidth <= el.clientWidth + 1) continue;
    // Cut with an ellipsis is a choice the text shows; cut silently, or a sideways scroll
    // bar on a phone, is not.
    const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
    if (scrolls || style.textOverflow !== "ellipsis") clipped.push(`${describe(el)} by ${Math.round(el.scrollWidth - el.clientWidth)} px${widest(el)}`);
  }
  return { missing: false, width: Math.round(box.width), overflow: Math.max(0, root.scrollWidth - root.clientWidth), outside, clipped };
}

/** The innermost element that reaches past `el`'s inner right edge: what makes it overflow. */
function widest(el: HTMLElement): string {
  const edge = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth + 0.5;
  let found: Element | null = null;
  for (const child of Array.from(el.querySelectorAll("*"))) {
    if (drawn(child) && child.getBoundingClientRect().right > edge) found = child;
  }
  return found ? `, past its edge: ${describe(found)}` : "";
}

export interface TapTarget {
  what: string;
  height: number;
  width: number;
}

/**
 * Every drawn element matching `selector` in the last drawn `root` (the newest view), with the height of the box a tap on it reaches:
 * its own, or its label's when it is a checkbox inside a label (a tap on the label ticks it).
 */
export function tapTargets(root: string, selector: string): TapTarget[] {
  const roots = Array.from(document.querySelectorAll(root)).filter(drawn);
  const within = roots[roots.length - 1];
  if (!within) return [];
  return Array.from(within.querySelectorAll(selector))
    .filter(drawn)
    .map((el) => {
      const label = el.instanceOf(HTMLInputElement) ? el.closest("label") : null;
      const target = label ?? el;
      const rect = target.getBoundingClientRect();
      return { what: describe(target), height: Math.round(rect.height * 10) / 10, width: Math.round(rect.width * 10) / 10 };
    });
}

/** CSS rules that show, on hover only, something hidden otherwise (there is no hover on a phone). */
export function hoverOnlyRules(): string[] {
  const found: string[] = [];
  const reveals = /(^|;)\s*(display|visibility|opacity|max-height|height|width)\s*:/;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes(":hover")) continue;
      if (!rule.selectorText.includes("office-hours")) continue;
      if (reveals.test(rule.style.cssText)) found.push(`${rule.selectorText} { ${rule.style.cssText} }`);
    }
  }
  return found;
}
