// "Episodes only in the show folders": outside them a note is an episode only by the
// `office-hours:` marker, and every shortcut (bytes, metadata, text) agrees with reading
// the note in full. Off, or with no show folder at all, the rules are as before.
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import { decodeNote } from "../../src/cli/read-folder";

const GOH = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "Shows/GOH" };
const scoped: OfficeHoursSettings = { ...defaultSettings("UTC"), shows: [GOH], episodesOnlyInShowFolders: true };
const loose: OfficeHoursSettings = { ...scoped, episodesOnlyInShowFolders: false };

const EPISODE = "Guest:: Ann Lee\n## Checklist\n- [ ] Invite\n";
const MARKED = "---\noffice-hours: GOH\n---\nJust text.\n";
const OPTED_OUT = "---\noffice-hours: false\n---\n" + EPISODE;

function kind(settings: OfficeHoursSettings, path: string, text: string): string {
  return createClassifier(settings).classify(path, text, lazyFrontmatter(text)).kind;
}

describe("episodes only in the show folders", () => {
  it("takes a note outside them with a task and a guest field for an episode only when the setting is off", () => {
    expect(kind(loose, "Notes/a.md", EPISODE)).toBe("episode");
    expect(kind(scoped, "Notes/a.md", EPISODE)).toBe("other");
  });

  it("still takes the marker anywhere, and the show folder's notes as before", () => {
    expect(kind(scoped, "Notes/b.md", MARKED)).toBe("episode");
    expect(createClassifier(scoped).classify("Notes/b.md", MARKED, lazyFrontmatter(MARKED)).show?.id).toBe("goh");
    expect(kind(scoped, "Notes/c.md", OPTED_OUT)).toBe("other");
    expect(kind(scoped, "Shows/GOH/GOH 1 - x.md", EPISODE)).toBe("episode");
    expect(kind(scoped, "Shows/GOH/notes.md", "- [ ] a to-do\n")).toBe(kind(loose, "Shows/GOH/notes.md", "- [ ] a to-do\n"));
  });

  it("changes nothing when no show has a folder", () => {
    const noFolder: OfficeHoursSettings = { ...scoped, shows: [{ ...GOH, folder: "" }] };
    expect(kind(noFolder, "Notes/a.md", EPISODE)).toBe("episode");
  });

  it("settles a note outside the show folders from its metadata unless its properties carry the marker", () => {
    const classifier = createClassifier(scoped);
    // A task and a guest property no longer make a candidate; the marker, whatever its value, does.
    expect(classifier.ruledOutByMetadata("Notes/a.md", { guest: "Ann" }, true, true)).toBe(true);
    expect(classifier.ruledOutByMetadata("Notes/a.md", undefined, true, false)).toBe(true);
    expect(classifier.ruledOutByMetadata("Notes/a.md", { "Office Hours": "GOH" }, false, false)).toBe(false);
    expect(classifier.ruledOutByMetadata("Notes/a.md", { "office-hours": false }, false, false)).toBe(false);
    expect(classifier.ruledOutByMetadata("Shows/GOH/x.md", undefined, false, false)).toBe(false);
    // Off, the same task-and-guest note must be read.
    expect(createClassifier(loose).ruledOutByMetadata("Notes/a.md", { guest: "Ann" }, true, false)).toBe(false);
  });

  it("settles such a note on its bytes, however many `::` it holds, unless its frontmatter could name the marker", () => {
    const classifier = createClassifier(scoped);
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(classifier.ruledOutByBytes("Notes/a.md", bytes(EPISODE), decodeNote)).toBe(true);
    expect(classifier.ruledOutByBytes("Notes/a.md", bytes("---\nguest: Ann\n---\n" + EPISODE), decodeNote)).toBe(true);
    expect(classifier.ruledOutByBytes("Notes/b.md", bytes(MARKED), decodeNote)).toBe(false);
    expect(createClassifier(loose).ruledOutByBytes("Notes/a.md", bytes(EPISODE), decodeNote)).toBe(false);
  });
});
