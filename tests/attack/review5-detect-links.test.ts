// review5: two resolvers for one question, "where does this guest link lead?", and the
// command line uses both. `guests` resolves with core/guests/link-dest.ts (NotePaths: the
// rules Obsidian's getFirstLinkpathDest follows, `./` `../` and `/` read, a block id cut, a
// note under the linking note's folder first); `detect --write` picks the guests folder
// with core/detect/linked-guests.ts:82 linkResolver, a second rule that reads no `../`
// or `/` link, and prefers only the very same folder, else the
// shortest path. So for one vault the two commands disagree on where a guest link leads,
// and detect counts a guest whose link it cannot follow as no guest at all.
// Also core/detect/linked-guests.ts:33 guestLinksOf hands the link on undecoded: a Markdown
// link `[Cy](People/Cy%20Diaz.md)` leads nowhere for detect (both shells), where the guests
// index decodes it first (core/guests/mention.ts).
// Fix: drop linkResolver; the CLI passes `(t, from) => new NotePaths(paths).dest(t, from)`
// (built once) to linkedGuestsFolderOf, and guestLinksOf decodes a link as mention.ts does.
import { describe, expect, it } from "vitest";
import { linkResolver, guestLinksOf } from "../../src/core/detect/linked-guests";
import { NotePaths } from "../../src/core/guests/link-dest";
import { readNoteFacts } from "../../src/core/detect/note-facts";

const PATHS = ["Shows/PH/PH 150.md", "Shows/People/Ann Lee.md", "People/Ann Lee.md", "Shows/PH/sub/Bo Chen.md", "People/Bo Chen.md", "People/Cy Diaz.md"];
const FROM = "Shows/PH/PH 150.md";
/** Links as hosts write them in a guest field (the path part: what both resolvers take). */
const LINKS = ["People/Ann Lee", "../People/Ann Lee", "/People/Ann Lee", "./sub/Bo Chen", "Bo Chen", "Cy Diaz#^bio", "People/Cy Diaz.md"];

describe("review5: detect --write and guests read a guest link the same way", () => {
  it("guard: both resolvers find a plain path link", () => {
    expect(linkResolver(PATHS)("People/Ann Lee", FROM)).toBe("People/Ann Lee.md");
    expect(new NotePaths(PATHS).dest("People/Ann Lee", FROM)).toBe("People/Ann Lee.md");
  });

  it.fails("every link leads to the same note in both", () => {
    const detect = linkResolver(PATHS);
    const guests = new NotePaths(PATHS);
    for (const link of LINKS) expect({ link, to: detect(link, FROM) }).toEqual({ link, to: guests.dest(link, FROM) });
  });

  it.fails("a relative link is followed by detect as Obsidian follows it", () => {
    expect(linkResolver(PATHS)("../People/Ann Lee", FROM)).toBe("Shows/People/Ann Lee.md");
  });

  it.fails("a Markdown guest link with an encoded space reaches detect decoded", () => {
    const note = readNoteFacts("Shows/PH/PH 151.md", "# PH 151\n\nGuest:: [Cy Diaz](People/Cy%20Diaz.md)\n", [], {}, "UTC");
    const links = guestLinksOf([note], ["Guest"]);
    expect(links.map((l) => linkResolver(PATHS)(l.target, l.from))).toEqual(["People/Cy Diaz.md"]);
  });
});
