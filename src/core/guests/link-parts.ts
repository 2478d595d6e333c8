// What a link in a guest field names, for matching it to a person: the note's name and the
// folded path when the link gives a folder. Names are one name when they fold alike
// (core/text/fold.ts) once an honorific and degrees are dropped (person-name.ts), and
// nothing else: "Ed Welch" and "Edward Welch" are two, and only an alias can say otherwise.
import { foldName } from "../text/fold";

/**
 * What a link target names: its last part without folder, heading or block
 * (`Guests/Ed Welch#Bio` → `Ed Welch`), and, when it names a folder too, its folded path
 * (`guests/ed welch`), else null. One pass over the target for both.
 */
export function linkParts(target: string): { name: string; path: string | null } {
  const cut = target.search(/[#^|]/);
  const path = (cut < 0 ? target : target.slice(0, cut)).trim().replace(/\.md$/i, "");
  const slash = path.lastIndexOf("/");
  return { name: path.slice(slash + 1), path: slash < 0 ? null : foldName(path.replace(/^\/+/, "")) };
}
