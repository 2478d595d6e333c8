// Index lines that link the episode's video (mends6, src/core/index-note/video-link.ts): the
// GOH README's "- 07/07: [GOH 04 - …](https://www.youtube.com/watch?v=9oPe1IICE80) with
// Stephanie Hingtgen and Georges Chaudy" is GOH 04's line when the note's url: is that video.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeLists, type IndexEntry } from "../../../src/core/index-note/merge-lists";
import { videoKey } from "../../../src/core/index-note/video-link";
import { fiveShowNotes } from "../../support/five-shows";

const README = fiveShowNotes()["projects/Grafana Office Hours/Grafana Office Hours Readme.md"] ?? "";
const GOH04 = README.split("\n").find((l) => l.includes("GOH 04 - Private Data source Connect")) ?? "";

function goh04(url: string | null, guests = ["Stephanie Hingtgen", "Georges Chaudy"]): IndexEntry {
  return { basename: "GOH 04 - Private Data source Connect", link: "[[GOH 04 - Private Data source Connect]]", date: "2023-07-07", number: 4, guests, list: "past", url };
}

describe("a line linking the episode's video", () => {
  it("is the episode's: no second line, the README's line as written (a note copied from the team's README)", () => {
    expect(GOH04).toBe("- 07/07: [GOH 04 - Private Data source Connect](https://www.youtube.com/watch?v=9oPe1IICE80) with Stephanie Hingtgen and Georges Chaudy");
    for (const url of ["https://youtu.be/9oPe1IICE80", "http://youtube.com/watch?v=9oPe1IICE80&si=abc", "https://m.youtube.com/live/9oPe1IICE80?feature=share", "https://www.youtube.com/watch?v=9oPe1IICE80"]) {
      expect(mergeLists(["### Past", GOH04], [goh04(url)]), url).toEqual(["### Past", GOH04]);
    }
  });

  it("has its hand-written guests read: a guest the note adds is added to them", () => {
    const merged = mergeLists(["### Past", GOH04], [goh04("https://youtu.be/9oPe1IICE80", ["Stephanie Hingtgen", "Georges Chaudy", "Ann Lee"])]);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toContain("(https://www.youtube.com/watch?v=9oPe1IICE80) with Stephanie Hingtgen, Georges Chaudy and Ann Lee");
  });

  it("another video, or two notes with the one address, tell nothing: the episode gets its own line", () => {
    expect(mergeLists(["### Past", GOH04], [goh04("https://youtu.be/otherVideo1")])).toHaveLength(3);
    expect(mergeLists(["### Past", GOH04], [goh04("https://youtu.be/9oPe1IICE80"), { ...goh04("https://youtu.be/9oPe1IICE80"), basename: "GOH 04b" }]).filter((l) => l.includes("GOH 04"))).toHaveLength(3);
    expect(mergeLists(["### Past", GOH04], [goh04("https://youtu.be/9oPe1IICE80")])).toHaveLength(2);
  });
});

describe("the key of an address", () => {
  it("is the same for one page written differently, different for another page", () => {
    expect(videoKey("https://www.example.com/talks/42/?utm_source=x&b=2&a=1")).toBe(videoKey("http://example.com/talks/42?a=1&b=2"));
    expect(videoKey("https://example.com/talks/42")).not.toBe(videoKey("https://example.com/talks/43"));
    expect(videoKey("https://youtube.com/watch?v=abcdefg&list=PL1&t=30")).toBe("youtube:abcdefg");
    expect(videoKey("GOH%2004.md")).toBeNull();
  });

  it("youtu.be/ID and every youtube.com form of ID agree, whatever the tracking (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{11}$/), fc.constantFrom("", "?si=x", "?feature=share", "?utm_source=a&utm_medium=b"), fc.boolean(), (id, tracking, www) => {
        const base = videoKey(`https://youtu.be/${id}`);
        const host = www ? "www.youtube.com" : "youtube.com";
        for (const form of [`https://${host}/watch?v=${id}${tracking.replace("?", "&")}`, `http://${host}/live/${id}${tracking}`, `https://youtu.be/${id}/${tracking}`]) expect(videoKey(form)).toBe(base);
      }),
    );
  });
});
