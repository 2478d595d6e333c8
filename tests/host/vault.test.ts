// @vitest-environment happy-dom
import * as fs from "node:fs";
import * as path from "node:path";
import { TFile, TFolder, type TAbstractFile } from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt, folderAt } from "./test-support";

let host: TestHost;
afterEach(() => host.dispose());

describe.each(["disk", "memory"] as const)("Vault on the %s store", (storage) => {
  const start = async (files: Record<string, string> = {}): Promise<TestHost> => {
    host = await createTestHost({ storage, files });
    return host;
  };

  test("create throws 'File already exists.' on an existing path and leaves the file alone", async () => {
    const { app } = await start({ "Episodes/GOH 1.md": "original" });
    await expect(app.vault.create("Episodes/GOH 1.md", "new")).rejects.toThrow("File already exists.");
    expect(await app.vault.read(fileAt(host, "Episodes/GOH 1.md"))).toBe("original");
  });

  test("create does not make missing folders: it fails with ENOENT, createFolder first works", async () => {
    const { app } = await start();
    await expect(app.vault.create("Episodes/GOH 1.md", "x")).rejects.toThrow(/ENOENT/);
    expect(app.vault.getAbstractFileByPath("Episodes")).toBeNull();
    const folder = await app.vault.createFolder("Episodes");
    expect(folder).toBeInstanceOf(TFolder);
    const file = await app.vault.create("Episodes/GOH 1.md", "x");
    expect(file).toBeInstanceOf(TFile);
    expect(file.parent).toBe(folder);
    expect(folder.children).toContain(file);
    expect([file.name, file.basename, file.extension]).toEqual(["GOH 1.md", "GOH 1", "md"]);
  });

  test("createFolder throws on an existing folder and creates missing parents", async () => {
    const { app } = await start({ "Shows/a.md": "" });
    await expect(app.vault.createFolder("Shows")).rejects.toThrow("Folder already exists.");
    await app.vault.createFolder("Shows/2025/March");
    expect(app.vault.getFolderByPath("Shows/2025")).toBeInstanceOf(TFolder);
  });

  test("paths must be normalized, as the guidelines require", async () => {
    const { app } = await start();
    await expect(app.vault.create("/Note.md", "")).rejects.toThrow(/normalizePath/);
    await expect(app.vault.createFolder("a//b")).rejects.toThrow(/normalizePath/);
  });

  test("lookups: getRoot, by path, files and folders", async () => {
    const { app } = await start({ "a.md": "", "b/c.md": "", "b/d.txt": "" });
    expect(app.vault.getRoot().isRoot()).toBe(true);
    expect(app.vault.getAbstractFileByPath("/")).toBe(app.vault.getRoot());
    expect(app.vault.getFolderByPath("a.md")).toBeNull();
    expect(app.vault.getFileByPath("b")).toBeNull();
    expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(["a.md", "b/c.md", "b/d.txt"]);
    expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["a.md", "b/c.md"]);
    expect(app.vault.getAllLoadedFiles().map((f) => f.path).sort()).toEqual(["/", "a.md", "b", "b/c.md", "b/d.txt"]);
  });

  test("process is atomic and sees a change made just before it; read-then-modify loses it", async () => {
    const { app } = await start({ "n.md": "start" });
    const file = fileAt(host, "n.md");
    const modify = app.vault.modify(file, "changed");
    const processed = app.vault.process(file, (data) => `${data}+process`);
    await Promise.all([modify, processed]);
    expect(await app.vault.read(file)).toBe("changed+process");

    await app.vault.modify(file, "start");
    const stale = (async () => {
      const data = await app.vault.read(file);
      await Promise.resolve();
      await app.vault.modify(file, `${data}+stale`);
    })();
    const concurrent = app.vault.process(file, (data) => `${data}+process`);
    await Promise.all([stale, concurrent]);
    expect(await app.vault.read(file)).toBe("start+stale");
  });

  test("process returns what it wrote and refuses a non-string result", async () => {
    const { app } = await start({ "n.md": "a" });
    const file = fileAt(host, "n.md");
    expect(await app.vault.process(file, (data) => data.toUpperCase())).toBe("A");
    await expect(app.vault.process(file, () => undefined as unknown as string)).rejects.toThrow(TypeError);
    expect(await app.vault.read(file)).toBe("A");
  });

  test("append, modify and stat", async () => {
    const { app } = await start({ "n.md": "a" });
    const file = fileAt(host, "n.md");
    await app.vault.append(file, "b");
    expect(await app.vault.cachedRead(file)).toBe("ab");
    await app.vault.modify(file, "héllo", { mtime: 1_700_000_000_000 });
    expect(file.stat.size).toBe(6);
    expect(file.stat.mtime).toBe(1_700_000_000_000);
  });

  test("events: create, modify, rename (same object, old path), delete", async () => {
    const { app } = await start({ "Episodes/a.md": "" });
    const seen: string[] = [];
    const log = (kind: string) => (file: TAbstractFile, oldPath?: string) => seen.push(`${kind} ${file.path}${oldPath ? ` from ${oldPath}` : ""}`);
    app.vault.on("create", log("create"));
    app.vault.on("modify", log("modify"));
    app.vault.on("rename", log("rename"));
    app.vault.on("delete", log("delete"));
    const file = await app.vault.create("Episodes/b.md", "1");
    await app.vault.modify(file, "2");
    await app.vault.rename(file, "Episodes/c.md");
    expect(app.vault.getFileByPath("Episodes/c.md")).toBe(file);
    expect(file.basename).toBe("c");
    await app.vault.rename(fileAt(host, "Episodes/a.md"), "Episodes/c.md").catch((error: unknown) => seen.push(`refused ${String(error)}`));
    await app.vault.rename(folderAt(host, "Episodes"), "Archive");
    expect(file.path).toBe("Archive/c.md");
    await app.fileManager.trashFile(file);
    expect(app.vault.getFileByPath("Archive/c.md")).toBeNull();
    await expect(app.vault.read(file)).rejects.toThrow(/ENOENT/);
    expect(seen).toEqual([
      "create Episodes/b.md",
      "modify Episodes/b.md",
      "rename Episodes/c.md from Episodes/b.md",
      "refused Error: Destination file already exists!",
      "rename Archive from Episodes",
      "rename Archive/a.md from Episodes/a.md",
      "rename Archive/c.md from Episodes/c.md",
      "delete Archive/c.md",
    ]);
  });

  test("off and offref stop a listener", async () => {
    const { app } = await start();
    let count = 0;
    const callback = (): void => {
      count++;
    };
    app.vault.on("create", callback);
    const ref = app.vault.on("create", callback);
    app.vault.off("create", callback);
    await app.vault.create("x.md", "");
    app.vault.offref(ref);
    expect(count).toBe(0);
  });

  test("trash moves to the hidden .trash folder; copy duplicates", async () => {
    const { app } = await start({ "a.md": "text", "f/b.md": "b" });
    const copy = await app.vault.copy(fileAt(host, "a.md"), "a copy.md");
    expect(await app.vault.read(copy)).toBe("text");
    await app.fileManager.trashFile(fileAt(host, "a.md"));
    expect(app.vault.getFileByPath("a.md")).toBeNull();
    expect(await app.vault.adapter.exists(".trash/a.md")).toBe(true);
    const folderCopy = await app.vault.copy(folderAt(host, "f"), "g");
    expect(folderCopy).toBeInstanceOf(TFolder);
    expect(app.vault.getFileByPath("g/b.md")).toBeInstanceOf(TFile);
  });

  test("the adapter reaches the config folder, which the Vault API hides", async () => {
    const { app } = await start();
    const dir = `${app.vault.configDir}/plugins/demo`;
    await app.vault.adapter.mkdir(dir);
    await app.vault.adapter.write(`${dir}/data.json`, "{}");
    expect(await app.vault.adapter.exists(`${dir}/data.json`)).toBe(true);
    expect(await app.vault.adapter.read(`${dir}/data.json`)).toBe("{}");
    expect((await app.vault.adapter.list(dir)).files).toEqual([`${dir}/data.json`]);
    expect(app.vault.getAbstractFileByPath(dir)).toBeNull();
    await app.vault.adapter.remove(`${dir}/data.json`);
    expect(await app.vault.adapter.exists(`${dir}/data.json`)).toBe(false);
    await expect(app.vault.create(`${app.vault.configDir}/x.md`, "")).rejects.toThrow(/hidden/);
  });

  test("an adapter write to a note is seen by the vault like a watcher event", async () => {
    const { app } = await start({ "n.md": "a" });
    const seen: string[] = [];
    app.vault.on("modify", (file) => seen.push(file.path));
    app.vault.on("create", (file) => seen.push(`+${file.path}`));
    await app.vault.adapter.write("n.md", "b");
    await app.vault.adapter.write("new.md", "c");
    expect(seen).toEqual(["n.md", "+new.md"]);
    expect(app.vault.getFileByPath("new.md")).toBeInstanceOf(TFile);
  });

  test("the vault loads what is already in the store and announces it once the layout is ready", async () => {
    const { app } = await start({ "a.md": "", "f/b.md": "" });
    const created: string[] = [];
    app.vault.on("create", (file) => created.push(file.path));
    await host.layoutReady();
    expect(created.sort()).toEqual(["a.md", "f", "f/b.md"]);
  });
});

test("the disk store is a real folder", async () => {
  host = await createTestHost({ files: { "Episodes/GOH 1.md": "hello" } });
  const dir = host.vaultDir ?? "";
  expect(fs.readFileSync(path.join(dir, "Episodes", "GOH 1.md"), "utf8")).toBe("hello");
  await host.app.vault.modify(fileAt(host, "Episodes/GOH 1.md"), "changed");
  expect(fs.readFileSync(path.join(dir, "Episodes", "GOH 1.md"), "utf8")).toBe("changed");
});
