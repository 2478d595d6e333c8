// Which after-show item the opt-in auto-tick may tick. Valid chapters do only one thing for
// the host: they are ready to be written into the video (its description or chapters). So
// the item must ask for exactly that: it starts with a verb of writing (add, write, put,
// paste, insert, upload, fill in; agregar, añadir, escribir, poner, pegar, subir, cargar),
// is about timestamps or chapters, and names no place but the video ("to the video", "al
// video", "in the description", or no place at all). "Send Ann the chapters", "Post the
// timestamps in the Slack thread" and "Find what user X did from timestamp 1 to 2" ask for
// something the chapters being valid does not do, and are never ticked.
//
// Every pattern here is a single pass without nested quantifiers: an item is one line of a
// note and may be very long.

/** The first word is a verb of writing something in (English and Spanish, as the templates). */
const WRITE_VERB = /^(?:add|write|put|paste|insert|upload|fill in|agregar|agrega|añadir|añade|anadir|escribir|poner|pegar|subir|cargar)\b/i;

/** The item is about timestamps or chapters. */
const CHAPTER_WORD = /\b(?:timestamps?|chapters?|cap[ií]tulos|marcas de tiempo)\b/i;

/** A place an item can send the chapters to ("to the …", "in …", "al …", "en …"). */
const PLACE_WORD = /\b(?:to|into|in|on|onto|al|en)\s/i;

/** The video's own places: the chapters go into one of these. */
const VIDEO_PLACE = /(?:^|[^\p{L}])(?:video|vídeo|videos|description|descripci[oó]n|youtube|recording|grabaci[oó]n|vod|episode|episodio|podcast)(?![\p{L}])/iu;

/** Emphasis a host may put before the verb ("**Add** chapters"). */
const LEAD = /^[*_~=\s]*/;

/** The item asks for the chapters to be written into the video (see the rule above). */
export function asksToWriteChapters(text: string): boolean {
  const body = text.replace(LEAD, "");
  if (!WRITE_VERB.test(body) || !CHAPTER_WORD.test(body)) return false;
  return VIDEO_PLACE.test(body) || !PLACE_WORD.test(body);
}
