// @vitest-environment happy-dom
// Two costs of the stand-in that grew faster than the work: listing a folder scanned
// every entry of the store (so a vault of n notes listed a folder of one file in n
// steps), and each write queued for the metadata cache scanned the queue for the same
// file (k writes before one flush: k² steps). CPU time of this process, n against 4n,
// the fastest of several runs, up to three attempts (tests/support/growth.ts).
import { describe, expect, test } from "vitest";
import { bestGrowth, cpuMs } from "../support/growth";
import { createHost } from "./host";
import { MemoryStore } from "./store";

describe("MemoryStore.list", () => {
  test("costs what the folder holds, not what the store holds", () => {
    // A folder of three files in a store of n·copies other files: listing it should not grow with them.
    const make = (n: number, copies: number) => {
      const files: Record<string, string> = { "One/a.md": "", "One/b.md": "", "One/Sub/c.md": "" };
      for (let i = 0; i < n * copies; i++) files[`Other ${i % 20}/Note ${i}.md`] = "";
      return new MemoryStore(files);
    };
    const run = (store: MemoryStore) => {
      for (let i = 0; i < 200; i++) store.list("One");
    };
    expect(make(1, 1).list("One")).toEqual({ files: ["One/a.md", "One/b.md"], folders: ["One/Sub"] });
    // Constant is 1, linear 4: well under linear.
    expect(bestGrowth(run, make, 500, 2.5, 8)).toBeLessThan(2.5);
  });

  test("keeps listing right through renames and removals", () => {
    const store = new MemoryStore({ "A/x.md": "1", "A/B/y.md": "2", "C/z.md": "3" });
    expect(store.list("")).toEqual({ files: [], folders: ["A", "C"] });
    store.mkdir("D");
    store.rename("A", "D/A");
    expect(store.list("")).toEqual({ files: [], folders: ["C", "D"] });
    expect(store.list("D/A")).toEqual({ files: ["D/A/x.md"], folders: ["D/A/B"] });
    expect(store.read("D/A/B/y.md")).toBe("2");
    expect(store.listAll()).toEqual(["C", "C/z.md", "D", "D/A", "D/A/B", "D/A/B/y.md", "D/A/x.md"]);
    store.rmdir("D", true);
    store.remove("C/z.md");
    expect(store.listAll()).toEqual(["C"]);
    expect(store.list("C")).toEqual({ files: [], folders: [] });
    expect(() => store.list("D")).toThrow(/ENOENT/);
    store.mkdir("D");
    expect(store.list("D")).toEqual({ files: [], folders: [] });
  });
});

describe("the metadata cache's queue", () => {
  /** CPU time of writing k notes once each before the cache catches up. */
  async function writeAll(k: number): Promise<number> {
    const files: Record<string, string> = {};
    for (let i = 0; i < k; i++) files[`N/${i}.md`] = "a";
    const host = await createHost({ files });
    await host.layoutReady();
    const notes = host.app.vault.getMarkdownFiles();
    const start = cpuMs();
    for (const file of notes) await host.app.vault.modify(file, "b");
    const spent = cpuMs() - start;
    let changed = 0;
    host.app.metadataCache.on("changed", () => changed++);
    await host.flush();
    host.dispose();
    // Every write was indexed once.
    expect(changed).toBe(k);
    return spent;
  }

  test("grows linearly with the writes made before a flush", async () => {
    const n = 3000;
    await writeAll(n);
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) {
      let small = Infinity;
      let big = Infinity;
      for (let i = 0; i < 3; i++) {
        small = Math.min(small, await writeAll(n));
        big = Math.min(big, await writeAll(4 * n));
      }
      ratio = big / Math.max(small, 0.05);
    }
    expect(ratio).toBeLessThan(8);
  }, 120_000);

  test("a note deleted while queued is announced deleted, never changed", async () => {
    const host = await createHost({ files: { "a.md": "one", "b.md": "two" } });
    await host.layoutReady();
    const events: string[] = [];
    host.app.metadataCache.on("changed", (file) => events.push(`changed ${file.path}`));
    host.app.metadataCache.on("deleted", (file) => events.push(`deleted ${file.path}`));
    const a = host.app.vault.getFileByPath("a.md");
    const b = host.app.vault.getFileByPath("b.md");
    if (!a || !b) throw new Error("seeded notes missing");
    await host.app.vault.modify(a, "one more");
    await host.app.vault.modify(b, "two more");
    await host.app.vault.modify(a, "again");
    await host.app.fileManager.trashFile(a);
    await host.app.vault.create("a.md", "new");
    await host.flush();
    expect(events).toEqual(["changed b.md", "deleted a.md", "changed a.md"]);
    expect(host.app.metadataCache.getCache("a.md")?.sections?.length).toBe(1);
    host.dispose();
  });
});
