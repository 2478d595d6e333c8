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
   * The language a built-in's text is written in ("en", "es"): its dates are written in
   * it too. Absent for a user's note, which is written in the show's language.
   */
  language?: string;
}

/** A built-in snippet, its text given line by line. */
export function builtin(id: string, name: string, description: string, lines: string[], language = "en"): Snippet {
  return { id, name, description, text: lines.join("\n"), source: null, show: null, language };
}
