// FileManager, with the app's default preferences: new notes go to the vault
// root, links are [[wikilinks]] using the shortest unambiguous path, deleted
// files go to the trash. renameFile does not rewrite links in other notes.
import type { DataWriteOptions } from "obsidian";
import type { App } from "./app";
import type { TAbstractFile, TFile, TFolder } from "./files";
import { getFrontMatterInfo } from "./markdown-parse";
import { parseYaml, YAMLParseError } from "./yaml";
import { stringifyYaml } from "./yaml-stringify";

export class FileManager {
  readonly #app: App;

  constructor(app: App) {
    this.#app = app;
  }

  getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
    void sourcePath;
    void newFilePath;
    return this.#app.vault.getRoot();
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.#app.vault.rename(file, newPath);
  }

  /** The app asks the user; the host answers yes and trashes, so tests see the deletion. */
  async promptForDeletion(file: TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }

  /** The host's deletion preference is the vault's .trash folder (it has no system trash). */
  async trashFile(file: TAbstractFile): Promise<void> {
    await this.#app.vault.hostMoveToTrash(file);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const target = this.#app.metadataCache.fileToLinktext(file, sourcePath, true);
    return `[[${target}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  /**
   * Runs inside vault.process, so the read-modify-write is atomic. Throws
   * YAMLParseError on broken YAML and rethrows whatever fn throws, leaving the
   * file untouched. The block is rewritten in the host's block YAML style; an
   * empty result removes the block.
   */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
    if (file.extension !== "md") throw new Error(`processFrontMatter needs a Markdown file, got "${file.path}".`);
    await this.#app.vault.process(
      file,
      (data) => {
        const info = getFrontMatterInfo(data);
        const parsed = info.exists ? parseYaml(info.frontmatter) : {};
        if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) throw new YAMLParseError("Frontmatter is not a mapping.");
        const frontmatter = (parsed ?? {}) as Record<string, unknown>;
        fn(frontmatter);
        const body = data.slice(info.exists ? info.contentStart : 0);
        const yaml = stringifyYaml(frontmatter);
        return yaml === "" ? body : `---\n${yaml}---\n${body}`;
      },
      options,
    );
  }

  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    void sourcePath;
    await Promise.resolve();
    const dot = filename.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ""];
    let candidate = filename;
    for (let n = 1; this.#app.vault.getAbstractFileByPath(candidate); n++) candidate = `${stem} ${n}${extension}`;
    return candidate;
  }
}
