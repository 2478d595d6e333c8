// Folding a name to the form two spellings of it share: case, accents of Latin, Greek and
// Cyrillic letters (also the letters Unicode does not decompose: đ ł ø ß), invisible format
// characters and white space. The
// guests' fold, here so that any feature can fold the same way: several still fold with NFD
// and a range of combining marks, which keeps "Đorđe" apart from "Dorde".

/**
 * Letters with a stroke or a special form that Unicode does not decompose into a base
 * letter and a mark, but that readers treat as the same letter with a diacritic
 * ("Đorđe" typed as "Dorde"). ß is the case fold of "ss".
 */
const UNDECOMPOSED: Record<string, string> = { đ: "d", ł: "l", ø: "o", ħ: "h", ŧ: "t", ı: "i", ß: "ss" };

/**
 * The text with its combining diacritical marks (U+0300–U+036F) taken off ("Café" → "Cafe"):
 * the rule the readers of words (phases, weekdays, placeholders, filters) use to match a
 * word typed with or without accents. Letters Unicode does not decompose (đ, ł) stay, and
 * the marks of other scripts (Devanagari vowel signs, kana voicing) are outside the range:
 * names are folded by foldName, which knows those.
 */
export function dropDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Names seen recently: the same few thousand names come back in every episode. */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/**
 * The folded form two names must share to be one name: NFKD, combining marks removed,
 * lower case, invisible format characters (zero-width spaces, bidirectional marks)
 * removed, every run of white space one space, trimmed. Linear in the name's length.
 */
export function foldName(name: string): string {
  let out = folded.get(name);
  if (out === undefined) {
    out = fold(name);
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(name, out);
  }
  return out;
}

function fold(name: string): string {
  // Plain ASCII letters and spaces need no Unicode work.
  const lowered = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : withoutAccents(name).toLowerCase();
  let out = "";
  let space = false;
  for (const ch of lowered) {
    if ((ch <= " " || ch > "\x7f") && /\s/u.test(ch)) {
      space = out !== "";
      continue;
    }
    if (space) out += " ";
    space = false;
    out += UNDECOMPOSED[ch] ?? ch;
  }
  return out;
}

/**
 * Accents come off letters of the Latin, Greek and Cyrillic scripts only ("Grčevski",
 * "Ángel", "Й"), where they are the accents people leave out when they type. In other
 * scripts a combining mark is a letter of its own, or changes one: the vowel signs of
 * Devanagari ("किरण" and "करण" are two names), the voicing mark of kana ("ごとう", "ことう"),
 * Thai vowels; taking them off made two people one. The rest is recomposed (NFC), so Hangul
 * and kana decomposed on the way read as written.
 */
function withoutAccents(name: string): string {
  return name
    .normalize("NFKD")
    .replace(ACCENT_OR_FORMAT, (_match, base: string | undefined) => base ?? "")
    .normalize("NFC");
}

/** A Latin, Greek or Cyrillic letter with its combining marks, or an invisible format character. */
const ACCENT_OR_FORMAT = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+|\p{Cf}/gu;
