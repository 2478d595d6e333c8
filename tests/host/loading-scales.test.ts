// @vitest-environment happy-dom
// Loading a vault into the stand-in grows linearly: n notes against 4n, CPU time of this
// process (never wall time), the fastest of several interleaved runs, up to three
// attempts (as tests/support/growth.ts does for synchronous code). Every note links to
// others, so each load resolves about ten links per note: resolving a link by scanning
// every file made 10,000 notes take minutes.
import { describe, expect, test } from "vitest";
import { cpuMs } from "../support/growth";
import { createHost } from "./host";

/** Allowed growth from n to 4n: linear is 4, quadratic 16; the margin absorbs the collector and caches. */
const LIMIT = 8;

/** n notes in ten folders, each linking to ten others by name, by path and as an embed. */
function vault(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const links = Array.from({ length: 10 }, (_, k) => {
      const j = (i * 7 + k * 13) % n;
      return k % 3 === 0 ? `- [[folder-${j % 10}/Note ${j}]]` : k % 3 === 1 ? `- [[note ${j}|alias]]` : `- ![[Note ${j}#Part]]`;
    });
    files[`folder-${i % 10}/Note ${i}.md`] = [`# Note ${i}`, "", ...links, "- [[Missing]]", ""].join("\n");
  }
  return files;
}

async function loadCpuMs(files: Record<string, string>): Promise<number> {
  const start = cpuMs();
  const host = await createHost({ files });
  await host.layoutReady();
  const spent = cpuMs() - start;
  host.dispose();
  return spent;
}

async function fastest(files: Record<string, string>, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, await loadCpuMs(files));
  return best;
}

describe("loading a vault into the stand-in host", () => {
  test("takes about 4 times as long for 4 times the notes", async () => {
    const n = 500;
    const small = vault(n);
    const big = vault(4 * n);
    await fastest(small, 2); // warm up the parser and the DOM first
    await fastest(big, 1);
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= LIMIT; attempt++) ratio = Math.min(ratio, (await fastest(big, 3)) / Math.max(await fastest(small, 3), 0.05));
    expect(ratio).toBeLessThan(LIMIT);
  }, 120_000);

  test("the links those loads resolve are the ones the notes make", async () => {
    const host = await createHost({ files: vault(40) });
    try {
      const { resolvedLinks, unresolvedLinks } = host.app.metadataCache;
      // Note 3 links to notes 21, 34, 7, 20, 33, 6, 19, 32, 5, 18 (j = (3·7 + 13k) mod 40).
      expect(Object.keys(resolvedLinks["folder-3/Note 3.md"] ?? {}).sort()).toEqual(
        [21, 34, 7, 20, 33, 6, 19, 32, 5, 18].map((j) => `folder-${j % 10}/Note ${j}.md`).sort(),
      );
      expect(unresolvedLinks["folder-3/Note 3.md"]).toEqual({ Missing: 1 });
    } finally {
      host.dispose();
    }
  });
});
