// Small text helpers detection's rules share.
import { dropDiacritics } from "../text/fold";

/** Lower case, accents and everything but letters and digits removed: "Café con Grafana" → "cafecongrafana". */
export function compact(text: string): string {
  return dropDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The value counted most often (the first one on a tie), or null for no values. */
export function mostCommon<T>(counts: ReadonlyMap<T, number>): T | null {
  let best: T | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
