// When a bare "before" or "after" in a heading names a phase of the episode, and when it
// names a moment inside the show.
//
// A phase is placed against the show itself: "Before the stream", "After we go live", "15
// minutes before", "Before Friday". A run of show places its segments against each other:
// "Before the break", "After the demo", "Before Q&A" are moments of the show, not lists
// before or after it. So a bare connective ("before", "after", "después" …) names a phase
// only when nothing follows it, or when the few words after it name the show (its kinds in
// every language the defaults know: show, stream, episode, recording, live, Sendung …, and
// its guest: "Before the guest joins" is the green room, an episode being built around its
// guest) or a time (a weekday, "next", "tomorrow", a number). Anything else is a segment, and the
// heading names no phase by that word (it inherits, as any heading naming none does).
// Longer phrases ("before the show", "post-show") are whole phrases and need no anchor.

/** Words that only place something in time: alone as a phrase, each is anchored by what follows it. */
const CONNECTIVES: ReadonlySet<string> = new Set([
  "before",
  "after",
  "antes",
  "despues",
  "avant",
  "apres",
  "vor",
  "nach",
  "voor",
  "na",
  "prima",
  "dopo",
  "depois",
]);

/** The show itself, as hosts name it (normalised: lower case, no accents). */
export const SHOW_WORDS: ReadonlySet<string> = new Set(
  (
    "show shows episode episodes stream streams streaming livestream live broadcast recording record session call " +
    "interview podcast taping air airing webinar event start starting guest guests " +
    "programa episodio transmision directo vivo grabacion grabar emision " +
    "transmissao gravacao emissao enregistrement direct sendung aufnahme folge diretta puntata registrazione " +
    "trasmissione uitzending opname aflevering"
  ).split(" "),
);

/** Words that make "before …"/"after …" a time: a deadline or a day, not a segment. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    "today tonight tomorrow morning evening night noon midnight day days week weeks weekend hour hours minute minutes " +
    "next monday tuesday wednesday thursday friday saturday sunday " +
    "hoy manana dia semana hora horas minutos lunes martes miercoles jueves viernes sabado domingo " +
    "heute morgen tag woche uhr stunde stunden minuten montag dienstag mittwoch donnerstag freitag samstag sonntag"
  ).split(" "),
);

/**
 * Stands between two clauses of a heading (phases.ts writes it where punctuation ended
 * one): the words after a connective are its own clause's only. Normalised words are
 * letters and digits, so it is never one of them.
 */
export const CLAUSE_STOP = ".";

/** How many words after the connective are looked at: "before we go live" needs three. */
const WINDOW = 4;

/** Whether a phrase (normalised) is a bare connective, whose matches need an anchor. */
export function isConnective(phrase: string): boolean {
  return CONNECTIVES.has(phrase);
}

/**
 * How much of `text` (normalised and padded) the connective `phrase` (padded, as the matcher
 * pads it) weighs: 0 when no occurrence of it is placed against the show or a time. Placed
 * against the show, it is a phrase through the show's word, padding included, so "after the
 * recording" outweighs "recording" (a phrase of its own, just before the show) as "after
 * the show" would; placed against a time or nothing, it weighs its own length, so "Post-show:
 * before next week" stays after the show. Each occurrence looks at its next few words only,
 * so a heading costs its length.
 */
export function anchoredLength(text: string, phrase: string): number {
  let best = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length - 1)) {
    const end = anchorEnd(text, at + phrase.length);
    if (end === TIME) best = Math.max(best, phrase.length);
    else if (end >= 0) best = Math.max(best, end - at + 1);
  }
  return best;
}

/** anchorEnd's answer for a connective placed against a time, or against nothing after it. */
const TIME = -2;

/** Where the show's word that anchors a connective ends (words from `from` on), TIME, or -1 for none. */
function anchorEnd(text: string, from: number): number {
  // Nothing after it: "## Before", "15 minutes before".
  if (from >= text.length) return TIME;
  let start = from;
  for (let word = 0; word < WINDOW && start < text.length; word++) {
    let end = text.indexOf(" ", start);
    if (end < 0) end = text.length;
    if (end > start) {
      const first = text.charCodeAt(start);
      // A number right after it is a time or a date ("before 5pm", "after 18 00").
      if (word === 0 && first >= 48 && first <= 57) return TIME;
      const w = text.slice(start, end);
      if (w === CLAUSE_STOP) return -1;
      if (SHOW_WORDS.has(w)) return end;
      if (TIME_WORDS.has(w)) return TIME;
    }
    start = end + 1;
  }
  return -1;
}
