// Pronouns written in a guest field's parentheses: "Bo Chan (she/her)" is how many hosts
// announce a guest's pronouns, and the reader takes any parentheses as the affiliation.
// Read as a company, "she/her" became the guest's company in the texts, the report and a
// new guest note. Only the slash form counts: no company is written "they/them".

const PRONOUN = "(?:she|her|hers|he|him|his|they|them|their|theirs|ze|zir|hir|xe|xem|ey|em|it|its|any|all|ella|él|el|elle|iel|sie|ihr|er|ihm)";
const PRONOUNS = new RegExp(`^${PRONOUN}(?:\\s*/\\s*${PRONOUN}){1,3}$`, "iu");

/** The pronouns an affiliation gives ("she/her", "They / Them"), or null for a company. */
export function pronounsIn(affiliation: string | null): string | null {
  if (affiliation === null) return null;
  const text = affiliation.trim();
  return text.length <= 40 && PRONOUNS.test(text) ? text : null;
}
