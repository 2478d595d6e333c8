// A topic the file name cannot keep. `???` passed the form and gave "OH 03 -, with Ann": every
// character of it is one a file name leaves out (naming.ts), so the note's name said nothing
// of its topic. The form refuses such a topic as it refuses one a slug would drop.
import { renderName } from "../note/name-pattern";
import { safeFileName } from "./naming";

export const TOPIC_LOST = "File names cannot hold / \\ : * ? \" < > | # ^ [ ], and this topic has nothing else: give it at least one letter or digit.";

/** Whether the pattern writes the topic into the name (`{{topic}}` or `{{title}}`). */
function namesTopic(pattern: string): boolean {
  const fields = { show: "", code: "", number: "", season: null, guests: "", date: "" };
  return renderName(pattern, { ...fields, topic: "x" }) !== renderName(pattern, { ...fields, topic: "" });
}

/**
 * True when the topic goes into the file name and leaves nothing of its own there: once the
 * forbidden characters are dropped, only spaces, dots and the stand-ins for them (`-` for
 * `/ \ |` and `:`, `'` for `"`) are left.
 */
export function topicLostInName(topic: string, pattern: string): boolean {
  return namesTopic(pattern) && !/[^\s\-'.]/u.test(safeFileName(topic.trim(), ""));
}
