// One copy of each string the index keeps, and of each section. A slice of a note's text
// keeps the whole text alive in V8, so every string kept is copied first; and checklists
// come from templates, so the same item line ("- [ ] Post on LinkedIn"), the same
// headings and often the very same sections (heading, line, counts: every aired episode
// of a show has its "After the show" done) recur in every episode of a show: those are
// kept once. A shared section is frozen: a record is never edited, only replaced.
import { PHASES, type Section } from "../types";
import { hashText } from "../tick/hash";

export class StringPool {
  private strings = new Map<string, string>();
  /** By a hash of every field: a key string per section would cost as much as the section. */
  private sections = new Map<number, Section | Section[]>();
  private sectionTotal = 0;

  /** The pooled copy of `text`: never a slice of anything larger. */
  intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    const copy = freshCopy(text);
    this.strings.set(copy, copy);
    return copy;
  }

  /** The pooled copy of `section` (its heading pooled too), frozen. */
  section(section: Section): Section {
    const hash = sectionHash(section);
    const known = this.sections.get(hash);
    const found = known === undefined ? undefined : Array.isArray(known) ? known.find((s) => sameSection(s, section)) : sameSection(known, section) ? known : undefined;
    if (found) return found;
    const { level, line, phase, done, total, cancelled } = section;
    // Written out, not spread: V8 gives a frozen copy of a spread object a hidden class of its own (about 250 bytes).
    const copy: Section = Object.freeze({ heading: section.heading === null ? null : this.intern(section.heading), level, line, phase, done, total, cancelled });
    this.add(this.sections, hash, copy);
    return copy;
  }

  private add(sections: Map<number, Section | Section[]>, hash: number, section: Section): void {
    const known = sections.get(hash);
    if (known === undefined) sections.set(hash, section);
    else if (Array.isArray(known)) known.push(section);
    else sections.set(hash, [known, section]);
    this.sectionTotal++;
  }

  get stringCount(): number {
    return this.strings.size;
  }

  get sectionCount(): number {
    return this.sectionTotal;
  }

  /** Keep only the strings and sections `keep` calls back with (those of the records still indexed). */
  prune(keep: (visit: (value: string | Section) => void) => void): void {
    const strings = new Map<string, string>();
    const sections = new Map<number, Section | Section[]>();
    this.sectionTotal = 0;
    keep((value) => {
      if (typeof value === "string") strings.set(value, value);
      else {
        const hash = sectionHash(value);
        const known = sections.get(hash);
        if (known !== value && !(Array.isArray(known) && known.includes(value))) this.add(sections, hash, value);
      }
    });
    this.strings = strings;
    this.sections = sections;
  }

  clear(): void {
    this.strings.clear();
    this.sections.clear();
    this.sectionTotal = 0;
  }
}

function sameSection(a: Section, b: Section): boolean {
  return a.heading === b.heading && a.level === b.level && a.line === b.line && a.phase === b.phase && a.done === b.done && a.total === b.total && a.cancelled === b.cancelled;
}

/** FNV-1a over the fields, the heading's characters included. */
function sectionHash(section: Section): number {
  const mix = (h: number, n: number) => Math.imul(h ^ n, 0x01000193);
  const h = section.heading === null ? 0x811c9dc5 : hashText(section.heading);
  return mix(mix(mix(mix(mix(mix(h, section.level), section.line), section.done), section.total), section.cancelled), PHASES.indexOf(section.phase)) >>> 0;
}

/**
 * A string that shares no memory with the one it was made from. V8 makes `slice` (and so
 * `trim` and the reader's line splitting) a view into the original; a JSON round trip
 * builds the characters anew. Short strings are copied by slice already.
 */
export function freshCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A fresh copy of a string that is not worth pooling (a guest's name, a URL), or null. */
export function freshOrNull(text: string | null): string | null {
  return text === null ? null : freshCopy(text);
}
