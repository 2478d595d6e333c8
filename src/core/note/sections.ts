// A note's sections and the phase of each: which checklist a heading's items belong to.
import type { Section } from "../types";
import type { PhaseMatcher } from "./phases";
import type { Scan } from "./scan";

/**
 * Sections in document order; a heading naming no phase inherits its parent's. A heading in
 * a quote or callout is no heading to Obsidian (scan.ts): its items keep the phase of the
 * heading above, and it ends no section's phase.
 */
export function buildSections(scan: Scan, matcher: PhaseMatcher): Section[] {
  const sections: Section[] = [
    { heading: null, level: 0, line: -1, phase: "other", done: 0, total: 0, cancelled: 0 },
  ];
  const stack: { level: number; phase: Section["phase"] }[] = [];
  for (const heading of scan.headings) {
    if (heading.quoted) {
      const phase = stack[stack.length - 1]?.phase ?? "other";
      sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    // Words in a comment after the heading (`## Pre-show %% then the after-show list %%`) name no phase.
    const phase = matcher.match(heading.shown ?? heading.text) ?? stack[stack.length - 1]?.phase ?? "other";
    stack.push({ level: heading.level, phase });
    sections.push({ heading: heading.text, level: heading.level, line: heading.line, phase, done: 0, total: 0, cancelled: 0 });
  }
  return sections;
}
