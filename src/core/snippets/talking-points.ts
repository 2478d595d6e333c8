// The top-level points under a note's talking-points heading, for the timestamps block.
import { splitLines, stripBom, indentLength } from "../text/lines";
import { normalizeHeading, phaseMatcher } from "../note/phases";

const TALKING_HEADINGS = ["talking points", "puntos a hablar", "temas a hablar", "agenda", "outline", "run of show"];

const PHASES = phaseMatcher();

/**
 * Top-level list items (tasks too) under a talking-points heading, until a heading at
 * the same level or one that names a phase ("### Just before the show").
 */
export function talkingPoints(text: string): string[] {
  const points: string[] = [];
  let inside = false;
  let level = 0;
  let fence = false;
  for (const line of splitLines(stripBom(text))) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) fence = !fence;
    if (fence) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 1;
      const title = heading[2] ?? "";
      if (inside && (depth <= level || PHASES.match(title) !== null)) inside = false;
      const name = ` ${normalizeHeading(title)} `;
      if (!inside && TALKING_HEADINGS.some((h) => name.includes(` ${h} `))) {
        inside = true;
        level = depth;
      }
      continue;
    }
    if (!inside || indentLength(line) > 0) continue;
    const item = /^[-*+]\s+(?:\[.\]\s+)?(.*)$/.exec(line);
    const point = item?.[1]?.trim() ?? "";
    if (point !== "") points.push(point);
  }
  return points;
}
