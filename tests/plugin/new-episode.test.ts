// @vitest-environment happy-dom
// "New episode": the form filled in through the DOM, the note it writes (path, number,
// content), that it opens, inline validation, never overwriting an existing note, safe
// file names, and the per-show commands.
import { MarkdownView } from "obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, findSetting, pressKey, suggestionTexts, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { AA22, GOH25, activeFilePath, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const EPISODE_BODY = "Guest:: Someone\n\n## Checklist\n\n- [x] Invite\n- [ ] Promote\n";

/** The default show ("Office Hours", code OH, folder "Office Hours") with episodes 03, 07 and 11, plus a GOH note elsewhere. */
function seededVault(): Record<string, string> {
  return {
    "Office Hours/OH 03 - Alpha, with Someone.md": `---\ndate: 2025-01-10\n---\n${EPISODE_BODY}`,
    "Office Hours/OH 07 - Beta, with Someone.md": `---\ndate: 2025-03-07\n---\n${EPISODE_BODY}`,
    "Office Hours/OH 11 - Gamma, with Someone.md": `---\ndate: 2025-05-02\n---\n${EPISODE_BODY}`,
    // A higher number of another series: it must not raise the show's next number.
    [GOH25]: realNote(GOH25),
  };
}

function field(modalEl: HTMLElement, name: string): HTMLInputElement {
  const input = findSetting(modalEl, name).querySelector("input");
  if (!input) throw new Error(`No input in the "${name}" setting`);
  return input;
}

function fieldError(modalEl: HTMLElement, name: string): string {
  return findSetting(modalEl, name).querySelector(".office-hours-field-error")?.textContent ?? "";
}

function mdFiles(h: TestHost): string[] {
  return h.app.vault
    .getMarkdownFiles()
    .map((f) => f.path)
    .sort();
}

describe("New episode, filled in through the form", () => {
  it("warns inline about a past date, another weekday and a taken slot, and still creates the note", async () => {
    const utc = { id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
    ({ host } = await start({ files: seededVault(), data: showData([utc]) }));
    await host.runCommand("office-hours:new-episode");
    const modal = topModal(host);
    const warnings = () => Array.from(findSetting(modal.modalEl, "Date").querySelectorAll(".office-hours-field-warning > div"), (el) => el.textContent);
    // The proposed slot: nothing to say.
    expect(warnings()).toEqual([]);
    typeInto(field(modal.modalEl, "Topic"), "Loki basics");
    // Friday 2 May 2025 has OH 11, and is past (today is Monday 2 June 2025).
    typeInto(field(modal.modalEl, "Date"), "2025-05-02");
    expect(warnings()).toEqual(["2025-05-02 at 13:00 (UTC) is in the past.", "OH 11 - Gamma, with Someone is already on 2025-05-02."]);
    // A Thursday: a special episode, allowed.
    typeInto(field(modal.modalEl, "Date"), "2025-06-12");
    expect(warnings()).toEqual(["That is a Thursday; Office Hours is usually on Fridays. Fine for a special episode."]);
    expect(fieldError(modal.modalEl, "Date")).toBe("");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    expect(onDisk(host, "Office Hours/OH 12 - Loki basics.md")).toContain("date: 2025-06-12");
  });

  it("creates the next-numbered note in the show folder with the template's content, and opens it", async () => {
    ({ host } = await start({ files: seededVault() }));
    expect(await host.runCommand("office-hours:new-episode")).toBe(true);
    const modal = topModal(host);
    expect(modal.titleEl.textContent).toBe("New Office Hours episode");
    // Prefilled: highest number of the show (11) + 1, and the next Friday after Monday 2 June 2025.
    expect(field(modal.modalEl, "Number").value).toBe("12");
    expect(field(modal.modalEl, "Date").value).toBe("2025-06-06");
    expect(field(modal.modalEl, "Time").value).toBe("13:00");

    typeInto(field(modal.modalEl, "Topic"), "Loki basics");
    typeInto(field(modal.modalEl, "Guests"), "Ann Lee, Bo Chen");
    expect(modal.modalEl.querySelector(".office-hours-file-preview")?.textContent).toBe(
      "File: Office Hours/OH 12 - Loki basics, with Ann Lee and Bo Chen.md",
    );
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);

    const path = "Office Hours/OH 12 - Loki basics, with Ann Lee and Bo Chen.md";
    expect(host.activeModal()).toBeNull();
    expect(mdFiles(host)).toContain(path);
    const text = onDisk(host, path);
    const [frontmatter = "", body = ""] = text.split(/^---$/m).slice(1);
    expect(frontmatter.split("\n")).toEqual(expect.arrayContaining(["date: 2025-06-06", 'time: "13:00"', "office-hours: Office Hours"]));
    expect(body).toContain("\n# [[OH 12 - Loki basics, with Ann Lee and Bo Chen]]\n");
    expect(body).toContain("\nGuest:: Ann Lee, Bo Chen\n");
    // Each item's offset from the show (Friday 6 June) is now its date, in the Tasks plugin's form;
    // one that falls before the note was made (first contact, three weeks before: 16 May) is due
    // the day it was made, Monday 2 June, in the show's zone.
    expect(body).toContain("\n## Checklist\n\n- [ ] Contact the guest and tell them about Office Hours. 📅 2025-06-02\n");
    expect(text).not.toMatch(/📅 2025-0(5-\d\d|6-01)/);
    expect(body).toContain('- [ ] Schedule posts on socials just when the show begins to say "We\'re live now!" 📅 2025-06-05\n');
    expect(body).toContain("\n## After the show\n\n- [ ] Add timestamps to the video (at least four). 📅 2025-06-08\n");
    expect(body).toContain("- [ ] How do you pronounce your name? 📅 2025-06-06\n");
    expect(text.match(/^\s*- \[ \] .* 📅 \d{4}-\d{2}-\d{2}$/gm)?.length).toBe(27);
    expect(text).not.toMatch(/📅 [+-]?\d+[hdw]/);
    // Every checklist item starts open: 13 in the Checklist (two nested), 10 just before, 4 after the show.
    expect(text).not.toMatch(/^\s*- \[x\]/m);
    expect(text.match(/^\s*- \[ \] /gm)?.length).toBe(27);

    // Opened in the main area, in an editor showing the same text.
    expect(activeFilePath(host)).toBe(path);
    const view = host.app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe(path);
    expect(view?.editor.getValue()).toBe(text);
    expect(host.noticeMessages()).toEqual([]);

    // The index picked the new note up: the next form proposes 13.
    await host.runCommand("office-hours:new-episode");
    expect(field(topModal(host).modalEl, "Number").value).toBe("13");
  });

  it("submits with Enter as well", async () => {
    ({ host } = await start({ files: seededVault() }));
    await host.runCommand("office-hours:new-episode");
    const modal = topModal(host);
    typeInto(field(modal.modalEl, "Topic"), "Keyboard only");
    pressKey("Enter");
    await settle(host);
    expect(mdFiles(host)).toContain("Office Hours/OH 12 - Keyboard only.md");
    expect(activeFilePath(host)).toBe("Office Hours/OH 12 - Keyboard only.md");
  });

  it("blocks an empty topic and a number already used, inline, without creating anything", async () => {
    ({ host } = await start({ files: seededVault() }));
    const before = mdFiles(host);
    await host.runCommand("office-hours:new-episode");
    const modal = topModal(host);
    // The topic's error waits for a first submit.
    expect(fieldError(modal.modalEl, "Topic")).toBe("");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    expect(host.activeModal()).toBe(modal);
    expect(fieldError(modal.modalEl, "Topic")).toBe("Give the episode a topic.");
    expect(findButton(modal.modalEl, "Create").getAttribute("aria-disabled")).toBe("true");

    // Only spaces is still empty.
    typeInto(field(modal.modalEl, "Topic"), "   ");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    expect(host.activeModal()).toBe(modal);

    typeInto(field(modal.modalEl, "Topic"), "Tempo tricks");
    expect(fieldError(modal.modalEl, "Topic")).toBe("");
    typeInto(field(modal.modalEl, "Number"), "7");
    expect(fieldError(modal.modalEl, "Number")).toBe("Number 7 is already used by Office Hours/OH 07 - Beta, with Someone.md.");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    expect(host.activeModal()).toBe(modal);
    expect(mdFiles(host)).toEqual(before);

    typeInto(field(modal.modalEl, "Number"), "8");
    expect(fieldError(modal.modalEl, "Number")).toBe("");
    expect(findButton(modal.modalEl, "Create").getAttribute("aria-disabled")).toBe("false");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    expect(mdFiles(host)).toEqual([...before, "Office Hours/OH 08 - Tempo tricks.md"].sort());
  });

  it("Cancel and Escape create nothing", async () => {
    ({ host } = await start({ files: seededVault() }));
    const before = mdFiles(host);
    await host.runCommand("office-hours:new-episode");
    typeInto(field(topModal(host).modalEl, "Topic"), "Never mind");
    userClick(findButton(topModal(host).modalEl, "Cancel"));
    await host.runCommand("office-hours:new-episode");
    typeInto(field(topModal(host).modalEl, "Topic"), "Never mind");
    pressKey("Escape");
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(mdFiles(host)).toEqual(before);
  });
});

describe("the show's folder and template", () => {
  it("the first episode in an empty vault creates the show folder and gets number 1", async () => {
    ({ host } = await start({}));
    await host.runCommand("office-hours:new-episode");
    // First the plugin looks for shows in the notes (there are none), then the form opens.
    await settle(host);
    const modal = topModal(host);
    expect(field(modal.modalEl, "Number").value).toBe("1");
    // The form says the folder will be created, and the button asks for it.
    expect(modal.modalEl.querySelector(".office-hours-form-note")?.textContent).toBe("The folder “Office Hours” does not exist yet; it will be created.");
    typeInto(field(modal.modalEl, "Topic"), "Hello world");
    userClick(findButton(modal.modalEl, "Create folder and note"));
    await settle(host);
    expect(host.app.vault.getFolderByPath("Office Hours")).not.toBeNull();
    expect(activeFilePath(host)).toBe("Office Hours/OH 01 - Hello world.md");
  });

  it("uses the show's own template note (the real GOH template), filling what it understands", async () => {
    const template = realNote("GOH checklist (template).md");
    ({ host } = await start({
      data: showData([{ id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", template: "Templates/GOH checklist (template)" }]),
      files: { "Templates/GOH checklist (template).md": template, [`GOH/${GOH25}`]: realNote(GOH25) },
    }));
    await host.runCommand("office-hours:new-episode");
    const modal = topModal(host);
    typeInto(field(modal.modalEl, "Topic"), "Loki");
    typeInto(field(modal.modalEl, "Guests"), "Ann Lee");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);
    const path = "GOH/GOH 26 - Loki, with Ann Lee.md";
    expect(activeFilePath(host)).toBe(path);
    const text = onDisk(host, path);
    // Templater's file title is filled in, and the template's blanks (`date:` empty, the
    // placeholder guest "Name") get what the form said; every other byte is the template's.
    const date = /^date: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1] ?? "";
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toBe(
      template
        .replace("<% tp.file.title %>", "GOH 26 - Loki, with Ann Lee")
        .replace("\ndate: \n", `\ndate: ${date}\n`)
        .replace('\nGuest:: "Name"\n', "\nGuest:: Ann Lee\n")
        // The plugin has just done that item: ticked (see done-at-creation.test.ts).
        .replace("- [ ] Create a new `.md` file", "- [x] Create a new `.md` file"),
    );
    expect(host.noticeMessages()).toEqual([
      "Ticked in GOH 26 - Loki, with Ann Lee, as creating the note did it: “Create a new `.md` file and copy this template into it. Check things off as you work through it.” To leave such items open, turn off “Tick what New episode did” in Settings → Office Hours.",
    ]);
  });

  it("says before creating that the template note is missing, and uses the built-in one only when asked to", async () => {
    ({ host } = await start({ data: showData([{ id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", template: "Templates/Gone" }]) }));
    await host.runCommand("office-hours:new-episode");
    const form = topModal(host).modalEl;
    const notes = Array.from(form.querySelectorAll(".office-hours-form-note"), (el) => el.textContent);
    expect(notes).toEqual([
      "The folder “GOH” does not exist yet; it will be created.",
      "The template note “Templates/Gone.md” does not exist, so the built-in template would be used. Fix the show's template in the settings to use your own.",
    ]);
    expect(() => findButton(form, "Create")).toThrow();
    typeInto(field(topModal(host).modalEl, "Topic"), "Loki");
    userClick(findButton(topModal(host).modalEl, "Create folder and note (built-in template)"));
    await settle(host);
    expect(host.noticeMessages()).toEqual(["The template note “Templates/Gone.md” was not found, so the built-in template was used."]);
    expect(onDisk(host, "GOH/GOH 01 - Loki.md")).toContain("office-hours: Grafana Office Hours\n");
  });
});

describe("a note already at the path is never overwritten", () => {
  const taken = "Office Hours/OH 12 - Loki basics, with Ann Lee.md";
  // Opted out of the plugin, so it is no episode; its name still takes number 12, so the
  // form proposes 13 and the host types 12 again.
  const takenText = "---\noffice-hours: false\n---\nMy own notes about Loki.\r\nKeep these bytes.\n";

  async function submitColliding(h: TestHost): Promise<HTMLElement> {
    await h.runCommand("office-hours:new-episode");
    const modal = topModal(h);
    expect(field(modal.modalEl, "Number").value).toBe("13");
    typeInto(field(modal.modalEl, "Number"), "12");
    typeInto(field(modal.modalEl, "Topic"), "Loki basics");
    typeInto(field(modal.modalEl, "Guests"), "Ann Lee");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(h);
    const question = topModal(h);
    expect(question.titleEl.textContent).toBe("This episode note already exists");
    expect(question.contentEl.textContent).toContain(`${taken} already exists. Nothing was changed.`);
    return question.modalEl;
  }

  it("offers to open it, and opening it leaves its bytes alone", async () => {
    ({ host } = await start({ files: { ...seededVault(), [taken]: takenText } }));
    const question = await submitColliding(host);
    expect(Array.from(question.querySelectorAll("button")).map((b) => b.textContent)).toEqual([
      "Open it",
      "Create “OH 12 - Loki basics, with Ann Lee (2)”",
    ]);
    userClick(findButton(question, "Open it"));
    await settle(host);
    expect(activeFilePath(host)).toBe(taken);
    expect(onDisk(host, taken)).toBe(takenText);
    expect(mdFiles(host).filter((p) => p.includes("Loki basics"))).toEqual([taken]);
  });

  it("offers a free name, which is created and opened", async () => {
    ({ host } = await start({ files: { ...seededVault(), [taken]: takenText } }));
    const question = await submitColliding(host);
    userClick(findButton(question, "Create “OH 12 - Loki basics, with Ann Lee (2)”"));
    await settle(host);
    const free = "Office Hours/OH 12 - Loki basics, with Ann Lee (2).md";
    expect(activeFilePath(host)).toBe(free);
    expect(onDisk(host, free)).toContain("Guest:: Ann Lee\n");
    expect(onDisk(host, taken)).toBe(takenText);
  });

  it("dismissing the question creates nothing", async () => {
    ({ host } = await start({ files: { ...seededVault(), [taken]: takenText } }));
    const before = mdFiles(host);
    await submitColliding(host);
    pressKey("Escape");
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(mdFiles(host)).toEqual(before);
    expect(onDisk(host, taken)).toBe(takenText);
  });
});

describe("odd characters in the topic", () => {
  it("give a file name every device can store, in the show folder, that still reads as the episode", async () => {
    ({ host } = await start({ files: seededVault() }));
    await host.runCommand("office-hours:new-episode");
    const modal = topModal(host);
    typeInto(field(modal.modalEl, "Topic"), "Loki: a/b? <c> #d [e]");
    typeInto(field(modal.modalEl, "Guests"), "Ann");
    userClick(findButton(modal.modalEl, "Create"));
    await settle(host);

    const created = mdFiles(host).filter((p) => p.startsWith("Office Hours/OH 12"));
    expect(created).toHaveLength(1);
    const path = created[0] ?? "";
    const name = path.slice("Office Hours/".length);
    // One file directly in the show folder: the slash did not make a sub-folder.
    expect(name).not.toContain("/");
    expect(name).not.toMatch(/[\\:*?"<>|#^[\]]/);
    expect(name).toBe("OH 12 - Loki - a-b c d e, with Ann.md");
    expect(host.app.vault.getAllFolders().map((f) => f.path)).toEqual(["Office Hours"]);
    expect(activeFilePath(host)).toBe(path);
    // The link in the note's title resolves to the note itself.
    expect(onDisk(host, path)).toContain("# [[OH 12 - Loki - a-b c d e, with Ann]]");
    expect(host.app.metadataCache.getFirstLinkpathDest("OH 12 - Loki - a-b c d e, with Ann", path)?.path).toBe(path);
  });
});

describe("commands", () => {
  const twoShows = showData([
    { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", schedule: { weekday: 5, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 } },
    { id: "aa", name: "Adobo and Avocados", code: "A&A", folder: "A&A" },
  ]);

  function ownCommands(h: TestHost): { id: string; name: string; hotkeys?: unknown[] }[] {
    return h
      .commandIds()
      .filter((id) => id.startsWith("office-hours:"))
      .map((id) => h.standIn.commands.findCommand(id))
      .filter((c) => c !== undefined);
  }

  it("with two shows: “New episode” asks which show, and each show has its own command", async () => {
    ({ host } = await start({ data: twoShows, files: { [`GOH/${GOH25}`]: realNote(GOH25), [`A&A/${AA22}`]: realNote(AA22) } }));
    const names = Object.fromEntries(ownCommands(host).map((c) => [c.id, c.name]));
    expect(names).toMatchObject({
      "office-hours:new-episode": "Office Hours: New episode",
      "office-hours:new-episode-goh": "Office Hours: New Grafana Office Hours episode",
      "office-hours:new-episode-aa": "Office Hours: New Adobo and Avocados episode",
    });

    await host.runCommand("office-hours:new-episode");
    expect(suggestionTexts(topModal(host).modalEl)).toEqual(["Grafana Office Hours (GOH)", "Adobo and Avocados (A&A)"]);
    chooseSuggestion("Adobo", topModal(host).modalEl);
    await settle(host);
    const form = topModal(host);
    expect(form.titleEl.textContent).toBe("New Adobo and Avocados episode");
    expect(field(form.modalEl, "Number").value).toBe("23");
    typeInto(field(form.modalEl, "Topic"), "Career switches");
    userClick(findButton(form.modalEl, "Create"));
    await settle(host);
    expect(activeFilePath(host)).toBe("A&A/A&A 23 - Career switches.md");

    // The show's own command goes straight to its form.
    await host.runCommand("office-hours:new-episode-goh");
    const goh = topModal(host);
    expect(goh.titleEl.textContent).toBe("New Grafana Office Hours episode");
    expect(field(goh.modalEl, "Number").value).toBe("26");
    expect(field(goh.modalEl, "Time").value).toBe("16:00");
  });

  it("with one show: a single “New <show> episode” command that does not ask", async () => {
    ({ host } = await start({ files: seededVault() }));
    const ids = ownCommands(host).map((c) => c.id);
    expect(ids.filter((id) => id.includes("new-episode"))).toEqual(["office-hours:new-episode"]);
    expect(ownCommands(host).find((c) => c.id === "office-hours:new-episode")?.name).toBe("Office Hours: New Office Hours episode");
  });

  it("no command has a default hotkey", async () => {
    ({ host } = await start({ data: twoShows }));
    const commands = ownCommands(host);
    expect(commands.map((c) => c.id).sort()).toEqual([
      "office-hours:assign-to-show",
      "office-hours:copy-snippet",
      "office-hours:create-calendar-invite",
      "office-hours:detect-shows",
      "office-hours:end-show",
      "office-hours:go-live",
      "office-hours:import-guests",
      "office-hours:insert-snippet",
      "office-hours:link-guest-names",
      "office-hours:log-timestamp",
      "office-hours:new-episode",
      "office-hours:new-episode-aa",
      "office-hours:new-episode-goh",
      "office-hours:open-agenda",
      "office-hours:open-guests",
      "office-hours:open-live-view",
      "office-hours:open-sidebar",
      "office-hours:reschedule-episode",
      "office-hours:save-guest-details",
      "office-hours:shift-show-start",
      "office-hours:undo-last-timestamp",
      "office-hours:undo-reschedule",
      "office-hours:update-index-note",
    ]);
    for (const command of commands) expect(command.hotkeys ?? [], command.id).toEqual([]);
  });
});
