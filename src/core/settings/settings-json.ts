// data.json's text to a value. A file saved by an editor that writes a byte order mark
// (Windows Notepad before 2019) is whole and valid but for U+FEFF before its "{"; JSON.parse
// refuses it, and the user's settings were taken for an unreadable file. RFC 8259 §8.1
// lets a parser ignore the mark, so one leading mark is dropped; anything else still throws.

const BOM = "\uFEFF";

/** The text without one leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** JSON.parse of data.json's text, a leading byte order mark ignored; throws as JSON.parse does. */
export function parseSettingsJson(text: string): unknown {
  return JSON.parse(withoutBom(text)) as unknown;
}
