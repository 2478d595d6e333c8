// File names every device can store and every link can reach. Obsidian only checks
// the rules of the device it runs on, so a name made on Linux can break sync to
// Windows or iOS; we apply the union of the rules everywhere.

/** Characters forbidden on Windows, macOS, iOS or Android, or that break wiki links. */
const FORBIDDEN = new Set(["/", "\\", ":", "*", "?", '"', "<", ">", "|", "#", "^", "[", "]"]);
// Windows also reserves COM¹–COM³ and LPT¹–LPT³ (superscript digits).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes left for the name itself: most file systems allow 255 bytes including ".md". */
const MAX_NAME_BYTES = 200;

/**
 * Left out of names: lone surrogates (no file system can store them as UTF-8) and the
 * bidirectional controls, which make a name read differently from what it is
 * ("invoice\u202Efdp.md" shows as "invoicedm.pdf").
 */
function isInvisibleTrap(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c;
}

/** Make one file or folder name safe; never returns an empty string. */
export function safeFileName(name: string, fallback = "Untitled episode"): string {
  let out = "";
  for (const ch of name.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 0;
    if (isInvisibleTrap(code)) continue;
    if (code < 32 || code === 127) out += " ";
    else if (ch === ":") out += " -";
    else if (ch === "/" || ch === "\\" || ch === "|") out += "-";
    else if (ch === '"') out += "'";
    else if (FORBIDDEN.has(ch)) continue;
    else out += ch;
  }
  out = out.replace(/\s+/g, " ").replace(/ ([,.;!])/g, "$1").trim();
  out = truncateBytes(out, MAX_NAME_BYTES);
  // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
  out = out.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (out === "") out = fallback;
  // The mark goes on the stem: Windows reads "NUL.tar.gz" as NUL, so "con.txt_" (and the
  // "con.txt_.md" it became) was still the device; "con_.txt" is not.
  if (RESERVED.test(out)) out = out.replace(/^[^.]*/, (stem) => `${stem}_`);
  return out;
}

function truncateBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}

/** Join vault path parts, each made safe: `Office Hours` + `OH 01 - Topic` → `Office Hours/OH 01 - Topic.md`. */
export function episodePath(folder: string, name: string, extension = "md"): string {
  const parts = folder
    .split(/[\\/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => safeFileName(p, "Folder"));
  parts.push(`${safeFileName(name)}.${extension}`);
  return parts.join("/");
}

/** The first of `path`, `name (2).md`, `name (3).md`, … for which `exists` is false. */
export function freePath(path: string, exists: (candidate: string) => boolean): string {
  if (!exists(path)) return path;
  const dot = path.lastIndexOf(".");
  const stem = dot > path.lastIndexOf("/") ? path.slice(0, dot) : path;
  const extension = dot > path.lastIndexOf("/") ? path.slice(dot) : "";
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${stem} (${n})${extension}`;
    if (!exists(candidate)) return candidate;
  }
  throw new Error(`No free name near ${path}`);
}

/** "Ann", "Ann and Bo", "Ann, Bo and Cy". */
export function joinNames(names: readonly string[], and = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`;
}
