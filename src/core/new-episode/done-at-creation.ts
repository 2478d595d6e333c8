// Items of the episode's own checklist that "New episode" has just done: the GOH template
// opens with "Create a new `.md` file and copy this template into it." The note is
// written with those items ticked, so the first open item is real work. Only an item whose
// first sentence says exactly that (create the note or the `.md` file, from this
// template) is ticked; anything more ("Create a new file in Canva", "Create a thumbnail",
// "Update the Readme": New episode writes no index note) stays as the template has it.
import { splitLines } from "../text/lines";
import { bodyStartOf } from "../note/frontmatter";
import { scanBody } from "../note/scan";
import { plainText } from "../text/plain";

const VERB = String.raw`(?:create|make|start|add|set up|crea|crear|hacer|haz)`;
const ARTICLE = String.raw`(?:(?:a|an|the|this|its|un|una|el|la)\s+)?`;
const NEW = String.raw`(?:(?:new|nuevo|nueva)\s+)?`;
/** A file: only with what says it is the note (`.md`, Markdown, Obsidian, episode). */
const QUALIFIED_FILE = String.raw`(?:(?:\.md|md|markdown|obsidian|episode|episode's)\s+(?:file|note)|(?:archivo|fichero)\s+(?:\.md|md|markdown)|file\s+\.md)`;
const NOTE = String.raw`(?:(?:episode\s+|episode's\s+|obsidian\s+)?note|nota(?:\s+del?\s+episodio)?|\.md)`;
const FOR = String.raw`(?:\s+(?:for|of)\s+(?:this|the)\s+(?:episode|show|stream|call)|\s+(?:para|de)\s+(?:este|el)\s+episodio)?`;
const TEMPLATE = String.raw`(?:,?\s+(?:and\s+)?(?:copy|paste|copying|pasting)\s+(?:this|the)\s+template\s+in(?:to)?\s+it|\s+(?:from|with|using)\s+(?:this|the)\s+template)?`;
const CREATE_NOTE = new RegExp(String.raw`^${VERB}\s+${ARTICLE}${NEW}(?:${QUALIFIED_FILE}|${NOTE})${FOR}${TEMPLATE}$`, "i");
/** "Make a note (of the call)", "Add a note": jotting something down, not creating the episode's note. */
const JOT_DOWN = /^(?:make|add|hacer|haz)\s+(?:(?:a|an|the|un|una|la)\s+)?(?:note|nota)(?:\s+(?:of|for)\b|$)/i;

/** The item's first sentence, as read (links and emphasis dropped), without its full stop. */
function firstSentence(text: string): string {
  const plain = plainText(text);
  const end = /[.!?](?:\s|$)/.exec(plain);
  return (end ? plain.slice(0, end.index) : plain).trim();
}

/** Does this item ask for the episode note to be created, and nothing else? */
export function isCreateNoteItem(text: string): boolean {
  const sentence = firstSentence(text);
  return CREATE_NOTE.test(sentence) && !JOT_DOWN.test(sentence);
}

/** `- [ ] ` (any list marker, indentation, quote): where the space between the brackets is. */
const OPEN_BOX = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[) \]/;

/** The note's text with its open "create the note" items ticked, and their texts. */
export function tickDoneAtCreation(content: string): { content: string; ticked: string[] } {
  const lines = splitLines(content);
  const tasks = scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false }).tasks;
  const ticked: string[] = [];
  const boxes: number[] = [];
  // Tasks come in line order: each line's offset is found by walking on from the last one.
  let line = 0;
  let lineAt = 0;
  for (const task of tasks) {
    if (task.status !== " " || !isCreateNoteItem(task.text)) continue;
    const box = OPEN_BOX.exec(lines[task.line] ?? "");
    if (!box?.[1]) continue;
    for (; line < task.line; line++) lineAt = content.indexOf("\n", lineAt) + 1;
    boxes.push(lineAt + box[1].length);
    ticked.push(task.text);
  }
  // Only the character between the brackets changes: every other byte is the template's.
  const pieces: string[] = [];
  let from = 0;
  for (const at of boxes) {
    pieces.push(content.slice(from, at), "x");
    from = at + 1;
  }
  pieces.push(content.slice(from));
  return { content: pieces.join(""), ticked };
}

/**
 * The notice for items a command ticked because it did them (New episode, "Update episode
 * list in index note"): which note, what did it, the items, and how to keep them open.
 */
export function tickedNotice(basename: string, doneBy: string, ticked: readonly string[]): string {
  const items = ticked.map((t) => `“${t}”`).join(", ");
  return `Ticked in ${basename}, as ${doneBy} did it: ${items} To leave such items open, turn off “Tick what New episode did” in Settings → Office Hours.`;
}
