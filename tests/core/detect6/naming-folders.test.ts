// Show names for series kept in generic folders, and the folder settings that follow the
// shows after Detect (detect6).
import { describe, expect, it } from "vitest";
import { detect, episode, vault } from "../detect/fixture-vault";
import { exampleFolderSettings, foldersFollowingShows } from "../../../src/core/detect/guests-folder";
import { defaultSettings, defaultShow } from "../../../src/core/settings/settings";

const names = (files: Record<string, string>) => detect(vault(files), { timeZone: "UTC" }).shows.map((p) => [p.show.name, p.evidence.name?.reasons[0]]);
const two = (folder: string, a: string, b: string) => ({ [`${folder}/${a}.md`]: episode({ date: "2024-01-05" }), [`${folder}/${b}.md`]: episode({ date: "2024-01-12" }) });

describe("a show in a generic folder", () => {
  it("“Calls” takes the nearest folder above that is not generic, however many generic ones lie between", () => {
    expect(names(two("Loki/Calls", "2025-03-25-loki-cache", "2025-06-24-road-to-4-0"))[0]?.[0]).toBe("Loki");
    expect(names(two("Team/Loki/Shows/Calls", "2025-03-25-loki-cache", "2025-06-24-road-to-4-0"))[0]).toEqual(["Loki", "the folder's name (Loki); Calls only says what the notes are"]);
  });

  it("a show property the episodes agree on names it before any folder", () => {
    const files = {
      "Notes/BB 01 - A.md": `---\nshow: Berlin Bytes\n---\n${episode().replace(/^---\ndate: \n---\n/, "")}`,
      "Notes/BB 02 - B.md": `---\nshow: "[[Berlin Bytes]]"\n---\n${episode().replace(/^---\ndate: \n---\n/, "")}`,
    };
    expect(names(files)[0]).toEqual(["Berlin Bytes", "“show: Berlin Bytes” in 2 of 2 episode notes"]);
  });

  it("generic folders up to the vault's top: the template's name, then the code, and only last the word itself", () => {
    expect(names({ ...two("Episodes", "BB 01 - A", "BB 02 - B"), "Templates/Berlin Bytes episode template.md": episode({ guest: "Guest::" }) })[0]?.[0]).toBe("Berlin Bytes");
    expect(names(two("Episodes", "BB 01 - A", "BB 02 - B"))[0]?.[0]).toBe("BB");
    expect(names(two("Calls", "2025-03-25-loki-cache", "2025-06-24-road-to-4-0"))[0]).toEqual(["Calls", "the folder's name (Calls), a generic word: nothing else names the show"]);
  });

  it("a folder that names the show is its name, as before", () => {
    expect(names(two("Podcasts/Berlin Bytes", "BB 01 - A", "BB 02 - B"))[0]?.[0]).toBe("Berlin Bytes");
  });
});

describe("folder settings that name the example show", () => {
  const accepted = (folders: string[]) => {
    const settings = defaultSettings("UTC");
    settings.shows = folders.map((folder, i) => ({ ...defaultShow("UTC", `S${i}`), id: `s${i}`, folder }));
    return settings;
  };
  const none = () => false;

  it("are found from the defaults: the guests and the snippets folders", () => {
    expect(exampleFolderSettings().map(([key]) => key).sort()).toEqual(["guestsFolder", "snippetsFolder"]);
  });

  it("follow the shows to their common folder", () => {
    expect(foldersFollowingShows(accepted(["projects/A", "projects/B"]), none)).toEqual({ guestsFolder: "projects/Guests", snippetsFolder: "projects/Snippets" });
    expect(foldersFollowingShows(accepted(["A", "B"]), none)).toEqual({ guestsFolder: "Guests", snippetsFolder: "Snippets" });
  });

  it("stay when typed by the user, when the folder exists, or while a show lives in the example show's folder", () => {
    const typed = accepted(["projects/A"]);
    typed.snippetsFolder = "My snippets";
    expect(foldersFollowingShows(typed, none)).toEqual({ guestsFolder: "projects/Guests" });
    expect(foldersFollowingShows(accepted(["projects/A"]), (f) => f === "Office Hours/Snippets")).toEqual({ guestsFolder: "projects/Guests" });
    expect(foldersFollowingShows(accepted(["Office Hours", "projects/A"]), none)).toEqual({});
    expect(foldersFollowingShows(accepted([]), none)).toEqual({});
  });
});
