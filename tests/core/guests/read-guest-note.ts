// Guest notes read in tests as the command-line tool reads them: properties parsed by its
// YAML library from the very text, handed to the core.
import { readGuestNote as readWith, type GuestNote } from "../../../src/core/guests/guest-note";
import type { StatusNames } from "../../../src/core/guests/statuses";
import { lazyFrontmatter } from "../../../src/cli/frontmatter-yaml";

export function readGuestNote(path: string, text: string, names: StatusNames): GuestNote {
  return readWith(path, text, names, lazyFrontmatter(text));
}
