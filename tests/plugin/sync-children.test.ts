// @vitest-environment happy-dom
// The sidebar list's children made a wanted list: the right order every time, and the
// fewest nodes taken out of the page (each costs style and layout, and the focus).
import "obsidian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syncChildren } from "../../src/plugin/episodes/sync-children";

/** Longest strictly increasing subsequence's length, the slow obvious way. */
function longestRun(values: number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) for (let j = 0; j < i; j++) if ((values[j] ?? 0) < (values[i] ?? 0)) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
  return Math.max(0, ...best);
}

describe("syncChildren", () => {
  it("gives the wanted order, moving only the nodes outside the longest run already in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat(30), { maxLength: 20 }), fc.uniqueArray(fc.nat(40), { maxLength: 20 }), async (before, after) => {
        const parent = createDiv();
        document.body.append(parent);
        const nodes = new Map<number, HTMLElement>();
        const node = (id: number): HTMLElement => {
          let el = nodes.get(id);
          if (!el) nodes.set(id, (el = createDiv({ attr: { "data-id": id } })));
          return el;
        };
        parent.append(...before.map(node));
        const created = new Set(after.filter((id) => !before.includes(id)).map(node));
        const taken: Node[] = [];
        const observer = new MutationObserver((records) => taken.push(...records.flatMap((r) => [...r.removedNodes])));
        observer.observe(parent, { childList: true });
        syncChildren(parent, after.map(node), created);
        await Promise.resolve();
        taken.push(...observer.takeRecords().flatMap((r) => [...r.removedNodes]));
        observer.disconnect();
        expect([...parent.children].map((el) => Number(el.getAttribute("data-id")))).toEqual(after);
        const kept = after.filter((id) => before.includes(id));
        const moved = taken.filter((n) => kept.includes(Number((n as HTMLElement).getAttribute("data-id"))));
        const sameLength = before.length === after.length && after.every((id, i) => id === before[i] || created.has(node(id)));
        // Swapped in place, the old node goes and the new one comes; otherwise only what must move does.
        if (!sameLength) expect(moved).toHaveLength(kept.length - longestRun(kept.map((id) => before.indexOf(id))));
        parent.remove();
      }),
    );
  });
});
