// Titles written as slugs, the way some teams name their notes: "2025-06-24-road-to-4-0"
// for "Road to 4.0". Letters of every script are kept (a slug of a Japanese or Russian
// title is not empty), accents are dropped from Latin letters as URL slugs do
// ("español" → "espanol"), apostrophes join ("Don'ts" → "donts"), and everything else
// (spaces, "&", ".", emoji, characters no file name may hold) separates words.

/** A slug of two or more words: lowercase letters and digits joined by single hyphens. */
const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*)+$/u;

/** The slug of a title; "" when it holds no letter or digit (the caller refuses it). */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .replace(/['’ʼ]/g, "")
      // A mark with no letter before it (an emoji's variation selector) is no part of a word.
      .replace(/(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu, "$1")
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((word) => word !== "")
      .join("-")
  );
}

/** Whether a title reads as a slug: two or more lowercase words joined by "-", nothing else. */
export function isSlug(title: string): boolean {
  return SLUG.test(title);
}

/** Whether a title reads as words as typed: a space or a capital letter. */
export function isPlainTitle(title: string): boolean {
  return /\s|\p{Lu}|\p{Lt}/u.test(title.trim());
}
