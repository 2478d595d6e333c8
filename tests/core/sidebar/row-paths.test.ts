import { describe, expect, it } from "vitest";
import { followRename, forgetPath, renamedPath } from "../../../src/core/sidebar/row-paths";

describe("row choices kept by path", () => {
  it("follow a note's rename and a folder's, never a sibling whose name only starts the same", () => {
    expect(renamedPath("Shows/a.md", "Shows/a.md", "Shows/b.md")).toBe("Shows/b.md");
    expect(renamedPath("Shows/a.md", "Shows", "Archive/Shows")).toBe("Archive/Shows/a.md");
    expect(renamedPath("Shows 2/a.md", "Shows", "Archive")).toBe("Shows 2/a.md");
    const paths = new Set(["Shows/a.md", "Shows/b.md", "Shows 2/c.md"]);
    followRename(paths, "Shows", "Old");
    expect([...paths].sort()).toEqual(["Old/a.md", "Old/b.md", "Shows 2/c.md"]);
  });

  it("a rename onto a kept path's old name swaps cleanly", () => {
    const paths = new Set(["a.md"]);
    followRename(paths, "a.md", "b.md");
    followRename(paths, "c.md", "a.md");
    expect([...paths]).toEqual(["b.md"]);
  });

  it("are dropped with the deleted note or folder", () => {
    const paths = new Set(["Shows/a.md", "Shows 2/c.md", "x.md"]);
    forgetPath(paths, "Shows");
    forgetPath(paths, "x.md");
    expect([...paths]).toEqual(["Shows 2/c.md"]);
  });
});
