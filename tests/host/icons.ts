// Icons and tooltips. The host has no icon font, so setIcon inserts a
// placeholder <svg class="svg-icon" data-icon="id">: enough for tests and
// screenshots to see which icon was asked for.
import type { TooltipOptions } from "obsidian";

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
  customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
  customIcons.delete(iconId);
}

export function getIconIds(): string[] {
  return [...customIcons.keys()];
}

/** Any non-empty id is accepted: the host cannot tell a Lucide name from a typo. */
export function getIcon(iconId: string): SVGSVGElement | null {
  if (iconId === "") return null;
  return createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24" } });
}

/** Replaces the icon already in `parent`, as the app does when a button's icon changes. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  const svg = getIcon(iconId);
  if (!svg) return;
  for (const old of Array.from(parent.querySelectorAll(":scope > svg.svg-icon"))) old.remove();
  parent.prepend(svg);
}

/** Obsidian shows tooltips from aria-label (and data-tooltip-position); an empty text removes it. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
  if (tooltip === "") {
    el.removeAttribute("aria-label");
    return;
  }
  el.setAttribute("aria-label", tooltip);
  if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
  if (options?.delay !== undefined) el.setAttribute("data-tooltip-delay", String(options.delay));
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: TooltipOptions): void {
  setTooltip(newTargetEl, typeof content === "string" ? content : (content.textContent ?? ""), options);
}
