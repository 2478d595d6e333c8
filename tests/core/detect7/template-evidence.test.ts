// What makes a note a template to Detect: a template is a note a show's episodes are made
// from, so the evidence is its place (a template folder: the one Obsidian's Templates or
// Templater names, or a folder called Templates), its name ("GOH template"), or template
// commands left in a note whose name is no episode's. A name the reader numbers ("LS 42")
// is an episode's, as the plugin classifies it (vault/classify.ts): template commands left
// in it mean the template never ran, not that it is one.
import { describe, expect, it } from "vitest";
import { detect, fixtureNotes, vault } from "../detect/fixture-vault";

const unrun = (title: string) => `---\ndate: <% tp.date.now("YYYY-MM-DD") %>\n---\n# ${title}\n\nGuest:: <% tp.system.prompt("Guest") %>\n\n## Pre-show checklist\n- [ ] Invite\n\n## After the show\n- [ ] Upload\n`;
const made = (guest: string) => `---\ndate: 2026-12-03\n---\nGuest:: ${guest}\n\n## Pre-show checklist\n- [ ] Invite\n\n## After the show\n- [ ] Upload\n`;

describe("templates by evidence", () => {
  it("an unrun numbered note (LS 42, the sixth probe) is an episode of its show, not its template", () => {
    const live = detect(fixtureNotes("unseen6")).shows.find((s) => s.show.code === "LS");
    expect([live?.show.template, live?.episodes]).toEqual(["", ["Live/LS 41 - Callout lists.md", "Live/LS 42.md"]]);
  });

  it("the same with a topic in the name (GOH 13 - Next), beside a real template", () => {
    const result = detect(vault({ "GOH/GOH 12 - A.md": made("Ann Lee"), "GOH/GOH 13 - Next.md": unrun("GOH 13 - Next"), "Templates/GOH template.md": unrun("<% tp.file.title %>") }));
    expect(result.shows.map((s) => [s.show.template, s.episodes.length])).toEqual([["Templates/GOH template.md", 2]]);
  });

  it("a Notion export's numbered name (its 32-hex id at the end) with commands left in it is no template either", () => {
    const result = detect(vault({ "Pod/Episode 5 - A.md": made("Ann Lee"), "Pod/Episode 6 - B.md": made("Bo Chan"), "Pod/Episode 7 Observability 0123456789abcdef0123456789abcdef.md": unrun("Episode 7") }));
    expect(result.shows.map((s) => s.show.template)).toEqual([""]);
  });

  it("a note with template commands and no episode name is still a template, wherever it is", () => {
    const result = detect(vault({ "GOH/GOH 12 - A.md": made("Ann Lee"), "GOH/GOH 13 - B.md": made("Bo Chan"), "GOH/Episode skeleton.md": unrun("<% tp.file.title %>") }));
    expect(result.shows.map((s) => s.show.template)).toEqual(["GOH/Episode skeleton.md"]);
  });

  it("a numbered note in a template folder is a template: the folder says so", () => {
    const result = detect(vault({ "GOH/GOH 12 - A.md": made("Ann Lee"), "GOH/GOH 13 - B.md": made("Bo Chan"), "Templates/GOH 00 - Template.md": unrun("GOH 00") }));
    expect(result.shows.map((s) => [s.show.template, s.episodes.length])).toEqual([["Templates/GOH 00 - Template.md", 2]]);
  });
});
