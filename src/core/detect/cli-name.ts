// How the command-line tool is written wherever the tool or the report names it: the
// usage lines, and the hints the reports print ("To propose the show: npx office-hours
// detect <folder>"). One form, the one a user can run in a clone after `npm install`
// (package.json's `bin`), so a line copied from either works as it is.
export const CLI_NAME = "npx office-hours";

/** A command's usage line, indented to stand under "Usage: " in the full list. */
export function usageLine(commandAndOptions: string): string {
  return `       ${CLI_NAME} ${commandAndOptions}`;
}
