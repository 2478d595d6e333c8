// The talking points read headings and list items by the reader's own rules (blocks.ts):
// a heading indented 1–3 spaces is a heading, a closing `##` is no part of its title, and
// a numbered item (`1.` / `1)`) is a point like a `-` item.
import { describe, expect, it } from "vitest";
import { talkingPointTree, talkingPoints } from "../../src/core/snippets/talking-points";

describe("talking points by the reader's rules", () => {
  it("finds a heading indented up to three spaces, not four (that is code)", () => {
    expect(talkingPoints("   ## Talking points\n- Intro\n- Demo\n")).toEqual(["Intro", "Demo"]);
    expect(talkingPoints("    ## Talking points\n- Intro\n")).toEqual([]);
  });

  it("drops a closing ## from the title, and ends the list at an indented heading of the same level", () => {
    expect(talkingPoints("## Talking points ##\n- Intro\n  ## Just before the show ##\n- Check the mic\n")).toEqual(["Intro"]);
  });

  it("reads numbered items, with . or ), and their nested items", () => {
    const tree = talkingPointTree("## Agenda\n1. Intro\n2) Demo\n   1. Setup\n10. [ ] Questions\n");
    expect(tree.map((p) => p.text)).toEqual(["Intro", "Demo", "Questions"]);
    expect(tree[1]?.children).toEqual([{ text: "Setup", depth: 1 }]);
  });

  // A guard on the new rule, not a fix: it passed before too.
  it("takes no number without its dot or bracket, or one glued to the text", () => {
    expect(talkingPoints("## Agenda\n2024 was big\n1.Intro\n- Real\n")).toEqual(["Real"]);
  });
});
