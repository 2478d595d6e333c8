// A list of guest ideas is also a to-do list: "Explore Profiles", "Check Grafana Cloud",
// "Ask Ann Lee about Loki". A capitalised verb in its bare (imperative) form opening a run
// is an instruction, never the first word of a person's name, so it is no part of the name.
// What follows it decides: a verb whose object is a person ("Ask", "Invite", "Contact")
// leaves the rest a likely guest; any other ("Explore", "Review") leaves it a thing, offered
// unticked for the user to judge.
// The lists are the general category (the verbs of notes and to-do lists, English and
// Spanish), not any vault's words. Verbs that are also given names are left out: Will,
// Bill, Grace, Hope, Mark, Chase, Drew, Pat, Rob, Sue, Grant, Frank, Skip, Page, Jack, Don,
// Nick, Guy, Carol, Ray, Wade, Pierce, Lance, Trace, Ping; so are "Post" (Post Malone) and "Call" (a
// community call's name).

/** Verbs whose object is a person: the name after them is a likely guest. */
const PERSON_VERBS = new Set(
  "ask invite contact email e-mail message dm meet interview thank remind introduce nudge reach recruit book poke text invitar contactar preguntar llamar escribir entrevistar recordar".split(" "),
);

/** Verbs of any other object: what follows them is a thing until the user says otherwise. */
const THING_VERBS = new Set(
  [
    "explore check review research investigate consider look find try test read watch learn compare discuss plan prepare draft schedule confirm send share record publish",
    "add fix update write build create make set get move remove clean cancel start finish talk demo show cover explain announce promote mention highlight feature",
    "collect gather document deploy migrate upgrade install configure enable disable monitor measure analyze analyse debug evaluate verify validate improve optimize",
    "automate integrate connect visualize visualise query search browse visit figure decide brainstorm outline revisit rewatch edit upload download prep follow",
    "use run scale ship host observe instrument profile log alert troubleshoot benchmark welcome wrap",
    "explorar revisar buscar probar mirar investigar preparar grabar publicar leer comparar documentar organizar agendar confirmar enviar compartir",
  ]
    .join(" ")
    .split(" "),
);

/** Verbs that are given names too (Trace Adkins, Ping Fu): only their "-ing" form ("Tracing Loki") is a verb's. */
const NAME_VERBS = new Set(["trace", "ping"]);

const LONGEST = 20;

/**
 * "person" or "thing" for a run's first word in the bare form of a to-do verb, or its
 * "-ing" form, which opens a session's title ("Scaling Memcache", "Using Grafana",
 * "Monitoring Memcache"): a topic, never a person; null for any other word. The "-ing"
 * form counts only when its stem is a listed verb, so names ending in "ing" (Jing, Yuting,
 * Sterling, Manning, Irving) are left alone.
 */
export function taskVerb(word: string): "person" | "thing" | null {
  // No listed verb, nor its "-ing" form, is longer: a long word is not copied to find out.
  if (word.length > LONGEST) return null;
  const folded = word.toLowerCase();
  if (PERSON_VERBS.has(folded)) return "person";
  if (THING_VERBS.has(folded)) return "thing";
  if (folded.length >= 5 && folded.endsWith("ing")) {
    const stem = folded.slice(0, -3);
    // "scaling" ← scale, "logging" ← log, "monitoring" ← monitor.
    const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2];
    for (const verb of [stem, `${stem}e`, ...(doubled ? [stem.slice(0, -1)] : [])]) if (PERSON_VERBS.has(verb) || THING_VERBS.has(verb) || NAME_VERBS.has(verb)) return "thing";
  }
  return null;
}

/** Both lists, for the test that keeps given names out of them. */
export const TASK_VERBS: ReadonlySet<string> = new Set([...PERSON_VERBS, ...THING_VERBS]);

/**
 * The to-do verb a run of name words follows, when the text before the run (its titles
 * left out: "Ask Dr. ") is that one verb and nothing else ("Ask ", "Invite "): the verb
 * and what stood before it, "" at an item's start. Null for any other text.
 */
export function verbBefore(lead: string): { verb: "person" | "thing"; before: string } | null {
  const m = /^(\s*)(\p{L}+)\s+$/u.exec(lead.length > LONGEST * 2 ? "" : lead);
  const verb = m === null ? null : taskVerb(m[2] ?? "");
  return verb === null ? null : { verb, before: m?.[1] ?? "" };
}
