// Snippets the user keeps as notes in the snippets folder, editable like any note:
//   ---
//   name: Meetup event          (shown in the picker; the note's name when missing)
//   show: GOH                   (optional: only for this show, by name or code)
//   id: meetup                  (optional: replace the built-in snippet with this id)
//   description: …              (optional)
//   ---
//   Text with {{placeholders}}.
import type { Snippet } from "./catalog";
import { nameKey } from "./catalog";
import { readFrontmatter, frontmatterText, type FrontmatterInput } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { basenameOf } from "../note/episode";
import { ownValue } from "../records";

/** `frontmatter`: the note's properties as the shell parsed them. */
export function readSnippetNote(path: string, text: string, frontmatter: FrontmatterInput): Snippet {
  const lines = splitLines(stripBom(text));
  const { data, bodyStart } = readFrontmatter(lines, frontmatter);
  const name = frontmatterText(ownValue(data, "name")) ?? basenameOf(path);
  const body = lines.slice(bodyStart);
  while (body.length > 0 && body[0]?.trim() === "") body.shift();
  while (body.length > 0 && body[body.length - 1]?.trim() === "") body.pop();
  return {
    id: frontmatterText(ownValue(data, "id")) ?? nameKey(name),
    name,
    description: frontmatterText(ownValue(data, "description")) ?? `From ${path}`,
    text: body.join("\n"),
    source: path,
    show: frontmatterText(ownValue(data, "show")),
  };
}
