// The command-line tool's cold scan settles most notes on their bytes, without decoding
// them or parsing their properties. It must give exactly what reading every note gives:
// checked on a generated vault on disk, and the byte and YAML shortcuts on random notes.
import fc from "fast-check";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings, defaultShow } from "../../src/core/settings/settings";
import { scanVault } from "../../src/cli/scan-vault";
import { decodeNote, listNotes, readNoteBytes } from "../../src/cli/read-folder";
import { lazyFrontmatter, parseFrontmatterYaml } from "../../src/cli/frontmatter-yaml";
import { yamlMayNameKey, propertyKeySet } from "../../src/core/vault/shortcut";
import { canonicalKey } from "../../src/core/note/fields";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const settings = { ...defaultSettings("UTC"), shows: [{ ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "Shows/GOH" }] };

const HEADS = ["", "---\ntags: [a]\n---\n", "---\nGuest: Ann\n---\n", "---\n\"Guest\": Ann\n---\n", "---\noffice-hours: GOH\n---\n", "\ufeff---\nguests: [Bo]\n---\n", "---\r\nOffice Hours: true\r\n---\r\n", "---\n  guest: indented\n---\n", "---\nbroken: [\n---\n", "---\nx: 1\n...\n"];
const BODIES = ["# Note\ntext\n", "- [ ] task\n", "Guest:: Ann\n- [ ] Invite\n", "a::b\n- [ ] x\n", "[guest:: Cy]\n- [ ] y\n", "Status:: draft\n- [ ] z\n", "> - [ ] quoted\n**Guest**:: Dee\n", "Gäst:: x\n- [ ] å\n", "🎙 Guest:: Eve 😀\n- [ ] 🎉\n"];

function writeVault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "oh-scan-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** What the scan keeps, comparable. */
function snapshot(index: EpisodeIndex) {
  return {
    episodes: index.all().map(({ episode: { open, ...rest }, show }) => ({ ...rest, show: show?.id ?? null, open: open.tasks() })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    templates: index.templatePaths(),
  };
}

describe("the cold scan on bytes", () => {
  it("gives every note's reading, decoding only the notes that can be episodes", () => {
    const files: Record<string, string> = {};
    let n = 0;
    for (const head of HEADS) for (const body of BODIES) for (const folder of ["Notes", "Shows/GOH", "Templates"]) files[`${folder}/N ${n++}.md`] = head + body;
    const root = writeVault(files);
    const decodedBy: number[] = [];
    // As configured, then with episodes looked for only in the show folder (outside it only the marker counts).
    for (const rules of [settings, { ...settings, episodesOnlyInShowFolders: true }]) {
      const scanned = new EpisodeIndex(createClassifier(rules));
      const scan = scanVault(root, scanned);
      const reference = new EpisodeIndex(createClassifier(rules));
      for (const entry of listNotes(root).entries) {
        const bytes = readNoteBytes(entry);
        if (!(bytes instanceof Uint8Array)) throw new Error(bytes.problem);
        const text = decodeNote(bytes);
        reference.update(entry.path, text, lazyFrontmatter(text));
      }
      expect(snapshot(scanned)).toEqual(snapshot(reference));
      expect(scan.notes).toBe(n);
      expect(scanned.size).toBeGreaterThan(20);
      // Notes outside the show folder with neither `::` nor a property that could be a guest key: never decoded.
      expect(scan.decoded).toBeLessThan(n - HEADS.length * 2);
      decodedBy.push(scan.decoded);
    }
    // Only the show folder and the notes whose properties could name the marker are decoded then.
    expect(decodedBy[1]).toBeLessThan(decodedBy[0] ?? 0);
  });
});

describe("the YAML shortcut", () => {
  const keys = propertyKeySet(new Set(["guest", "guests"]));
  const piece = fc.constantFrom("Guest", "guests", "office-hours", "Office Hours", "tags", "date", "url", "x", ":", ": ", " ", "  ", "\n", "- ", "#", '"', "'", "[", "]", "{", "}", "&a ", "*a", "!!str ", "? ", "\\u0047", "Gu", "est", "\t", "|", ">", "é");
  it("never says no when the YAML parser's top-level keys include a guest field or the marker", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const yaml = pieces.join("");
        const data = parseFrontmatterYaml(yaml).data;
        const named = data !== null && typeof data === "object" && !Array.isArray(data) && Object.keys(data).some((k) => keys.has(canonicalKey(k)));
        if (named) expect(yamlMayNameKey(yaml, keys)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("says no for ordinary frontmatter", () => {
    expect(yamlMayNameKey("tags: [a, b]\ncreated: 2025-01-01\nnested:\n  guest: not top-level\n", keys)).toBe(false);
    expect(yamlMayNameKey("Guest: Ann\n", keys)).toBe(true);
  });
});

describe("reading notes into one shared buffer", () => {
  it("reads a note larger than the buffer whole, and a short note after it without the long one's bytes", () => {
    // The buffer starts at 256 KB: a 700 KB note makes it grow, and only its end makes it an episode.
    const long = "# Long\n\n" + "A sentence of prose that goes on.\n".repeat(21_000) + "Guest:: Ann Lee\n- [ ] Invite\n";
    const short = "# Short\n";
    const root = writeVault({ "a/Long.md": long, "b/Short.md": short, "c/Guests.md": "Guest:: Bo\n- [x] Asked\n" });
    const index = new EpisodeIndex(createClassifier(settings));
    const scan = scanVault(root, index);
    expect(scan.notes).toBe(3);
    expect(index.all().map((e) => [e.episode.path, e.episode.guests.map((g) => g.name)])).toEqual([
      ["a/Long.md", ["Ann Lee"]],
      ["c/Guests.md", ["Bo"]],
    ]);
    // Each note's bytes, as read: nothing of the note before is left in them.
    const texts = listNotes(root).entries.map((entry) => {
      const bytes = readNoteBytes(entry);
      return bytes instanceof Uint8Array ? decodeNote(bytes) : bytes.problem;
    });
    expect(texts).toEqual([long, short, "Guest:: Bo\n- [x] Asked\n"]);
  });

  it("keeps the notes asked for, decoded, from the same walk", () => {
    const root = writeVault({ "Office Hours/Guests/Ann.md": "---\npronouns: she/her\n---\n", "Notes/x.md": "text\n", "Office Hours/Guests/Bo.md": "Bo\n" });
    const scan = scanVault(root, new EpisodeIndex(createClassifier(settings)), (path) => path.startsWith("Office Hours/Guests/"));
    expect(scan.kept.map((n) => [n.path, n.text])).toEqual([
      ["Office Hours/Guests/Ann.md", "---\npronouns: she/her\n---\n"],
      ["Office Hours/Guests/Bo.md", "Bo\n"],
    ]);
    expect(scan.notes).toBe(3);
  });
});
