// Where a guest link leads in the command-line tool (src/core/guests/link-dest.ts), by
// Obsidian's rules: the plugin asks metadataCache.getFirstLinkpathDest, the tool this, and
// both must name the same note for the same vault.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NotePaths, linkPath } from "../../../src/core/guests/link-dest";
import { bestGrowth, type Make } from "../../support/growth";

const VAULT = new NotePaths([
  "People/Ann Lee.md",
  "Archive/Old/Ann Lee.md",
  "Shows/Ann Lee.md",
  "Bo Chan.md",
  "People/Bo Chan.md",
  "People/Cy Dee.md",
  "Shows/2025/PH 150.md",
  "Shows/Platform Hour.md",
]);

describe("a guest link's note, as Obsidian resolves it", () => {
  it("a name one note carries leads there, whatever the case, with or without .md, a heading, a block or an alias", () => {
    for (const link of ["Cy Dee", "cy dee", "CY DEE.md", "Cy Dee#Bio", "Cy Dee#^intro", "Cy Dee|Cy", " Cy Dee "]) {
      expect(VAULT.dest(link, "Shows/2025/PH 150.md"), link).toBe("People/Cy Dee.md");
    }
  });

  it("of two notes of one name: the one under the linking note's folder, else the shortest path", () => {
    expect(VAULT.dest("Ann Lee", "Shows/2025/PH 150.md")).toBe("Shows/Ann Lee.md");
    expect(VAULT.dest("Ann Lee", "Shows/Platform Hour.md")).toBe("Shows/Ann Lee.md");
    expect(VAULT.dest("Ann Lee", "Daily/2025-03-03.md")).toBe("Shows/Ann Lee.md");
    expect(new NotePaths(["People/Ann Lee.md", "Archive/Old/Ann Lee.md"]).dest("Ann Lee", "Shows/PH 1.md")).toBe("People/Ann Lee.md");
    // At the vault's top: the name itself is the path of the note there.
    expect(VAULT.dest("Bo Chan", "People/Cy Dee.md")).toBe("Bo Chan.md");
  });

  it("a path in the link leads to that note, from the top or by its end; a leading / only from the top", () => {
    expect(VAULT.dest("People/Bo Chan", "Shows/2025/PH 150.md")).toBe("People/Bo Chan.md");
    expect(VAULT.dest("people/bo chan.md|Bo", "x.md")).toBe("People/Bo Chan.md");
    expect(VAULT.dest("Old/Ann Lee", "Shows/2025/PH 150.md")).toBe("Archive/Old/Ann Lee.md");
    expect(VAULT.dest("/People/Ann Lee", "Shows/2025/PH 150.md")).toBe("People/Ann Lee.md");
    expect(VAULT.dest("/Old/Ann Lee", "Shows/2025/PH 150.md")).toBeNull();
    // A folder boundary: "ple/Ann Lee" is no end of "People/Ann Lee".
    expect(VAULT.dest("ple/Ann Lee", "x.md")).toBeNull();
  });

  it("./ and ../ from the linking note's folder, exactly", () => {
    expect(VAULT.dest("../../People/Ann Lee", "Shows/2025/PH 150.md")).toBe("People/Ann Lee.md");
    expect(VAULT.dest("./Ann Lee", "Shows/Platform Hour.md")).toBe("Shows/Ann Lee.md");
    expect(VAULT.dest("./../People/Cy Dee", "Shows/Platform Hour.md")).toBe("People/Cy Dee.md");
    expect(VAULT.dest("./Ann Lee", "Daily/x.md")).toBeNull();
  });

  it("no note of that name: nowhere", () => {
    expect(VAULT.dest("Zed Q", "Shows/2025/PH 150.md")).toBeNull();
    expect(VAULT.dest("", "Shows/2025/PH 150.md")).toBeNull();
    expect(VAULT.dest("#Bio", "Shows/2025/PH 150.md")).toBeNull();
  });

  it("linkPath keeps the path only", () => {
    expect(linkPath("People/Ann Lee#Bio|Ann")).toBe("People/Ann Lee");
  });

  it("any note is reached by its path from the top, and a note alone with its name by the name (property)", () => {
    const segment = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,5}[A-Za-z]$/);
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join("/")}.md`);
    fc.assert(
      fc.property(fc.uniqueArray(path, { minLength: 1, maxLength: 12, selector: (p) => p.toLowerCase() }), fc.nat(), path, (paths, pick, from) => {
        const vault = new NotePaths(paths);
        const target = paths[pick % paths.length] ?? "";
        expect(vault.dest(target.slice(0, -3), from)).toBe(target);
        const name = target.slice(target.lastIndexOf("/") + 1, -3).toLowerCase();
        const sharing = paths.filter((p) => p.slice(p.lastIndexOf("/") + 1, -3).toLowerCase() === name);
        const found = vault.dest(name, from);
        if (sharing.length === 1) expect(found).toBe(target);
        // Whatever the ties, a name leads to a note of that name.
        else expect(sharing).toContain(found);
      }),
    );
  });

  it("a link of thousands of ../ or of slashes takes time in proportion to its length", () => {
    const LIMIT = 8;
    const ups: Make = (n, copies) => `${"../".repeat(n * copies)}People/Ann Lee`;
    expect(bestGrowth((link: string) => VAULT.dest(link, "a/b/c.md"), ups, 2000, LIMIT)).toBeLessThan(LIMIT);
    const slashes: Make = (n, copies) => `${"/".repeat(n * copies)}Ann Lee#${"#".repeat(n * copies)}`;
    expect(bestGrowth((link: string) => VAULT.dest(link, "a/b/c.md"), slashes, 50000, LIMIT)).toBeLessThan(LIMIT);
  });
});
