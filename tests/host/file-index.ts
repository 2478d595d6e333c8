// The vault's items by path, plus the files by lower-case name and lower-case path.
// Link resolution asks "which files are called x?" once per link; scanning every file
// for each made loading a vault quadratic (10,000 notes took minutes). The side
// indexes change together with the path map, so a lookup always sees the vault as it
// is, and answers list files in the vault's own order (the order getFiles() returns).
import { TAbstractFile, TFile } from "./files";

export class FileIndex {
  readonly #byPath = new Map<string, TAbstractFile>();
  readonly #byLowerName = new Map<string, Set<TFile>>();
  readonly #byLowerPath = new Map<string, Set<TFile>>();
  /** When each item entered the path map: the vault's order, to merge two lookups in it. */
  readonly #order = new Map<TAbstractFile, number>();
  #next = 0;

  get(path: string): TAbstractFile | undefined {
    return this.#byPath.get(path);
  }

  has(path: string): boolean {
    return this.#byPath.has(path);
  }

  values(): IterableIterator<TAbstractFile> {
    return this.#byPath.values();
  }

  /** `item.path` must already be `path`. */
  set(path: string, item: TAbstractFile): void {
    if (this.#byPath.has(path)) this.delete(path);
    this.#byPath.set(path, item);
    this.#order.set(item, this.#next++);
    if (!(item instanceof TFile)) return;
    add(this.#byLowerName, item.name.toLowerCase(), item);
    add(this.#byLowerPath, path.toLowerCase(), item);
  }

  /** Call before the item's path changes: its entries are found by its current name. */
  delete(path: string): void {
    const item = this.#byPath.get(path);
    if (!item) return;
    this.#byPath.delete(path);
    this.#order.delete(item);
    if (!(item instanceof TFile)) return;
    remove(this.#byLowerName, item.name.toLowerCase(), item);
    remove(this.#byLowerPath, path.toLowerCase(), item);
  }

  /** Files whose lower-case name is `lowerName`, or that are `.md` notes named `lowerName`.md. */
  filesNamed(lowerName: string, orNote: boolean): TFile[] {
    return this.#merge(this.#byLowerName, lowerName, orNote);
  }

  /** Files whose lower-case path is `lowerPath`, or that are `.md` notes at `lowerPath`.md. */
  filesAt(lowerPath: string, orNote: boolean): TFile[] {
    return this.#merge(this.#byLowerPath, lowerPath, orNote);
  }

  #merge(table: Map<string, Set<TFile>>, key: string, orNote: boolean): TFile[] {
    const exact = [...(table.get(key) ?? [])];
    if (!orNote) return exact;
    const notes = [...(table.get(`${key}.md`) ?? [])].filter((file) => file.extension === "md");
    if (notes.length === 0) return exact;
    return [...exact, ...notes].sort((a, b) => (this.#order.get(a) ?? 0) - (this.#order.get(b) ?? 0));
  }
}

function add(table: Map<string, Set<TFile>>, key: string, file: TFile): void {
  const set = table.get(key);
  if (set) set.add(file);
  else table.set(key, new Set([file]));
}

function remove(table: Map<string, Set<TFile>>, key: string, file: TFile): void {
  const set = table.get(key);
  if (!set) return;
  set.delete(file);
  if (set.size === 0) table.delete(key);
}
