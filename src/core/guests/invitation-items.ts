// Which of an episode's guests have not been asked yet, or have not said yes: read from the
// episode's own open checklist items. A team that makes the episode note before asking the
// guest (the five-show vault's templates: "Contact the guest…", "If the guest agrees,
// choose a date…", "Confirm the time … with the guest") names the guest in the note long
// before they are confirmed, and the open items say how far the asking has got:
//   - "ask": an open item whose verb asks someone onto the show and whose object is the
//     guest ("Contact the guest", "Invite Ann Lee", "Ask Bo Chan", "Contactar al invitado",
//     "Gast einladen"): they have not been asked;
//   - "answer": an open item that waits for their yes ("If the guest agrees, …", "Si el
//     invitado acepta, …", "Confirm Ann Lee", "Confirm the time with the guest", "Follow up
//     with Bo Chan"): asked, not yet confirmed.
// The object is the guest when it is a word for the guest ("the guest", "al invitado(s)",
// "den Gast"), which stands for every guest of the episode, or names some of them ("Invite
// Dr. Bo Chan, PhD and Cy Berg": both; name-runs.ts reads the names, titles and degrees
// left out); a first name alone names the one guest it begins. "Invite them to the
// calendar invite" names no guest, and an item that sends a calendar invite or a link to a
// studio is the step after the yes, never an invitation ("Invite the guest to the calendar
// event"). "Ask" also asks for things ("Ask the guest for a photo"): it invites only when
// nothing but the guest follows, or "to join", "if", "whether". Ticked items no longer
// hold anyone back; the reader knows the seven languages Detect shows knows
// (detect/language.ts).
import { replaceLinks } from "../text/links";
import { foldName } from "../text/fold";
import { isDottedTitle, personKey, withoutLeadingPostNominals, withoutTrailingHonorifics } from "./person-name";
import { joinsNames, nameRuns } from "./name-runs";
import { guestAtStart, guestsWrittenIn } from "./written-guest";

export type InvitationStep = "ask" | "answer";

/** An open item's step and whom it concerns: every guest ("the guest") or the named ones, by person key. */
export interface InvitationItem {
  step: InvitationStep;
  who: "all" | string[];
}

/** Verbs that ask a person onto the show, before their object (imperative or infinitive). */
const ASK_VERBS = new Set(
  "invite contact email e-mail message dm reach ask pitch write invitar contactar contacta escribir escribirle preguntar preguntarle convidar contatar inviter contacter demander einladen kontaktieren anfragen anschreiben invitare contattare chiedere uitnodigen benaderen contacteren mailen vragen".split(" "),
);
/** Verbs that also ask or send things ("Ask the guest for a photo", "Email the guest the points"): they invite only when nothing but the guest follows (or "to join", "if"). */
const REQUEST_VERBS = new Set("ask email e-mail message dm write preguntar preguntarle escribir escribirle demander chiedere vragen".split(" "));
/** Verbs that wait for a guest's yes. */
const ANSWER_VERBS = new Set("confirm reconfirm confirmar confirmer bestatigen confermare bevestigen".split(" "));
/** German and Dutch to-dos put the infinitive last: "Gast einladen", "Ann Lee bestätigen". */
const VERB_LAST = new Set("einladen kontaktieren anfragen anschreiben uitnodigen benaderen contacteren mailen bestatigen bevestigen".split(" "));
/** Words a conditional opens with: "If the guest agrees", "Si el invitado acepta", "Wenn der Gast zusagt". */
const CONDITIONS = new Set("if once when si cuando se quando quand lorsque wenn falls sobald als zodra".split(" "));
/** Stems of agreeing: a conditional clause holding one and the guest waits for their yes. */
const AGREES = /\b(?:agree|accept|say yes|says yes|confirm|is in|are in|acept|dice que si|dicen que si|aceit|accett|confirma|conferm|accord|zusag|akzeptier|bestatig|akkoord|toezeg|instem)/;
/** Words for the guest, singular and plural, as the object of an item. */
const GUEST_WORDS = new Set(
  "guest guests speaker speakers invitee invitees invitado invitada invitados invitadas convidado convidada convidados gast gaste ospite ospiti".split(" "),
);
/** Words before the object that are no part of it: articles, possessives, "to" after "reach out"/"write". */
const LEAD_WORDS = new Set(
  "the our this this week's next out to with a al el la los las lo le les l' o os as der die den dem des het de il gli i un una unos unas uns unes ein einen eine onze nuestro nuestra nuestros nuestras notre nos unser unseren unsere nostro nostra nostri".split(" "),
);
/** A calendar invite, a studio link or a meeting: the step after the yes. */
const SCHEDULING = /\b(?:calendar|calendario|calendrier|kalender|agenda|ics|invite link|meeting link|studio|streamyard|riverside|zoom|meet link|event|evento|evenement|termin|uitnodiging)\b/;
/** What may follow an asking verb's guest and still invite them. */
const INVITE_TAIL = /^(?:to (?:join|come|be|appear|speak|talk)|onto|on (?:the|our)|if|whether|about (?:joining|being|coming|appearing)|para (?:participar|venir|estar)|si|a participar|s'il|ob|of ze|se)\b/;

const LONG_ITEM = 2000;

/**
 * The step an open item's text waits on and whom it concerns, or null when it asks no one
 * onto the show. `guests` are the episode's guest names as written: a name in the item
 * counts only when it is one of them. Linear in the text (a long item is read only to
 * LONG_ITEM characters: the step is in its first clause).
 */
export function invitationItem(text: string, guests: readonly string[]): InvitationItem | null {
  if (!mayInvite(text)) return null;
  const shown = replaceLinks(text.length > LONG_ITEM ? text.slice(0, LONG_ITEM) : text).display.replace(/[*_`~]/g, "");
  const clause = firstClause(shown);
  const folded = foldName(clause);
  const words = folded.split(/[\s,;:]+/).filter((w) => w !== "");
  const first = words[0] ?? "";
  if (SCHEDULING.test(folded)) return null;
  if (CONDITIONS.has(first)) {
    // The condition ends at the first comma: "If the guest agrees, choose a date".
    const condition = clause.split(",")[0] ?? "";
    const cond = foldName(condition);
    if (!AGREES.test(cond)) return null;
    const who = guestsIn(condition, guests);
    return who === null ? null : { step: "answer", who };
  }
  if (ANSWER_VERBS.has(first)) {
    // "Confirm Ann Lee", "Confirm the time with the guest": the guest anywhere in the clause.
    const who = guestsIn(clause.slice(clause.search(/\s/) + 1), guests);
    return who === null ? null : { step: "answer", who };
  }
  if ((first === "follow" && words[1] === "up") || (first === "wait" && words[1] === "for") || first === "esperar") {
    const who = guestsIn(clause, guests);
    return who === null ? null : { step: "answer", who };
  }
  const last = words[words.length - 1] ?? "";
  if (words.length >= 2 && VERB_LAST.has(last)) {
    const who = objectOf(clause.slice(0, clause.toLowerCase().lastIndexOf(" ")), guests);
    if (who === null) return null;
    return { step: ANSWER_VERBS.has(last) ? "answer" : "ask", who: who.who };
  }
  if (!ASK_VERBS.has(first)) return null;
  const object = objectOf(clause.slice(clause.search(/\s|$/)), guests);
  if (object === null) return null;
  if (REQUEST_VERBS.has(first)) {
    // The last name's degrees or aside are no part of what follows it ("Ask Bo Lee (Acme)").
    const tail = foldName(withoutLeadingPostNominals(object.rest)).replace(/^[\s,]+/, "");
    if (tail !== "" && !INVITE_TAIL.test(tail)) return null;
  }
  return { step: "ask", who: object.who };
}

/** Every word an invitation item can open with. */
const OPENERS = new Set([...ASK_VERBS, ...ANSWER_VERBS, ...CONDITIONS, "follow", "wait", "esperar"]);
const LAST_VERB = /einladen|kontaktieren|anfragen|anschreiben|uitnodigen|benaderen|contacteren|mailen|best[aä]tigen|bevestigen/i;

/**
 * Whether the item may be one at all, from its first word (links and emphasis before it
 * skipped) or a German or Dutch verb anywhere: most items of a checklist are not, and an
 * index reads every open item of every episode with guests.
 */
function mayInvite(text: string): boolean {
  const first = /^[^\p{L}]{0,40}?([\p{L}-]{1,20})/u.exec(text);
  if (first !== null && OPENERS.has(foldName(first[1] ?? ""))) return true;
  // A link first ("[[Ann Lee]]: confirm"), or the verb last: the whole item decides.
  return text.startsWith("[") || LAST_VERB.test(text.length > LONG_ITEM ? text.slice(0, LONG_ITEM) : text);
}

/**
 * The text up to the first sentence's end (". ", "? ", "! ", ";" or the end), inline fields
 * read as their values ("Invite [guest:: Ann Lee]"). A full stop after a title, an initial
 * or a degree ends no sentence: "Invite Dr. Bo Chan, Ph.D. and Cy Berg" is one.
 */
function firstClause(text: string): string {
  const plain = text.replace(/[[(][\p{L}\p{N}_ -]{1,30}::\s*/gu, "");
  for (const m of plain.matchAll(/[.?!](?=\s|$)|;/g)) {
    if (m[0] === ".") {
      const word = /[\p{L}.]{1,12}$/u.exec(plain.slice(Math.max(0, m.index - 12), m.index))?.[0] ?? "";
      if (isDottedTitle(`${word}.`) || /^\p{Lu}$/u.test(word) || withoutLeadingPostNominals(`, ${word}.`) === "") continue;
    }
    return plain.slice(0, m.index).trim();
  }
  return plain.trim();
}

/**
 * The guest the object right after the verb names: a word for the guest (every guest),
 * or a run of names joined by commas and "and" that are the episode's guests; with the
 * text after it. Null when the object is neither ("them", "the time").
 */
function objectOf(after: string, guests: readonly string[]): { who: "all" | string[]; rest: string } | null {
  let at = 0;
  // Articles and possessives before the object: "the guest", "al invitado", "den Gast".
  for (;;) {
    const m = /^\s*([\p{L}'’]+)(?:\(s\))?/u.exec(after.slice(at));
    if (m === null) break;
    const word = foldName(m[1] ?? "");
    if (GUEST_WORDS.has(word)) return { who: "all", rest: after.slice(at + m[0].length) };
    if (!LEAD_WORDS.has(word.replace(/['’]$/, "'"))) break;
    at += m[0].length;
  }
  const rest = after.slice(at);
  const runs = nameRuns(rest);
  const first = runs[0];
  if (first === undefined || withoutTrailingHonorifics(rest.slice(0, first.start)).trim() !== "") {
    // A guest's whole name in a script without capitals, or a handle ("Invite 王小明", "Invite @ann").
    const whole = guestAtStart(rest, guests);
    if (whole !== null) return { who: [whole.key], rest: whole.rest };
    const single = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(rest);
    const one = single ? firstNameOf(single[1] ?? "", guests) : null;
    return one === null ? null : { who: [one], rest: rest.slice((single?.index ?? 0) + (single?.[0].length ?? 0)) };
  }
  // The run of names: each run joined to the one before by a comma or "and" (after its degrees).
  const named: string[] = [];
  let end = 0;
  for (const [i, run] of runs.entries()) {
    if (named.length > 0 && !joinsNames(withoutLeadingPostNominals(withoutTrailingHonorifics(rest.slice(end, run.start))))) break;
    const key = guestKey(run.name, guests, writtenName(rest, run, runs[i + 1]?.start ?? rest.length));
    if (key !== null) named.push(key);
    end = run.end;
  }
  return named.length === 0 ? null : { who: named, rest: rest.slice(end) };
}

/** The guests a clause names anywhere: a word for the guest, or guests' names. */
function guestsIn(clause: string, guests: readonly string[]): "all" | string[] | null {
  for (const m of clause.matchAll(/\p{L}+/gu)) if (GUEST_WORDS.has(foldName(m[0]))) return "all";
  const named: string[] = [];
  const runs = nameRuns(clause);
  for (const [i, run] of runs.entries()) {
    const key = guestKey(run.name, guests, writtenName(clause, run, runs[i + 1]?.start ?? clause.length));
    if (key !== null && !named.includes(key)) named.push(key);
  }
  // A first name alone ("Follow up with Travis"): the one guest it begins.
  if (named.length === 0) {
    for (const m of clause.matchAll(/(?:^|\s)(\p{Lu}[\p{L}'’-]*)/gu)) {
      const key = firstNameOf(m[1] ?? "", guests);
      if (key !== null && !named.includes(key)) named.push(key);
    }
  }
  // Names no run reads ("Confirm 王小明", "Follow up with @ann"): the guests' own names, whole.
  if (named.length === 0) named.push(...guestsWrittenIn(clause, guests));
  return named.length === 0 ? null : named;
}

/**
 * The run as written with the degrees and generation mark after it, up to the next run
 * ("Ann Lee, Jr."): the run reader ends a name at its comma, and father and son are two
 * people (person-name.ts), so the mark must reach the match.
 */
function writtenName(text: string, run: { start: number; end: number }, next: number): string {
  const gap = text.slice(run.end, next);
  return text.slice(run.start, run.end + gap.length - withoutLeadingPostNominals(gap).length);
}

/** The person key of the episode's guest a run names (as written with its marks, else as read), or null. */
function guestKey(name: string, guests: readonly string[], written = name): string | null {
  const keys = written === name ? [personKey(name)] : [personKey(written), personKey(name)];
  for (const key of keys) for (const guest of guests) if (personKey(guest) === key) return key;
  return name.includes(" ") ? null : firstNameOf(name, guests);
}

/** The one guest whose name begins with this first name ("Ask Travis"), or null when none or several do. */
function firstNameOf(word: string, guests: readonly string[]): string | null {
  const wanted = foldName(word);
  let found: string | null = null;
  for (const guest of guests) {
    const key = personKey(guest);
    if (key.split(" ")[0] !== wanted) continue;
    if (found !== null && found !== key) return null;
    found = key;
  }
  return found;
}
