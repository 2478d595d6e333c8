// What a snippet is, and how a built-in one is written: shared by the live stream's
// built-ins (catalog.ts) and the recorded podcast's (podcast-snippets.ts), and their
// Spanish wording (spanish-snippets.ts).
export interface Snippet {
  id: string;
  name: string;
  description: string;
  text: string;
  /** Vault path of the note it comes from; null for a built-in snippet. */
  source: string | null;
  /** Show name or code it is limited to; null for every show. */
  show: string | null;
  /**
   * The language the text is written in ("en", "es", "en-GB"): its dates and worded
   * values are written in it too. A built-in's own; a user's note's `language:` property
   * when it holds a good tag; absent for a note that names none, which is written in the
   * show's language.
   */
  language?: string;
  /** What the picker warns about the note (a `language:` that is no language code). */
  warnings?: string[];
}

/** A built-in snippet, its text given line by line. */
export function builtin(id: string, name: string, description: string, lines: string[], language = "en"): Snippet {
  return { id, name, description, text: lines.join("\n"), source: null, show: null, language };
}
