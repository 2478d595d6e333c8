// Which notes are episodes: a task and a guest field (even empty); any note in a show
// folder that looks like an episode; the `office-hours:` marker (false opts out). Never:
// template folders and notes, index notes.
import { describe, expect, it } from "vitest";
import { createClassifier, type Classified } from "../../src/core/vault/classify";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { edgeText } from "./edge-notes";
import { lazyFrontmatter } from "../support/notes";

const loose = createClassifier(defaultSettings());

function kind(result: Classified): string {
  return result.kind;
}

describe("with the default settings (one show, folder “Office Hours”)", () => {
  it.each([
    ["a task and an empty guest field", "a.md", "- [ ] a\nGuest::\n", "episode"],
    ["a task and a guest", "a.md", "Guest:: Ann\n- [x] a\n", "episode"],
    ["a task and an empty frontmatter guest", "a.md", "---\nguest:\n---\n- [ ] a\n", "episode"],
    ["a task and frontmatter Guests with a BOM and CRLF", "a.md", "\ufeff---\r\nGuests: Ann\r\n---\r\n- [ ] a\r\n", "episode"],
    ["a task and a guest field on the task line", "a.md", "- [ ] call [guest:: Ann]\n", "episode"],
    ["a task only", "a.md", "- [ ] a\n", "other"],
    ["a guest only", "a.md", "Guest:: Ann\n", "other"],
    ["a guest field with one colon", "a.md", "Guest: Ann\n- [ ] a\n", "other"],
    ["the task in a code block", "a.md", "```\n- [ ] a\n```\nGuest:: Ann\n", "other"],
    ["the guest field in a code block", "a.md", "- [ ] a\n~~~\nGuest:: Ann\n~~~\n", "other"],
    ["an empty note", "a.md", "", "other"],
  ])("%s: %s is %s", (_what, path, text, expected) => {
    expect(kind(loose.classify(path, text, lazyFrontmatter(text)))).toBe(expected);
  });

  it("counts a cancelled task as a task (the note is an episode, with nothing to do)", () => {
    const result = loose.classify("a.md", "- [-] dropped\nGuest:: Ann\n", lazyFrontmatter("- [-] dropped\nGuest:: Ann\n"));
    expect(result.kind).toBe("episode");
    expect([result.episode?.total, result.episode?.cancelled]).toEqual([0, 1]);
  });

  it.each([
    ["office-hours: true", "episode"],
    ["office-hours:", "episode"],
    ["office-hours: yes please", "episode"],
    ["Office Hours: OH", "episode"],
    ["office-hours: false", "other"],
    ['office-hours: "false"', "other"],
    ["office-hours: no", "other"],
  ])("the marker %j makes a note without tasks %s", (marker, expected) => {
    expect(kind(loose.classify("a.md", `---\n${marker}\n---\nJust text.\n`, lazyFrontmatter(`---\n${marker}\n---\nJust text.\n`)))).toBe(expected);
  });

  it("opts a note with a task and a guest out with office-hours: false", () => {
    expect(kind(loose.classify("a.md", "---\noffice-hours: false\n---\n- [ ] a\nGuest:: Ann\n", lazyFrontmatter("---\noffice-hours: false\n---\n- [ ] a\nGuest:: Ann\n")))).toBe("other");
  });

  it("finds the show a marker names", () => {
    expect(loose.classify("a.md", "---\noffice-hours: OH\n---\n", lazyFrontmatter("---\noffice-hours: OH\n---\n")).show?.id).toBe("office-hours");
    expect(loose.classify("a.md", "---\noffice-hours: true\n---\n", lazyFrontmatter("---\noffice-hours: true\n---\n")).show).toBeNull();
  });

  it("takes notes in the show folder that look like episodes", () => {
    const withTask = loose.classify("Office Hours/x.md", "- [ ] a\n", lazyFrontmatter("- [ ] a\n"));
    expect([withTask.kind, withTask.show?.id]).toEqual(["episode", "office-hours"]);
    expect(kind(loose.classify("Office Hours/Sub/x.md", "Guest:: Ann\n", lazyFrontmatter("Guest:: Ann\n")))).toBe("episode");
    expect(kind(loose.classify("Office Hours/OH 3 - Named.md", "Only text.\n", lazyFrontmatter("Only text.\n")))).toBe("episode");
    expect(kind(loose.classify("Office Hours/2024-05-01 Dated.md", "Only text.\n", lazyFrontmatter("Only text.\n")))).toBe("episode");
  });

  it("leaves out a show-folder note with no task, guest field, number or date", () => {
    expect(kind(loose.classify("Office Hours/Ideas.md", "Only text.\n", lazyFrontmatter("Only text.\n")))).toBe("other");
  });

  it("does not take a folder that only starts with the show folder's name", () => {
    expect(kind(loose.classify("Office Hours Archive/x.md", "- [ ] a\n", lazyFrontmatter("- [ ] a\n")))).toBe("other");
  });

  it.each(["Office Hours/Office Hours.md", "Office Hours/README.md", "Office Hours/index.md", "Office Hours/Show readme.md"])(
    "does not take the index note %j",
    (path) => {
      expect(kind(loose.classify(path, "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n")))).toBe("other");
    },
  );

  it.each([
    ["Templates/Episode.md", "template"],
    ["Meta/_templates/Episode.md", "template"],
    ["Meta/@template/Episode.md", "template"],
    ["A&A checklist (template).md", "template"],
    ["Office Hours/GOH Template.md", "template"],
    ["My templates are here/Episode.md", "episode"],
  ])("%j is %s", (path, expected) => {
    expect(kind(loose.classify(path, "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n")))).toBe(expected);
  });

  it.each(["GOH 12 - Dashboard templates and variables.md", "2024-05-03 Template review.md"])(
    "takes %j, numbered or dated, for an episode although its title says template",
    (path) => {
      expect(kind(loose.classify(path, "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n")))).toBe("episode");
    },
  );

  it("takes a note full of unexpanded template commands and no number or date for a template", () => {
    expect(kind(loose.classify("Untitled.md", "- [ ] a\nGuest:: <% tp.file.title %>\n", lazyFrontmatter("- [ ] a\nGuest:: <% tp.file.title %>\n")))).toBe("template");
  });

  it("keeps a numbered episode with a leftover template command, with a warning", () => {
    const result = loose.classify("GOH 3 - a.md", "- [ ] a\nGuest:: Ann\n<% tp.date.now() %>\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n<% tp.date.now() %>\n"));
    expect(result.kind).toBe("episode");
    expect(result.episode?.warnings).toEqual([
      "The note still holds template commands (such as <% … %>) that were never filled in.",
    ]);
  });
});

describe("with configured shows", () => {
  const { settings } = migrateSettings({
    version: 1,
    shows: [
      { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Shows/GOH", indexNote: "Shows/GOH/Episodes.md" },
      { id: "ccg", name: "Café con Grafana", code: "CCG", folder: "", guestFields: ["Invitado", "Invitados"] },
    ],
    templateFolders: ["Meta/Blueprints"],
  });
  const classifier = createClassifier(settings, ["Extra/Tpl"]);

  it("uses the configured index note and template folders", () => {
    expect(kind(classifier.classify("Shows/GOH/Episodes.md", "- [ ] a\n", lazyFrontmatter("- [ ] a\n")))).toBe("other");
    expect(kind(classifier.classify("Meta/Blueprints/Episode.md", "- [ ] a\nGuest:: x\n", lazyFrontmatter("- [ ] a\nGuest:: x\n")))).toBe("template");
    expect(kind(classifier.classify("Extra/Tpl/Episode.md", "- [ ] a\nGuest:: x\n", lazyFrontmatter("- [ ] a\nGuest:: x\n")))).toBe("template");
  });

  it("takes a numbered note named like an index note for an episode", () => {
    const result = classifier.classify("Shows/GOH/GOH 5 - Writing a good README.md", "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n"));
    expect([result.kind, result.show?.id]).toEqual(["episode", "goh"]);
    expect(kind(classifier.classify("Shows/GOH/Readme.md", "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n")))).toBe("other");
    expect(kind(classifier.classify("Shows/GOH/GOH.md", "- [ ] a\nGuest:: Ann\n", lazyFrontmatter("- [ ] a\nGuest:: Ann\n")))).toBe("other");
  });

  it("no longer has the default show's folder", () => {
    expect(kind(classifier.classify("Office Hours/x.md", "- [ ] a\n", lazyFrontmatter("- [ ] a\n")))).toBe("other");
  });

  it("reads a note anywhere with another show's guest field, and files it under the show its code names", () => {
    const result = classifier.classify("Elsewhere/CCG 5 - Tema.md", "- [ ] a\nInvitado:: Raul Marin\n", lazyFrontmatter("- [ ] a\nInvitado:: Raul Marin\n"));
    expect(result.kind).toBe("episode");
    expect(result.show?.id).toBe("ccg");
    expect(result.episode?.guests.map((g) => g.name)).toEqual(["Raul Marin"]);
  });

  it("reads a note in a show folder with that show's rules", () => {
    const result = classifier.classify("Shows/GOH/GOH 40 - Topic.md", "Only text.\n", lazyFrontmatter("Only text.\n"));
    expect([result.kind, result.show?.id, result.episode?.number]).toEqual(["episode", "goh", 40]);
  });
});

describe("the edge notes", () => {
  it.each([
    ["guest-empty.md", "episode"],
    ["guest-placeholders.md", "episode"],
    ["fm-never-closed.md", "episode"],
    ["crlf-bom.md", "episode"],
    ["frontmatter-only.md", "other"],
    ["guest-one-colon.md", "other"],
    ["not-tasks.md", "other"],
    ["empty.md", "other"],
  ])("%s is %s", (name, expected) => {
    expect(kind(loose.classify(name, edgeText(name), lazyFrontmatter(edgeText(name))))).toBe(expected);
  });
});
