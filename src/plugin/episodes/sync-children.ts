// Making a list element's children a wanted list of nodes while touching as few as
// possible. Every node taken out of the page costs the browser a new style and layout
// pass for it, and takes the keyboard focus with it if it holds it: so rows that stay in
// the same order stay put, and only the others are moved, added or removed.

/**
 * Make `parent`'s children exactly `wanted`. When only rows built just now differ, each
 * is swapped in place; otherwise the longest run of nodes already in the wanted order
 * stays where it is and the rest are moved around it (one changed note that moved in
 * the sort moves one row).
 */
export function syncChildren(parent: HTMLElement, wanted: readonly Node[], created: ReadonlySet<Node>): void {
  const current = Array.from(parent.childNodes);
  if (current.length === wanted.length) {
    const differing = wanted.flatMap((node, i) => (current[i] === node ? [] : [i]));
    if (differing.length === 0) return;
    if (differing.every((i) => created.has(wanted[i] as Node))) {
      for (const i of differing) (current[i] as ChildNode).replaceWith(wanted[i] as Node);
      return;
    }
  }
  const keep = new Set(wanted);
  for (const node of current) if (!keep.has(node)) node.remove();
  const position = new Map<Node, number>(current.map((node, i) => [node, i]));
  const stay = inOrder(wanted.map((node) => position.get(node) ?? -1));
  // From the end, so each node is put before the one that follows it in the end.
  let next: Node | null = null;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const node = wanted[i] as Node;
    if (!stay.has(i)) parent.insertBefore(node, next);
    next = node;
  }
}

/**
 * Indexes of a longest strictly increasing run (not necessarily adjacent) of the
 * non-negative `values`: the nodes that can stay where they are. n log n.
 */
export function inOrder(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    if (value < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) run.add(i);
  return run;
}
