// renames1: the settings' paths follow a file or folder renamed in Obsidian (core rule,
// src/core/settings/followed-paths.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import "../../support/fast-check-seed";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../../src/core/settings/settings";
import { followRename, followedNotice, followedPath, mergeFollowed } from "../../../src/core/settings/followed-paths";

function settings(): OfficeHoursSettings {
  const oh = { ...defaultShow("UTC", "Office Hours"), folder: "Office Hours", indexNote: "Office Hours/Office Hours episodes.md", template: "Templates/OH episode" };
  const goh = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "Shows/GOH", indexNote: "Shows/GOH.md", template: "Shows/GOH/Template.md" };
  return { ...defaultSettings("UTC"), shows: [oh, goh], templateFolders: ["Templates", "Shows/GOH/Drafts"], snippetsFolder: "Office Hours/Snippets", calendarFolder: "Calendar", guestsFolder: "People/Guests" };
}

describe("followedPath", () => {
  it("a folder's rename moves the folder and every path under it, compared by part", () => {
    expect(followedPath("Office Hours", "folder", "Office Hours", "OH", true)).toBe("OH");
    expect(followedPath("Office Hours/Snippets", "folder", "Office Hours", "OH", true)).toBe("OH/Snippets");
    expect(followedPath("Office Hours/Office Hours episodes.md", "note", "Office Hours", "Shows/OH", true)).toBe("Shows/OH/Office Hours episodes.md");
    // "Office Hours 2" only starts with the same letters.
    expect(followedPath("Office Hours 2", "folder", "Office Hours", "OH", true)).toBeNull();
    expect(followedPath("Office Hours 2/Snippets", "folder", "Office Hours", "OH", true)).toBeNull();
  });

  it("compares as the settings page does (NFC, any case); the renamed part as the vault spells it, the rest as stored", () => {
    expect(followedPath("office hours/snippets", "folder", "Office Hours", "OH", true)).toBe("OH/snippets");
    const nfd = "Cafe\u0301";
    expect(followedPath(`${nfd}/Notes`, "folder", "Café", "Bar", true)).toBe("Bar/Notes");
  });

  it("a note setting equal to a folder's path names the note beside it, not the folder", () => {
    expect(followedPath("Shows/GOH", "note", "Shows/GOH", "Shows/G", true)).toBeNull();
  });

  it("a note's rename: stored with or without .md, it keeps its form", () => {
    expect(followedPath("Templates/OH episode", "note", "Templates/OH episode.md", "Templates/Episode.md", false)).toBe("Templates/Episode");
    expect(followedPath("Templates/OH episode.md", "note", "Templates/OH episode.md", "Templates/Episode.md", false)).toBe("Templates/Episode.md");
    expect(followedPath("Templates/OH episode.MD", "note", "templates/oh episode.md", "X.md", false)).toBe("X.md");
  });

  it("a note renamed to another kind of file is not followed; a file never moves a folder setting", () => {
    expect(followedPath("Shows/GOH.md", "note", "Shows/GOH.md", "Shows/GOH.txt", false)).toBeNull();
    expect(followedPath("Calendar", "folder", "Calendar", "Cal", false)).toBeNull();
  });

  it("an empty setting (none) never follows anything", () => {
    for (const stored of ["", " ", "/"]) expect(followedPath(stored, "folder", "Office Hours", "OH", true)).toBeNull();
  });
});

describe("followRename", () => {
  it("renaming the show folder moves its folder, index note, and the snippets folder under it; the input is not changed", () => {
    const before = settings();
    const copy = structuredClone(before);
    const { settings: after, changes } = followRename(before, "Office Hours", "OH", true);
    expect(before).toEqual(copy);
    expect(after.shows[0]?.folder).toBe("OH");
    expect(after.shows[0]?.indexNote).toBe("OH/Office Hours episodes.md");
    expect(after.snippetsFolder).toBe("OH/Snippets");
    expect(after.shows[1]).toBe(before.shows[1]);
    expect(changes.map((c) => c.setting)).toEqual(["folder", "indexNote", "snippetsFolder"]);
    expect(followedNotice(changes)).toBe(
      "Office Hours now looks for Office Hours' episodes in OH. Office Hours now keeps Office Hours' episode list in OH/Office Hours episodes.md. Office Hours now reads your snippets from OH/Snippets.",
    );
  });

  it("every path setting follows: template, template folders, calendar and guests folders", () => {
    let s = settings();
    s = followRename(s, "Templates", "Tpl", true).settings;
    s = followRename(s, "Calendar", "Invites", true).settings;
    s = followRename(s, "People", "Humans", true).settings;
    s = followRename(s, "Shows/GOH/Template.md", "Shows/GOH/Episode template.md", false).settings;
    expect(s.shows[0]?.template).toBe("Tpl/OH episode");
    expect(s.templateFolders).toEqual(["Tpl", "Shows/GOH/Drafts"]);
    expect(s.calendarFolder).toBe("Invites");
    expect(s.guestsFolder).toBe("Humans/Guests");
    expect(s.shows[1]?.template).toBe("Shows/GOH/Episode template.md");
  });

  it("nothing named: the same settings object and no change", () => {
    const s = settings();
    const followed = followRename(s, "Elsewhere", "Other", true);
    expect(followed.settings).toBe(s);
    expect(followed.changes).toEqual([]);
  });

  it("the notice names the first few and counts the rest", () => {
    const s = { ...settings(), shows: Array.from({ length: 6 }, (_, i) => ({ ...defaultShow("UTC", `Show ${i}`), id: `s${i}`, folder: `All/Show ${i}` })) };
    const { changes } = followRename(s, "All", "Everything", true);
    expect(changes).toHaveLength(6);
    const text = followedNotice(changes);
    expect(text).toContain("Office Hours now looks for Show 0's episodes in Everything/Show 0.");
    expect(text).not.toContain("Show 5's");
    expect(text.endsWith("2 more settings followed the rename too (Settings → Office Hours shows them).")).toBe(true);
  });
});

describe("mergeFollowed", () => {
  it("one change per setting, first path to last; a setting back where it was is not told", () => {
    const s = settings();
    const a = followRename(s, "Office Hours", "OH", true);
    const b = followRename(a.settings, "OH", "Office Hours", true);
    const c = followRename(b.settings, "Calendar", "Cal", true);
    const merged = mergeFollowed([...a.changes, ...b.changes, ...c.changes]);
    expect(merged.map((m) => [m.setting, m.from, m.to])).toEqual([["calendarFolder", "Calendar", "Cal"]]);
  });
});

// Properties over random vaults of paths: parts drawn from a few names (so prefixes and
// case twins happen often), the settings spelled as the vault spells them.
const part = fc.constantFrom("A", "a", "B", "Shows", "shows", "Office Hours", "Office Hours 2", "x", "Café", "Cafe\u0301");
const folder = fc.array(part, { minLength: 1, maxLength: 3 }).map((p) => p.join("/"));
const note = fc.tuple(folder, fc.boolean()).map(([f, md]) => (md ? `${f}.md` : f));
const storedSettings = fc
  .record({ folder, indexNote: note, template: note, snippets: folder, calendar: folder, guests: folder, templateFolders: fc.array(folder, { maxLength: 2 }) })
  .map((p): OfficeHoursSettings => ({
    ...defaultSettings("UTC"),
    shows: [{ ...defaultShow("UTC"), folder: p.folder, indexNote: p.indexNote, template: p.template }],
    snippetsFolder: p.snippets,
    calendarFolder: p.calendar,
    guestsFolder: p.guests,
    templateFolders: p.templateFolders,
  }));
const key = (path: string) => path.normalize("NFC").toLowerCase();
const isUnder = (path: string, prefix: string) => key(path) === key(prefix) || key(path).startsWith(`${key(prefix)}/`);
const allPaths = (s: OfficeHoursSettings) => [s.shows[0]?.folder, s.shows[0]?.indexNote, s.shows[0]?.template, s.snippetsFolder, s.calendarFolder, s.guestsFolder, ...s.templateFolders].map(String);
const mdOf = (p: string) => (/\.md$/i.test(p) ? p : `${p}.md`);

describe("properties", () => {
  it("a stored path not under the renamed one (nor that note) never changes", () => {
    fc.assert(
      fc.property(storedSettings, folder, folder, fc.boolean(), (s, from, to, isFolder) => {
        const oldPath = isFolder ? from : `${from}.md`;
        const after = allPaths(followRename(s, oldPath, isFolder ? to : `${to}.md`, isFolder).settings);
        allPaths(s).forEach((p, i) => {
          const named = isFolder ? isUnder(p, from) : key(mdOf(p)) === key(oldPath);
          if (!named) expect(after[i]).toBe(p);
        });
      }),
    );
  });

  it("renaming back restores the settings exactly (the new path named nothing before)", () => {
    fc.assert(
      fc.property(storedSettings, folder, folder, fc.boolean(), (s, from, to, isFolder) => {
        const [oldPath, newPath] = isFolder ? [from, to] : [`${from}.md`, `${to}.md`];
        // Obsidian renames only to a free path: no setting names anything there yet.
        fc.pre(!isUnder(from, to) && !isUnder(to, from) && !allPaths(s).some((p) => isUnder(p, to) || isUnder(mdOf(p), newPath)));
        // Settings spelled as the vault spells what they name: the vault's spelling of `from`.
        fc.pre(allPaths(s).every((p) => !isUnder(p, from) || p.startsWith(from)));
        const there = followRename(s, oldPath, newPath, isFolder).settings;
        const back = followRename(there, newPath, oldPath, isFolder).settings;
        expect(back).toEqual(s);
      }),
    );
  });

  it("every stored path under a renamed folder ends up under the new one", () => {
    fc.assert(
      fc.property(storedSettings, folder, folder, (s, from, to) => {
        const after = allPaths(followRename(s, from, to, true).settings);
        allPaths(s).forEach((p, i) => {
          // The index note and template (1, 2) are notes: one equal to the folder's path is the note beside it.
          const note = i === 1 || i === 2;
          if (isUnder(p, from) && !(note && key(p) === key(from))) expect(isUnder(after[i] ?? "", to)).toBe(true);
        });
      }),
    );
  });
});
