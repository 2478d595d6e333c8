// What a person's name is in a script that has no capitals but puts spaces between words:
// Arabic (and Persian, Urdu), Hebrew, Syriac, Thaana, the Indic scripts, Sinhala, Thai,
// Lao, Khmer, Myanmar, Tibetan, Ethiopic, and Georgian (whose capitals no one writes a
// name with). "Starts with a capital" says nothing there, and neither does CJK's length
// rule (detect/person-names.ts), so a name is:
//   - two or three words (a given name and one or two family names), and up to four with a
//     name particle among them (بن, عبد, أبو, בן: "محمد بن سلمان", "عبد الله" is two);
//   - every word letters (with their marks) of one and the same script: no digit, no
//     punctuation, no Latin word ("تعلم Kafka" is a topic);
//   - every word two to fifteen letters (marks apart): Thai writes a phrase without spaces,
//     so a long run is a phrase, never a name;
//   - no word one of the language's common words (in, of, and, with, how, what: "أمن في
//     الحاويات", "ניהול של תצורה", "क्लाउड में सुरक्षा" are topics);
//   - in Arabic script, the first word is no definite noun (ال…): a given name is written
//     without the article, a topic often starts with one ("الذكاء الاصطناعي").
// What this cannot tell: a two-word topic of uncommon words ("تعلم الآلة", "ניהול תצורה")
// reads as a name. It is what detection and the guest-ideas import offer, for the user
// to confirm; a link is a name whatever its script (person-names.ts).

/** Each script, by the Unicode property its letters carry (scx: the marks and the tatweel shared with others count too). */
const SCRIPTS = [
  "Arabic",
  "Hebrew",
  "Syriac",
  "Thaana",
  "Nko",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Khmer",
  "Myanmar",
  "Tibetan",
  "Ethiopic",
  "Georgian",
].map((name) => ({ name, letter: new RegExp(`\\p{scx=${name}}`, "u") }));

/** Letters of any of these scripts: whether the rule is asked at all. */
export const SPACED_CASELESS = new RegExp(`[${SCRIPTS.map((s) => `\\p{scx=${s.name}}`).join("")}]`, "u");

/** Letters, their marks, and what joins inside a word: ZWNJ/ZWJ (Persian, Indic), the Hebrew maqaf, geresh and gershayim. */
const WORD = /^(?:[\p{L}\p{M}\u200c\u05be\u05f3\u05f4'’-]|\u200d)+$/u;
const LETTER = /\p{L}/gu;

/** Words that are part of a name but not a name alone: "son of", "servant of", "father of", "family of". */
const PARTICLES = new Set(["بن", "بنت", "ابن", "إبن", "أبو", "ابو", "أبي", "عبد", "آل", "בן", "בת", "אבו"]);

/**
 * Common words (prepositions, conjunctions, pronouns, question words, the copula) of the
 * languages these scripts are most written in. A name holds none of them; a topic
 * nearly always does. Only words that are never a name themselves.
 */
const COMMON = new Set(
  [
    // Arabic
    "في من على إلى الى عن مع و أو او ثم هذا هذه ذلك تلك ما ماذا كيف لماذا متى أين هل لا لم لن كل بين عند حول هو هي هم نحن أنا أنت التي الذي الذين إن أن قد بعد قبل حتى مثل غير أي كان يكون ليس عبر ضد نحو لدى",
    // Persian and Urdu
    "در از با به برای که این آن را است و یا تا هم چه چگونه چرا کا کی کے میں اور سے ہے ہیں پر کو نے بھی کیا کیسے لیے ساتھ",
    // Hebrew
    "של על עם את או גם זה זו זאת לא כן איך מה למה מתי איפה עבור בין אל כל יש אין הוא היא הם אנחנו אני אתה כמו אחרי לפני תוך בלי רק עוד",
    // Hindi, Marathi, Nepali (Devanagari)
    "का की के में और से है हैं पर को एक यह वह क्या कैसे क्यों लिए साथ तथा या नहीं भी तक ने आणि व मध्ये चा ची चे हे आहे र मा को",
    // Bengali
    "ও এবং এর কি কী জন্য সাথে থেকে না হয় আর এই সেই কেন কিভাবে",
    // Tamil, Telugu, Kannada, Malayalam
    "மற்றும் ஒரு இந்த என்ன எப்படி மற்றும் మరియు ఒక ఈ ఏమి ఎలా ಮತ್ತು ಒಂದು ಈ ಏನು ಹೇಗೆ ഒരു ഈ എന്ത് എങ്ങനെ",
    // Thai, Lao
    "และ ของ ใน กับ ที่ เพื่อ จาก หรือ การ คือ เป็น ได้ ไม่ แล้ว ແລະ ຂອງ ໃນ ກັບ",
    // Georgian, Amharic
    "და არის რა როგორ ეს თუ ან რომ როგორც ერთი ምን እና ላይ ውስጥ ከ ጋር",
  ]
    .join(" ")
    .split(" ")
    .filter((w) => w !== ""),
);

/**
 * "And" in these languages, written as a word of its own: between two names it joins a
 * list ("राहुल गांधी और प्रिया शर्मा"), as "and" does in a capitalised one.
 */
export const AND_WORDS: ReadonlySet<string> = new Set(["و", "اور", "और", "आणि", "এবং", "ও", "และ", "ແລະ", "და", "እና", "மற்றும்", "మరియు", "ಮತ್ತು"]);

/** A common word of one of these languages (in, of, with, how…): never in a name. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word) || AND_WORDS.has(word);
}

/** Is `name` (no link, no digit) written as a person's name in one of these scripts? */
export function isSpacedCaselessName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] ?? "";
  const script = SCRIPTS.find((s) => s.letter.test(first.match(/\p{L}/u)?.[0] ?? ""));
  if (!script) return false;
  let particles = 0;
  for (const word of words) {
    if (!WORD.test(word) || isCommonWord(word)) return false;
    const letters = word.match(LETTER) ?? [];
    if (letters.length < 2 || letters.length > 15 || !letters.every((l) => script.letter.test(l))) return false;
    if (PARTICLES.has(word)) particles++;
  }
  // A particle joins two names: never last ("محمد بن" is cut short); "عبد الله" is one name of two words.
  if (PARTICLES.has(words[words.length - 1] ?? "")) return false;
  if (words.length - particles > 3 || (words.length === 4 && particles === 0)) return false;
  return !(script.name === "Arabic" && /^ال/u.test(first));
}
