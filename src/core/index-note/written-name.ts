// A guest's name as the plugin writes it into its block: a value from a note's properties
// or fields, which may hold anything. Written as it is, "Ann %% Lee" opened a comment that
// ran to the end marker's own %%: the rest of the list vanished in reading view and every
// later run was refused (the end marker was hidden). The rule: nothing from a note's value
// may open or close a comment, or break the line.
//   - "%" next to another "%" is escaped ("\%\%"): no "%%" is left in the text, and
//     reading view shows the name as typed (a backslash before punctuation is an escape).
//   - "<!--" and "-->" lose their meaning the same way ("<\!--", "--\>"): neither is
//     left in the text, for Obsidian or for the plugin's own reading of comments.
//   - A line break becomes a space: the line stays one line.
// Escaped, not dropped: the guest is still named, and the same name is written on every
// run, so the line is read back as the plugin's and a second run changes nothing.

/** `name` safe to write on a line of the block (see above); the same name for a safe one. Linear: fixed patterns, no nesting. */
export function writableName(name: string): string {
  if (!/[%!>\r\n]/.test(name)) return name;
  return name
    .replace(/\r\n|[\r\n]/g, " ")
    .replace(/%{2,}/g, (run) => "\\%".repeat(run.length))
    .replace(/<!--/g, "<\\!--")
    .replace(/-->/g, "--\\>");
}
