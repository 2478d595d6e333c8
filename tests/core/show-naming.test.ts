// A show set up by hand: its folder and code follow its name until its folder exists.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { codeFromName, folderFromName, followName } from "../../src/core/settings/show-naming";
import { defaultShow } from "../../src/core/settings/settings";

const nothing = () => false;

describe("a show's folder and code follow its name", () => {
  it("the untouched default show renamed: folder and code follow, keystroke by keystroke", () => {
    let show = { name: "Office Hours", folder: "Office Hours", code: "OH" };
    for (const name of ["B", "Be", "Berlin", "Berlin W", "Berlin Weekly"]) show = { name, ...followName(show, name, nothing) };
    expect(show).toEqual({ name: "Berlin Weekly", folder: "Berlin Weekly", code: "BW" });
  });

  it("the default show is what the name gives", () => {
    const show = defaultShow("UTC");
    expect([folderFromName(show.name), codeFromName(show.name)]).toEqual([show.folder, show.code]);
  });

  it("stays once the folder exists: notes may be in it", () => {
    const show = { name: "Office Hours", folder: "Office Hours", code: "OH" };
    expect(followName(show, "Berlin Weekly", (f) => f === "Office Hours")).toEqual({ folder: "Office Hours", code: "OH" });
  });

  it("a folder or code the user typed stays; the other still follows", () => {
    expect(followName({ name: "Office Hours", folder: "Podcasts", code: "OH" }, "Berlin Weekly", nothing)).toEqual({ folder: "Podcasts", code: "BW" });
    expect(followName({ name: "Office Hours", folder: "Office Hours", code: "OHX" }, "Berlin Weekly", nothing)).toEqual({ folder: "Berlin Weekly", code: "OHX" });
    // An empty folder (the vault's top) is a choice too.
    expect(followName({ name: "Office Hours", folder: "", code: "OH" }, "Berlin Weekly", nothing)).toEqual({ folder: "", code: "OH" });
  });

  it("a name with characters no folder may hold gives a safe folder; one with no letter gives no code", () => {
    expect(followName({ name: "Show 2", folder: "Show 2", code: "S2" }, "AC/DC: Talks?", nothing)).toEqual({ folder: "AC-DC - Talks", code: "ADT" });
    expect(codeFromName("🎙️ !!")).toBe("");
  });

  it("renamed there and back, an untouched show is what it was (property)", () => {
    const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(name, name, (a, b) => {
        const start = { name: a, folder: folderFromName(a), code: codeFromName(a) };
        const there = { name: b, ...followName(start, b, nothing) };
        expect(there).toEqual({ name: b, folder: folderFromName(b), code: codeFromName(b) });
        expect({ name: a, ...followName(there, a, nothing) }).toEqual(start);
      }),
    );
  });
});
