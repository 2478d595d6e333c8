// A template's title heading may link an example episode instead of the note's own name:
// Café con Grafana's starts `# [[Ejemplo CCG 11 - 230910 - Dashboardeandro]]` (an
// example, to be renamed by hand), where other templates write `# [[<% tp.file.title %>]]`.
// Kept, every new episode would be titled with the example and link a note that does not
// exist. Only the note's first heading, only a bare link, and only when it names an
// episode of this show (its code and a number, maybe after a word like "Example").
import { nameParser } from "../../note/name-pattern";
import { splitLines } from "../../text/lines";
import { bodyStartOf } from "../../note/frontmatter";

const LINK_HEADING = /^(#[ \t]+)\[\[([^\][|#^]+)\]\][ \t]*$/;

export function replaceExampleTitle(text: string, title: string, show: { fileNamePattern: string; code: string }): string {
  const code = show.code.trim().toLowerCase();
  if (code === "") return text;
  const lines = splitLines(text);
  const bodyStart = bodyStartOf(lines);
  const at = lines.findIndex((line, i) => i >= bodyStart && /^#[ \t]/.test(line));
  const match = at < 0 ? null : LINK_HEADING.exec(lines[at] ?? "");
  if (!match) return text;
  const target = match[2] ?? "";
  const parse = nameParser(show.fileNamePattern, show.code);
  const names = (from: number) => {
    const parts = parse(target.slice(from));
    return parts.number !== null && parts.code?.toLowerCase() === code;
  };
  // The whole link, or what follows its first word ("Ejemplo", "Example", "e.g.").
  const firstSpace = target.search(/\s/);
  if (!names(0) && !(firstSpace > 0 && names(firstSpace + 1))) return text;
  lines[at] = `${match[1] ?? "# "}[[${title}]]`;
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  return lines.join(newline) + (text.endsWith("\n") ? newline : "");
}
