// createTestHost: the host vitest tests use, with the vault on a real folder
// (node:fs), like the desktop app. Node-only; the browser bundle uses host.ts.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DiskStore } from "./disk-store";
import { createHost, type Host, type HostOptions } from "./host";
import { MemoryStore } from "./store";

export interface TestHostOptions extends Omit<HostOptions, "store"> {
  /** An existing folder to use as the vault; by default a fresh temporary folder, removed by dispose(). */
  vaultDir?: string;
  /** "memory" runs on the in-memory store, like the browser bundle. */
  storage?: "disk" | "memory";
}

export interface TestHost extends Host {
  /** The vault folder on disk, or null for the in-memory store. */
  vaultDir: string | null;
}

export async function createTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  if (options.storage === "memory") return Object.assign(await createHost({ ...options, store: new MemoryStore() }), { vaultDir: null });
  const ownsDir = options.vaultDir === undefined;
  const vaultDir = options.vaultDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "office-hours-vault-"));
  const host = await createHost({ ...options, store: new DiskStore(vaultDir) });
  const disposeHost = host.dispose;
  return Object.assign(host, {
    vaultDir,
    dispose() {
      disposeHost();
      if (ownsDir) fs.rmSync(vaultDir, { recursive: true, force: true });
    },
  });
}
