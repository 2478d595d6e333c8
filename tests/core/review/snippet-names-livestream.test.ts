// Review finding (src/core/snippets/catalog.ts, snippetsForShow): a user note replaces a
// built-in snippet named as either format's wording. For a live stream (every show made
// before formats existed) a note of the user's own called "Show notes", "Episode title" or
// "Episode announcement" (the podcast's names) now took the place of the built-in Video
// description, Broadcast title or Meetup event, which left the picker though the user
// asked for nothing.
import { describe, expect, it } from "vitest";
import { BUILTIN_SNIPPETS, nameKey, snippetsForShow, type Snippet } from "../../../src/core/snippets/catalog";

const note = (name: string): Snippet => ({ id: nameKey(name), name, description: "", text: "Mine: {{topic}}", source: `Snippets/${name}.md`, show: null });

describe("a live stream's built-in snippets", () => {
  // Defect: catalog.ts's NAMES_OF_ID lets the podcast's names replace a live stream's built-ins.
  it("are replaced only by their own names; a note named as a podcast's is one more snippet", () => {
    const mine = ["Show notes", "Episode title", "Episode announcement"].map(note);
    const offered = snippetsForShow(mine, ["GOH"]);
    for (const builtin of BUILTIN_SNIPPETS) expect(offered).toContainEqual(builtin);
    expect(offered.slice(BUILTIN_SNIPPETS.length).map((s) => s.name)).toEqual(["Show notes", "Episode title", "Episode announcement"]);
  });

  it("are still replaced by a note of their own name", () => {
    const offered = snippetsForShow([note("Video description")], ["GOH"]);
    expect(offered.find((s) => s.id === "video-description")?.text).toBe("Mine: {{topic}}");
    expect(offered).toHaveLength(BUILTIN_SNIPPETS.length);
  });
});
