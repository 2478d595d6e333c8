// The episode's `url:` goes into calendar invites, promo posts and Markdown links, where
// a reader clicks it. Only a web page is taken: `javascript:` runs code when clicked,
// `data:` and `file:` open what the note's author chose on the reader's machine, and even
// a harmless `mailto:` or `tel:` is no "video link" (what every use of {{url}} promises).

/** The value, trimmed, when it is an http(s) address with a host; otherwise null. */
export function webLink(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  // A scheme written in capitals or with spaces before it is still that scheme: the URL
  // parser decides, after the same trim, so what is checked is what is written.
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "" ? trimmed : null;
  } catch {
    return null;
  }
}
