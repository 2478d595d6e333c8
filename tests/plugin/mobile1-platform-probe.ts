// A probe for mobile1-platform.test.ts: one use of each thing the mobile app lacks, so the
// test can show its check finds them. Type-checked with the tests; never bundled or run.
import type { Vault, TFile } from "obsidian";

export function probe(vault: Vault, file: TFile): unknown[] {
  return [
    process.env.HOME,
    Buffer.from("x"),
    require.resolve("x"),
    __dirname,
    global,
    window.open("file:///notes"),
    open("file:///notes/again"),
    // Obsidian's Vault.process: not Node's process.
    vault.process(file, (text) => text),
  ];
}
