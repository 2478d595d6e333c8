// `aliases` written as one text (`aliases: Annie L, A. Lee`) is a list to Obsidian: it splits
// the text at its commas, and the quick switcher and link suggestions offer each part. The
// guests index reads it the same way, or the note would answer to a name no episode writes
// ("Annie L, A. Lee") and to neither of the two it names; Same person, turning the text into
// a list to add one, keeps the parts, or Obsidian would read one alias where it read two.
// One exception: a part that is only a generation mark or degrees (", Jr.", ", PhD") stays
// with the name before it, as in a guest field, since "Ann Lee" alone is the father.
import { withoutLeadingPostNominals } from "./person-name";

/** The aliases a text value of `aliases` gives, trimmed, without empty parts. Linear in the text. */
export function aliasesOfText(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(",")) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const last = out.length - 1;
    if (last >= 0 && withoutLeadingPostNominals(`, ${trimmed}`).trim() === "") out[last] = `${out[last] ?? ""}, ${trimmed}`;
    else out.push(trimmed);
  }
  return out;
}
