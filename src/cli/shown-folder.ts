// A folder named in a command the report suggests, the way the user typed it: a path
// made relative to the working folder turned /tmp/vault into ../../../tmp/vault.

/** `given` as typed, quoted when the shell would split or expand it. */
export function shownFolder(given: string): string {
  return /^[\w./-]+$/.test(given) ? given : JSON.stringify(given);
}
