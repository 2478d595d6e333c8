// A comment on a talking point's line (`- Intro %% mention the sponsor %%`) is the host's
// private note: Obsidian's reading view leaves it out, so the live view must too, and so
// must the timestamps a video description publishes ({{timestamps}} drafts them from the
// talking points while no chapter is logged). The points were read from the raw line, and
// the comment went out with them (review3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { talkingPointTree, talkingPoints } from "../../../src/core/snippets/talking-points";
import { chapterFields } from "../../../src/core/live/chapter-snippets";
import { readNote } from "../../support/notes";

const P = "%%";

describe("comments on a talking point's line", () => {
  it("are left out of the point, as reading view shows it", () => {
    const text = `## Talking points\n- Intro ${P} mention the sponsor ${P}\n- Demo <!-- ask Ann first -->\n- Q&A ${P} runs on\n  to here ${P}\n`;
    expect(talkingPoints(text)).toEqual(["Intro", "Demo", "Q&A"]);
  });

  it("are left out of a nested point and of a segment heading", () => {
    const tree = talkingPointTree(`## Run of show ${P} 30 min ${P}\n- Intro\n  - Welcome ${P} say Ann's title ${P}\n`);
    expect(tree).toEqual([{ text: "Intro", line: 1, children: [{ text: "Welcome", depth: 1 }] }]);
  });

  it("never reach the timestamps drafted for the description", () => {
    const text = `---\ndate: 2024-01-05\n---\n# Episode\n\n## Talking points\n- Intro ${P} sponsor: Acme, do not say yet ${P}\n- Demo\n`;
    const { timestamps } = chapterFields(readNote("Show/SH 01 - Topic.md", text), text).fields;
    expect(timestamps).toContain("Intro");
    expect(timestamps).not.toContain("Acme");
  });

  it("any comment's words, on any point: never in the points", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}[A-Za-z]$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.boolean()), { minLength: 1, maxLength: 6 }), (rows) => {
        const lines = rows.map(([point, secret, html], i) => `- ${point} ${html ? `<!-- SECRET${i} ${secret} -->` : `${P} SECRET${i} ${secret} ${P}`}`);
        const points = talkingPoints(`## Talking points\n${lines.join("\n")}\n`);
        expect(points).toEqual(rows.map(([point]) => point));
        for (const p of points) expect(p).not.toContain("SECRET");
      }),
    );
  });
});
