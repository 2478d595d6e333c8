// Which guest notes claim each folded name (their own name or an alias), for the guests
// index (directory.ts). One note claiming a name owns it; two or more make it a conflict
// the user must settle, and the name belongs to none of them. Split from directory.ts,
// which keeps the people and their mentions.

export class NameClaims {
  /** Folded name → the paths of the guest notes claiming it. */
  private readonly byName = new Map<string, Set<string>>();
  /** How many folded names two or more notes claim: most vaults have none, and skip the search. */
  private shared = 0;

  /** The note at `path` claims `name`. Returns the one claimant left, or null when several claim it. */
  claim(name: string, path: string): string | null {
    const set = this.byName.get(name);
    if (!set) {
      this.byName.set(name, new Set<string>().add(path));
      return path;
    }
    if (!set.has(path)) {
      set.add(path);
      if (set.size === 2) this.shared++;
    }
    return soleOf(set);
  }

  /** The note at `path` no longer claims `name`. Returns the one claimant left, or null when none or several. */
  unclaim(name: string, path: string): string | null {
    const set = this.byName.get(name);
    if (!set) return null;
    if (set.delete(path)) {
      if (set.size === 0) this.byName.delete(name);
      else if (set.size === 1) this.shared--;
    }
    return soleOf(set);
  }

  /** The paths of the notes claiming `name`, or undefined when none does. */
  claimants(name: string): ReadonlySet<string> | undefined {
    return this.byName.get(name);
  }

  /** Whether two or more notes claim `name`. */
  isShared(name: string): boolean {
    return (this.byName.get(name)?.size ?? 0) > 1;
  }

  /** Whether any name is claimed by two or more notes. */
  anyShared(): boolean {
    return this.shared > 0;
  }

  /** Names (folded) two or more guest notes claim, with the notes, by name. */
  conflicts(): { name: string; notes: string[] }[] {
    const out: { name: string; notes: string[] }[] = [];
    for (const [name, paths] of this.byName) if (paths.size > 1) out.push({ name, notes: [...paths].sort() });
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}

function soleOf(set: ReadonlySet<string>): string | null {
  if (set.size !== 1) return null;
  for (const only of set) return only;
  return null;
}
