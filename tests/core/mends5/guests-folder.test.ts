// The untouched guests folder follows the shows Detect set up (core/detect/guests-folder.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonParent, guestsFolderFollowingShows } from "../../../src/core/detect/guests-folder";
import { defaultSettings, defaultShow } from "../../../src/core/settings/defaults";
import type { OfficeHoursSettings } from "../../../src/core/settings/settings";

function withShows(folders: string[], guestsFolder?: string): OfficeHoursSettings {
  const settings = defaultSettings();
  settings.shows = folders.map((folder, i) => ({ ...defaultShow("UTC", `Show ${i}`), id: `s${i}`, folder }));
  if (guestsFolder !== undefined) settings.guestsFolder = guestsFolder;
  return settings;
}

const nothing = () => false;

describe("commonParent", () => {
  it("is the deepest folder holding every show folder", () => {
    expect(commonParent(["projects/A", "projects/B"])).toBe("projects");
    expect(commonParent(["work/shows/A", "work/shows/B/", "work/shows/C"])).toBe("work/shows");
    expect(commonParent(["projects/A", "Podcast"])).toBe("");
    expect(commonParent(["projects/A"])).toBe("projects");
    // Parts compare whole: "projects" and "projects2" share no folder.
    expect(commonParent(["projects/A", "projects2/B"])).toBe("");
  });

  it("holds every folder given, for any folders", () => {
    const part = fc.constantFrom("a", "b", "ab", "c d");
    const folder = fc.array(part, { minLength: 1, maxLength: 4 }).map((p) => p.join("/"));
    fc.assert(
      fc.property(fc.array(folder, { minLength: 1, maxLength: 6 }), (folders) => {
        const parent = commonParent(folders);
        for (const f of folders) expect(parent === "" || f.startsWith(`${parent}/`)).toBe(true);
        // The deepest: one more part of the first folder's parent would leave some folder out.
        const firstParent = folders[0]?.split("/").slice(0, -1) ?? [];
        const deeper = firstParent.slice(0, parent === "" ? 1 : parent.split("/").length + 1).join("/");
        if (deeper !== parent) expect(folders.every((f) => f.startsWith(`${deeper}/`))).toBe(false);
      }),
    );
  });
});

describe("guestsFolderFollowingShows", () => {
  it("moves the untouched, absent default beside the shows", () => {
    expect(guestsFolderFollowingShows(withShows(["projects/A", "projects/B"]), nothing)).toBe("projects/Guests");
    expect(guestsFolderFollowingShows(withShows(["Podcast", "Stream"]), nothing)).toBe("Guests");
  });

  it("never moves a folder the user set, nor the default when it exists", () => {
    expect(guestsFolderFollowingShows(withShows(["projects/A"], "People"), nothing)).toBeNull();
    expect(guestsFolderFollowingShows(withShows(["projects/A"]), (f) => f === "Office Hours/Guests")).toBeNull();
  });

  it("keeps the default while a show still lives in “Office Hours”", () => {
    expect(guestsFolderFollowingShows(withShows(["Office Hours", "projects/A"]), nothing)).toBeNull();
  });
});
