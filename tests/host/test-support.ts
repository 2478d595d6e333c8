// Shared bits for the host's own tests.
import { type PluginManifest, type TFile, TFolder } from "obsidian";
import type { Host } from "./host";

export const MANIFEST: PluginManifest = {
  id: "stand-in-check",
  name: "Stand-in check",
  version: "0.0.1",
  minAppVersion: "1.7.2",
  author: "Office Hours contributors",
  description: "Exercises the stand-in host.",
};

/** The folder at `path`, failing the test when it is missing. */
export function folderAt(host: Host, path: string): TFolder {
  const folder = host.app.vault.getAbstractFileByPath(path);
  if (!(folder instanceof TFolder)) throw new Error(`Expected a folder at ${path}`);
  return folder;
}

/** The file at `path`, failing the test when it is missing. */
export function fileAt(host: Host, path: string): TFile {
  const file = host.app.vault.getFileByPath(path);
  if (!file) throw new Error(`Expected a file at ${path}`);
  return file;
}
