// The frontmatter most episode notes carry, `url: https://…` and `date: 2024-01-05`,
// costs the YAML library about 40 µs a note: a tenth of a cold scan of 10,000 notes.
// This reads only the plainest YAML, where the answer cannot differ from the library's
// (a property test compares the two on random input): one `key: value` per line at
// column 0, simple keys, no two alike, and each value empty, a date, or plain text that
// begins with a letter. Anything else (quotes, lists, comments, indentation, numbers,
// booleans, CR, tabs, `: ` or ` #` in a value…) returns undefined, and the library reads it.

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Words the core schema reads as null or a boolean, in the spellings it accepts. */
const WORDS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

/** The mapping the YAML library would give, or undefined when this is not plain enough to be sure. */
export function simpleYaml(yaml: string): Record<string, string | null> | undefined {
  const result: Record<string, string | null> = {};
  let keys = 0;
  let start = 0;
  while (start < yaml.length) {
    let end = yaml.indexOf("\n", start);
    if (end < 0) end = yaml.length;
    if (end > start) {
      const line = yaml.slice(start, end);
      const colon = line.indexOf(":");
      if (colon <= 0) return undefined;
      const key = line.slice(0, colon);
      if (!KEY.test(key) || WORDS.has(key) || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
      const rest = line.slice(colon + 1);
      // `key:` alone, or `key:` then spaces, is null; a value must follow a space. Only
      // plain spaces are cut around it (YAML's other white space, the tab, is refused below).
      if (rest !== "" && rest.charCodeAt(0) !== 32) return undefined;
      let from = 0;
      let to = rest.length;
      while (from < to && rest.charCodeAt(from) === 32) from++;
      while (to > from && rest.charCodeAt(to - 1) === 32) to--;
      const value = rest.slice(from, to);
      if (value === "") result[key] = null;
      else if (DATE.test(value)) result[key] = value;
      else if (!isPlainText(value) || WORDS.has(value) || value.includes(": ") || value.includes(" #") || value.endsWith(":")) return undefined;
      else result[key] = value;
      keys++;
    }
    start = end + 1;
  }
  return keys > 0 ? result : undefined;
}

/** Starts with an ASCII letter; no control, line-break, BOM or surrogate code units. */
function isPlainText(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}
