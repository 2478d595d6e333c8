// Dropping the punctuation a link or a value ends in. A loop from the end, never a
// `[.,;]+$` regex: the engine tries the run from each of its characters, so a long run of
// full stops inside a link is quadratic (a 64 KB note took 3.4 s in the studio link).

/** `text` without the characters of `chars` it ends in. */
export function withoutTrailing(text: string, chars: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && chars.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
