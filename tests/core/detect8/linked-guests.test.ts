// The guests folder Detect sets: where the episodes' guest links lead, when more than half of
// the distinct linked notes lie in one folder (two at least, no tie) and that folder is mostly
// those notes; never the vault's top or a show's folder. Otherwise it follows the shows.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { linkedGuestsFolder, linkResolver, guestLinksOf } from "../../../src/core/detect/linked-guests";
import { foldersFollowingShows } from "../../../src/core/detect/guests-folder";
import { defaultSettings } from "../../../src/core/settings/settings";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { bestGrowth, whole } from "../../support/growth";

const few = (folder: string) => (f: string) => (f === folder ? 3 : 0);

describe("linkedGuestsFolder", () => {
  it("takes the folder most linked notes are in", () => {
    expect(linkedGuestsFolder(["People/Ann Lee.md", "People/Bo Chan.md", "People/Priya Nair.md"], few("People"), ["Shows"])).toEqual({ folder: "People", count: 3, of: 3 });
  });

  it("counts each linked note once: one guest linked fifty times does not outweigh two others", () => {
    const resolved = [...Array<string>(50).fill("Clients/Zed.md"), "People/Ann.md", "People/Bo.md"];
    expect(linkedGuestsFolder(resolved, () => 2, [])?.folder).toBe("People");
  });

  it("proposes nothing on a tie, for a single linked note, or when no folder holds more than half", () => {
    expect(linkedGuestsFolder(["A/x.md", "A/y.md", "B/z.md", "B/w.md"], () => 2, [])).toBeNull();
    expect(linkedGuestsFolder(["People/Ann.md"], () => 1, [])).toBeNull();
    expect(linkedGuestsFolder(["A/x.md", "A/y.md", "B/z.md", "C/w.md"], () => 2, [])).toBeNull();
    expect(linkedGuestsFolder([], () => 0, [])).toBeNull();
  });

  it("never the vault's top, a show's folder or a folder holding one", () => {
    expect(linkedGuestsFolder(["Ann.md", "Bo.md"], () => 2, ["Shows"])).toBeNull();
    expect(linkedGuestsFolder(["Shows/Ann.md", "Shows/Bo.md"], () => 2, ["Shows"])).toBeNull();
    expect(linkedGuestsFolder(["Work/Ann.md", "Work/Bo.md"], () => 2, ["Work/Podcast"])).toBeNull();
    // A folder inside a show's folder is fine: its notes are not episodes.
    expect(linkedGuestsFolder(["Podcast/People/Ann.md", "Podcast/People/Bo.md"], () => 2, ["Podcast"])?.folder).toBe("Podcast/People");
  });

  it("never a folder of other notes with a few people in it", () => {
    expect(linkedGuestsFolder(["Notes/Ann.md", "Notes/Bo.md", "Notes/Cy.md"], () => 300, [])).toBeNull();
    expect(linkedGuestsFolder(["Notes/Ann.md", "Notes/Bo.md", "Notes/Cy.md"], () => 6, [])?.folder).toBe("Notes");
  });

  it("for any links, the folder proposed holds more than half of the distinct linked notes", () => {
    const path = fc.tuple(fc.constantFrom("A", "B", "C", "D/E"), fc.constantFrom("p", "q", "r", "s", "t")).map(([f, n]) => `${f}/${n}.md`);
    fc.assert(
      fc.property(fc.array(path, { maxLength: 30 }), (resolved) => {
        const found = linkedGuestsFolder(resolved, () => 0, []);
        if (found === null) return;
        const distinct = new Set(resolved);
        const inIt = [...distinct].filter((p) => p.slice(0, p.lastIndexOf("/")) === found.folder).length;
        expect(inIt * 2).toBeGreaterThan(distinct.size);
        expect(inIt).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe("linkResolver", () => {
  const resolve = linkResolver(["People/Ann Lee.md", "Archive/Ann Lee.md", "Shows/2025/Bo Chan.md", "Shows/2025/PH 150.md", "Zed/xyz/more/Bo Chan.md", "image.png"]);

  it("finds a note by its name, case aside, and by its path", () => {
    expect(resolve("bo chan", "Daily/x.md")).toBe("Shows/2025/Bo Chan.md");
    expect(resolve("Archive/Ann Lee", "Shows/2025/PH 150.md")).toBe("Archive/Ann Lee.md");
    expect(resolve("Nobody", "Shows/2025/PH 150.md")).toBeNull();
  });

  it("of two notes of one name, the one beside the linking note, else the shortest path", () => {
    expect(resolve("Ann Lee", "Archive/PH 1.md")).toBe("Archive/Ann Lee.md");
    expect(resolve("Ann Lee", "Shows/2025/PH 150.md")).toBe("People/Ann Lee.md");
    expect(resolve("Bo Chan", "Zed/xyz/more/PH 1.md")).toBe("Zed/xyz/more/Bo Chan.md");
  });

  it("leaves out a heading, an alias and “.md”", () => {
    expect(resolve("Bo Chan#Bio", "a.md")).toBe("Shows/2025/Bo Chan.md");
    expect(resolve("Bo Chan.md|Bo", "a.md")).toBe("Shows/2025/Bo Chan.md");
  });

  it("reads a long link in linear time: a name of repeated “#”, “|”, “/” or “.md”", () => {
    for (const piece of ["#", "|", "/", ".md", "a#"]) {
      expect(bestGrowth((target: string) => resolve(target, "a.md"), whole((n) => `Bo Chan${piece.repeat(n)}`), 10000, 8)).toBeLessThan(8);
      expect(bestGrowth((target: string) => resolve(target, "a.md"), whole((n) => `${piece.repeat(n)}Bo Chan`), 10000, 8)).toBeLessThan(8);
    }
  });
});

describe("guestLinksOf", () => {
  it("reads the links of the guest fields only, each note as written", () => {
    const note = readNoteFacts("Shows/PH 150.md", "# PH 150\n\nGuest:: [[Ann Lee]], [[People/Bo Chan#Bio|Bo]]\nHost:: [[Me]]\n\n- [ ] Prep\n", [], {}, "UTC");
    expect(guestLinksOf([note], ["Guest"])).toEqual([
      { from: "Shows/PH 150.md", target: "Ann Lee" },
      { from: "Shows/PH 150.md", target: "People/Bo Chan" },
    ]);
  });
});

describe("foldersFollowingShows with the linked folder", () => {
  const settings = () => {
    const s = defaultSettings("UTC");
    s.shows = [{ ...s.shows[0]!, folder: "Shows" }];
    return s;
  };
  const none = () => false;

  it("the untouched guests folder goes where the links lead; the snippets folder still follows the shows", () => {
    expect(foldersFollowingShows(settings(), none, "People")).toEqual({ guestsFolder: "People", snippetsFolder: "Snippets" });
    expect(foldersFollowingShows(settings(), none, null)).toEqual({ guestsFolder: "Guests", snippetsFolder: "Snippets" });
  });

  it("a guests folder the user typed, or the default folder that exists, is never moved", () => {
    const typed = settings();
    typed.guestsFolder = "Contacts";
    expect(foldersFollowingShows(typed, none, "People").guestsFolder).toBeUndefined();
    expect(foldersFollowingShows(settings(), (f) => f === "Office Hours/Guests", "People").guestsFolder).toBeUndefined();
  });
});
