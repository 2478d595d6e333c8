// "These may be one person": names close enough that a human should look, never merged
// by the plugin. Offered in the guests view, where accepting adds one name to the other's
// aliases. The checks, on folded names split into words:
//   - the same words in another order ("Welch Ed");
//   - the same words where one side has an initial ("Nicole V." and "Nicole Valdez");
//   - the same first word and last words that differ by one or two letters
//     ("Paschalis Tsilias", "Paschalis Tsilians"), or the same last word and first
//     words of which one starts the other ("Ed Welch", "Edward Welch");
//   - the same first and last word around a middle name or initial ("Iñigo Ortiz de Urbina",
//     "Iñigo Urbina"; "Nikola J. Grcevski", "Nikola Grcevski");
//   - the same first word and a last word that is one part of the other's double one
//     ("Ann Lee", "Ann Lee-Smith": a guest note renamed after a marriage, the episodes
//     still naming the old one);
//   - the same name but for a generation mark ("Ann Lee, Jr." and "Ann Lee", or "Ann Lee
//     Sr."): often one person written two ways, but a father and son share every other
//     word, so the user says which.
// Names are compared as matched (person-name.ts): "Dr. Ann Lee" is already "Ann Lee".
// Only names sharing a first or last word are compared, so the work grows with the
// people who share a word, not with the square of everyone.
import { GENERATION_WORDS, personKey } from "./person-name";

export interface NamedPerson {
  key: string;
  name: string;
}

export interface MaybeSame {
  a: string;
  b: string;
  /** Why they were paired, for the view. */
  reason: string;
}

/** Pairs (by key) worth a look, each pair once, `a` < `b`. A bucket of more than `limit` people sharing a word is skipped. */
export function mayBeSame(people: readonly NamedPerson[], limit = 200): MaybeSame[] {
  const words = people.map((p) => wordsOf(p.name));
  const buckets = new Map<string, number[]>();
  const add = (word: string, i: number) => {
    const list = buckets.get(word);
    if (list) list.push(i);
    else buckets.set(word, [i]);
  };
  words.forEach((all, i) => {
    // "Ann Lee Jr" is bucketed as "Ann Lee", so it meets "Ann Lee" and "Ann Lee Sr".
    const w = withoutGeneration(all);
    if (w.length < 2) return;
    add(`first:${w[0] ?? ""}`, i);
    add(`last:${w[w.length - 1] ?? ""}`, i);
    add(`sorted:${[...w].sort().join(" ")}`, i);
  });
  const found = new Map<string, MaybeSame>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > limit) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x] ?? 0;
        const j = members[y] ?? 0;
        const p = people[i];
        const q = people[j];
        if (!p || !q || p.key === q.key) continue;
        const id = p.key < q.key ? `${p.key}\u0000${q.key}` : `${q.key}\u0000${p.key}`;
        if (found.has(id)) continue;
        const reason = closeness(words[i] ?? [], words[j] ?? []);
        if (reason === null) continue;
        const [a, b] = p.key < q.key ? [p, q] : [q, p];
        found.set(id, { a: a.key, b: b.key, reason });
      }
    }
  }
  return [...found.values()].sort((m, n) => (m.a < n.a ? -1 : m.a > n.a ? 1 : m.b < n.b ? -1 : m.b > n.b ? 1 : 0));
}

export function wordsOf(name: string): string[] {
  return personKey(name)
    .split(/[\s.,]+/)
    .filter((w) => w !== "");
}

/** Why two different names may be one person, or null. */
export function closeness(x: readonly string[], y: readonly string[]): string | null {
  if (x.join(" ") === y.join(" ")) return null;
  const xn = withoutGeneration(x);
  const yn = withoutGeneration(y);
  if ((xn !== x || yn !== y) && xn.join(" ") === yn.join(" ")) return "the same name but for Jr., Sr. or a numeral (a father and son?)";
  if (x.length === y.length && [...x].sort().join(" ") === [...y].sort().join(" ")) return "the same names in another order";
  if (x.length === y.length && x.every((w, i) => sameOrInitial(w, y[i] ?? ""))) return "the same name with an initial";
  const [xf, xl, yf, yl] = [x[0] ?? "", x[x.length - 1] ?? "", y[0] ?? "", y[y.length - 1] ?? ""];
  if (x.length >= 2 && y.length >= 2) {
    if (xf === yf && xl !== yl && Math.min(xl.length, yl.length) >= 4 && withinTwo(xl, yl)) return "a last name that differs by a letter or two";
    if (xl === yl && xf !== yf && Math.min(xf.length, yf.length) >= 2 && (xf.startsWith(yf) || yf.startsWith(xf))) return "a shorter first name";
    if (xf === yf && xl !== yl && (xl.split("-").includes(yl) || yl.split("-").includes(xl))) return "one part of a double last name";
    if (xl === yl && xf === yf && x.length !== y.length) return middleInitials(x.length > y.length ? x : y) ? "a middle initial" : "the same first and last name";
  }
  return null;
}

/** The words without a last generation mark ("jr", "sr", "ii"…); the same array when there is none. */
function withoutGeneration(words: readonly string[]): readonly string[] {
  return words.length > 2 && GENERATION_WORDS.has(words[words.length - 1] ?? "") ? words.slice(0, -1) : words;
}

/** Are the words between the first and the last single letters ("Nikola J. Grcevski")? */
function middleInitials(words: readonly string[]): boolean {
  return words.slice(1, -1).every((w) => w.length === 1);
}

function sameOrInitial(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Edit distance of at most two (insertions, deletions, substitutions), in time linear in the length. */
function withinTwo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const width = 2;
  let previous = new Map<number, number>();
  for (let j = 0; j <= Math.min(b.length, width); j++) previous.set(j, j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Map<number, number>();
    let best = Infinity;
    for (let j = Math.max(0, i - width); j <= Math.min(b.length, i + width); j++) {
      const cost =
        j === 0
          ? i
          : Math.min(
              (previous.get(j) ?? Infinity) + 1,
              (current.get(j - 1) ?? Infinity) + 1,
              (previous.get(j - 1) ?? Infinity) + (a[i - 1] === b[j - 1] ? 0 : 1),
            );
      current.set(j, cost);
      best = Math.min(best, cost);
    }
    if (best > width) return false;
    previous = current;
  }
  return (previous.get(b.length) ?? Infinity) <= width;
}
