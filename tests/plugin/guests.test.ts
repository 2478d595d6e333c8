// @vitest-environment happy-dom
// The guests end to end on the stand-in host, on the real five-show vault: the view's rows
// and pipeline, guest notes created and read back, snippets in the guest's zone, marking,
// suggesting, and what happens when a guest note is renamed, deleted or broken.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, findSetting, suggestionTexts, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { FIXTURES, notesIn } from "../core/guests/fixture-vault";
import { fileAt, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { guestRow, openGuests, pipeline, readGuestRow, redrawGuests } from "./guests-dom";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const GOH = "projects/Grafana Office Hours";
const GOH25 = `${GOH}/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md`;
const NIKOLA = "Office Hours/Guests/Nikola Grcevski.md";

function fiveShows(extra: Record<string, string> = {}): Record<string, string> {
  return { ...notesIn(join(FIXTURES, "five-shows")), ...extra };
}

function input(root: HTMLElement, name: string, index = 0): HTMLInputElement {
  const el = Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).filter((s) => s.querySelector(".setting-item-name")?.textContent === name)[index]?.querySelector("input");
  if (!el) throw new Error(`No input "${name}" #${index}`);
  return el;
}

describe("the Guests view on the real notes", () => {
  it("lists every guest in the pipeline, with shows, episodes and missing facts", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    expect(pipeline(view)).toEqual({
      Suggested: [],
      // GOH 16 has no date, but its video is out: Paschalis Tsilias appeared.
      Contacted: [],
      Confirmed: ["Ed Welch", "Jack Berg"],
      Appeared: ["Abby Bangser", "Andrii Kovalov", "Ari Herschowitz", "Nikola Grcevski", "Paschalis Tsilias", "Paul Rogers", "Poyzan Taneli", "Renata Andrade"],
      Declined: [],
    });
    expect(readGuestRow(guestRow(view, "Ed Welch"))).toEqual({
      name: "Ed Welch",
      // Each show as the Episodes view and `status` name it (its code, else its initials).
      meta: "GOCC, LCC · 2 episodes · next 2025-06-24",
      facts: "",
      episodes: ["2025-06-24 · LCC: road-to-4-0", "2025-12-17 · GOCC: Logging Best Practices"],
      missing: ["No guest note", "No time zone", "No pronunciation", "No pronouns"],
      problems: [],
      buttons: ["Create note", "Invite", "Mark contacted", "Mark declined"],
    });
    // Filtered by show and by text.
    const select = view.contentEl.querySelector<HTMLSelectElement>(".office-hours-show-filter");
    // The full names on hover: on the card's shows, its episodes and the filter's options.
    const ed = guestRow(view, "Ed Welch");
    expect(Array.from(ed.querySelectorAll(".office-hours-guest-show")).map((el) => [el.textContent, el.getAttribute("title"), el.getAttribute("aria-label")])).toEqual([
      ["GOCC", "Grafana OTel Community Call", "Grafana OTel Community Call"],
      ["LCC", "Loki Community Calls", "Loki Community Calls"],
    ]);
    expect(Array.from(ed.querySelectorAll(".office-hours-guest-episode")).map((a) => a.getAttribute("title"))).toEqual(["Loki Community Calls", "Grafana OTel Community Call"]);
    expect(Array.from(select?.options ?? []).map((o) => [o.text, o.value, o.title])).toEqual([
      ["All shows", "", ""],
      ["A&A", "A&A", ""],
      ["GOCC", "Grafana OTel Community Call", "Grafana OTel Community Call"],
      ["GOH", "GOH", ""],
      ["LCC", "Loki Community Calls", "Loki Community Calls"],
    ]);
    if (!select) throw new Error("no show filter");
    select.value = "Loki Community Calls";
    select.dispatchEvent(new Event("change"));
    expect(select.title).toBe("Loki Community Calls");
    expect(Object.values(pipeline(view)).flat()).toEqual(["Ed Welch", "Paul Rogers", "Poyzan Taneli"]);
    select.value = "A&A";
    select.dispatchEvent(new Event("change"));
    expect(Object.values(pipeline(view)).flat()).toEqual(["Abby Bangser", "Renata Andrade"]);
    select.value = "";
    select.dispatchEvent(new Event("change"));
    const search = view.contentEl.querySelector<HTMLInputElement>(".office-hours-search") as HTMLInputElement;
    typeInto(search, "logging");
    expect(Object.values(pipeline(view)).flat()).toEqual(["Ed Welch", "Jack Berg"]);
    // The label the cards show finds the show's guests too.
    typeInto(search, "gocc");
    expect(Object.values(pipeline(view)).flat()).toEqual(["Ed Welch", "Jack Berg"]);
  });

  it("opens an episode from a row, and keeps the row keyboard-reachable", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    const row = guestRow(view, "Nikola Grcevski");
    expect(row.querySelector(".office-hours-guest-main")?.getAttribute("tabindex")).toBe("0");
    userClick(row.querySelector(".office-hours-guest-episode") as HTMLElement);
    await settle(host);
    expect(host.app.workspace.getActiveFile()?.path).toBe(GOH25);
  });
});

describe("guest notes, written only on the user's action", () => {
  it("saves the details asked just before the show into a new guest note, and the next texts use them", async () => {
    ({ host } = await start({ files: fiveShows() }));
    await host.openFile(GOH25);
    expect(await host.runCommand("office-hours:save-guest-details")).toBe(true);
    await settle(host);
    const modal = topModal(host);
    expect(modal.titleEl.textContent).toBe("Guest details for GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski");
    typeInto(input(modal.modalEl, "How do you pronounce your name?"), "NEE-ko-la");
    typeInto(input(modal.modalEl, "What are your pronouns?"), "he/him");
    typeInto(input(modal.modalEl, "Your time zone"), "Europe/Belgrad");
    userClick(findButton(modal.modalEl, "Save"));
    // An unknown zone is refused in the form, nothing written.
    expect(host.activeModal()).toBe(modal);
    expect(findSetting(modal.modalEl, "Your time zone").querySelector(".office-hours-field-error")?.textContent).toMatch(/is not a time zone this device knows/);
    typeInto(input(modal.modalEl, "Your time zone"), "Europe/Belgrade");
    userClick(findButton(modal.modalEl, "Save"));
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(onDisk(host, NIKOLA)).toBe("---\npronunciation: 'NEE-ko-la'\npronouns: 'he/him'\ntimezone: 'Europe/Belgrade'\n---\n");
    expect(host.noticeMessages()).toContain(`Created ${NIKOLA}.`);

    const view = await openGuests(host);
    expect(readGuestRow(guestRow(view, "Nikola Grcevski")).facts).toBe("he/him · “NEE-ko-la” · Europe/Belgrade");

    // The outreach for GOH 25 now gives the time in Belgrade.
    const episode = await host.openFile(GOH25);
    episode.editor.setCursor({ line: 0, ch: 0 });
    expect(await host.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(host);
    chooseSuggestion("Guest outreach invitation", topModal(host).modalEl);
    await settle(host);
    // The settings do not say what the show covers: that blank is left for later.
    userClick(findButton(topModal(host).contentEl, "Leave blank"));
    await settle(host);
    expect(episode.editor.getValue()).toContain("that is Friday 5 January, 14:00 your time (Europe/Belgrade).");
  });

  it("saves a zone typed in lower case as the zone is spelled, so the texts name it properly", async () => {
    ({ host } = await start({ files: fiveShows() }));
    await host.openFile(GOH25);
    await host.runCommand("office-hours:save-guest-details");
    await settle(host);
    const modal = topModal(host);
    typeInto(input(modal.modalEl, "Your time zone"), "europe/belgrade");
    userClick(findButton(modal.modalEl, "Save"));
    await settle(host);
    expect(onDisk(host, NIKOLA)).toBe("---\ntimezone: 'Europe/Belgrade'\n---\n");
  });

  it("edits an existing guest note through processFrontMatter, keeping the user's own properties and text", async () => {
    const mine = "---\npronouns: he/him\nfavourite-editor: vim\n---\nMet at FOSDEM.\n";
    ({ host } = await start({ files: fiveShows({ [NIKOLA]: mine }) }));
    await host.openFile(GOH25);
    await host.runCommand("office-hours:save-guest-details");
    await settle(host);
    const modal = topModal(host);
    expect(input(modal.modalEl, "What are your pronouns?").value).toBe("he/him");
    typeInto(input(modal.modalEl, "Your time zone"), "Europe/Belgrade");
    userClick(findButton(modal.modalEl, "Save"));
    await settle(host);
    const text = onDisk(host, NIKOLA);
    expect(text).toMatch(/^---\n/);
    expect(text).toContain("pronouns: he/him\n");
    expect(text).toContain("favourite-editor: vim\n");
    expect(text).toContain("timezone: Europe/Belgrade\n");
    expect(text.endsWith("---\nMet at FOSDEM.\n")).toBe(true);
    expect(host.noticeMessages()).toContain(`Saved timezone in ${NIKOLA}.`);
  });

  it("refuses to write into a guest note whose properties are broken, and says so", async () => {
    const broken = "---\npronouns: [he\n---\nNotes.\n";
    ({ host } = await start({ files: fiveShows({ [NIKOLA]: broken }) }));
    await host.openFile(GOH25);
    await host.runCommand("office-hours:save-guest-details");
    await settle(host);
    const modal = topModal(host);
    expect(modal.modalEl.textContent).toContain("Its properties are not valid YAML");
    typeInto(input(modal.modalEl, "Your time zone"), "Europe/Belgrade");
    userClick(findButton(modal.modalEl, "Save"));
    await settle(host);
    expect(onDisk(host, NIKOLA)).toBe(broken);
    expect(host.noticeMessages().at(-1)).toBe(`Office Hours did not save the details of Nikola Grcevski: the properties of ${NIKOLA} are not valid YAML; fix them first (nothing was written).`);
  });

  it("marks a guest contacted, creating the note that holds the status, and moves the row", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    userClick(findButton(guestRow(view, "Jack Berg"), "Mark contacted"));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Jack Berg.md")).toBe("---\nstatus: 'contacted'\n---\n");
    expect(pipeline(view).Contacted).toEqual(["Jack Berg"]);
    userClick(findButton(guestRow(view, "Jack Berg"), "Mark declined"));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Jack Berg.md")).toBe("---\nstatus: declined\n---\n");
    expect(pipeline(view).Declined).toEqual(["Jack Berg"]);
  });

  it("writes no note for a name two guest notes claim, and says which notes to fix", async () => {
    const claimed = "---\naliases: [Jack Berg]\n---\n";
    ({ host } = await start({ files: fiveShows({ "Office Hours/Guests/Jack B.md": claimed, "Office Hours/Guests/J Berg.md": claimed }) }));
    const view = await openGuests(host);
    userClick(findButton(guestRow(view, "Jack Berg"), "Mark contacted"));
    await redrawGuests(host, view);
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Jack Berg.md")).toBeNull();
    expect(onDisk(host, "Office Hours/Guests/Jack B.md")).toBe(claimed);
    expect(onDisk(host, "Office Hours/Guests/J Berg.md")).toBe(claimed);
    expect(host.noticeMessages().at(-1)).toBe(
      "Office Hours did not save “contacted” for Jack Berg: “Jack Berg” is the name or an alias of Office Hours/Guests/J Berg.md and Office Hours/Guests/Jack B.md; leave it to one of them first (nothing was written).",
    );
  });

  it("leaves a note synced to the guest's name meanwhile as it is, and says nothing was written", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    const h = host;
    const create = h.app.vault.create.bind(h.app.vault);
    h.app.vault.create = async (path, data, options) => {
      // Another device's note of that name arrives between the check and the write.
      if (path === "Office Hours/Guests/Jack Berg.md" && !h.app.vault.getFileByPath(path)) await create(path, "Kept\n");
      return create(path, data, options);
    };
    userClick(findButton(guestRow(view, "Jack Berg"), "Mark contacted"));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Jack Berg.md")).toBe("Kept\n");
    expect(host.noticeMessages().at(-1)).toMatch(/did not save “contacted” for Jack Berg: .*could not be created .*nothing was written/);
  });

  it("adds a suggested guest with a line of context, and never the same person twice", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    const form = view.contentEl.querySelector(".office-hours-add-guest") as HTMLFormElement;
    const [name, context] = Array.from(form.querySelectorAll("input"));
    if (!name || !context) throw new Error("no form");
    typeInto(name, "Kevin Brolly");
    typeInto(context, "Head of success at Supabase; Dougal knows him");
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Kevin Brolly.md")).toBe("---\nstatus: 'suggested'\n---\n\nHead of success at Supabase; Dougal knows him\n");
    expect(pipeline(view).Suggested).toEqual(["Kevin Brolly"]);
    expect(name.value).toBe("");

    typeInto(name, "ED WELCH");
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await redrawGuests(host, view);
    expect(host.noticeMessages().at(-1)).toBe("Ed Welch is already a guest (confirmed); nothing was added.");
    expect(host.app.vault.getFileByPath("Office Hours/Guests/ED WELCH.md")).toBeNull();
  });

  it("follows a guest note renamed or deleted while episodes link to it", async () => {
    const goh12 = `${GOH}/GOH 12 - Govable.md`;
    ({ host } = await start({ files: fiveShows({ "Office Hours/Guests/Andrii Kovalov.md": "---\ntimezone: Europe/Kyiv\n---\n" }) }));
    const view = await openGuests(host);
    expect(readGuestRow(guestRow(view, "Andrii Kovalov")).facts).toBe("Europe/Kyiv");
    // Renamed (the stand-in host does not rewrite links, as with that option off in Obsidian).
    await host.app.fileManager.renameFile(fileAt(host, "Office Hours/Guests/Andrii Kovalov.md"), "Office Hours/Guests/Andrii K.md");
    await redrawGuests(host, view);
    expect(readGuestRow(guestRow(view, "Andrii Kovalov")).missing).toContain("No guest note");
    expect(readGuestRow(guestRow(view, "Andrii K")).meta).toBe("no episode yet");
    // Deleted: the person stays, known from the episode.
    await host.app.fileManager.trashFile(fileAt(host, "Office Hours/Guests/Andrii K.md"));
    await redrawGuests(host, view);
    expect(pipeline(view).Appeared).toContain("Andrii Kovalov");
    expect(() => guestRow(view, "Andrii K")).toThrow();
    expect(onDisk(host, goh12)).toContain('Guest:: "[[Andrii Kovalov]], [[Ari Herschowitz]]"');
  });
});

describe("the new-episode form and the guests", () => {
  it("suggests known guests as you type, and Invite opens the form with the guest filled in", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const view = await openGuests(host);
    userClick(findButton(guestRow(view, "Nikola Grcevski"), "Invite"));
    await settle(host);
    const modal = topModal(host);
    const guests = input(modal.modalEl, "Guests");
    expect(guests.value).toBe("Nikola Grcevski");
    typeInto(guests, "Nikola Grcevski, ed w");
    await settle(host);
    expect(suggestionTexts(document)).toEqual(["Ed Welch"]);
    chooseSuggestion("Ed Welch", document);
    await settle(host);
    expect(guests.value).toBe("Nikola Grcevski, Ed Welch");
    modal.close();
  });

  it("creates guest notes for new names only when asked", async () => {
    // A show set up (not the untouched default), so the form opens without offering detection.
    ({ host } = await start({ files: fiveShows(), data: showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", hostName: "Paul" }]) }));
    await host.runCommand("office-hours:new-episode");
    await settle(host);
    const modal = topModal(host);
    typeInto(input(modal.modalEl, "Topic"), "Tracing");
    typeInto(input(modal.modalEl, "Guests"), "Ed Welch, Zoë Quinn");
    expect(findSetting(modal.modalEl, "Create guest notes").textContent).toContain("New: Zoë Quinn.");
    // The folder named, and that it will be made: "the guests folder" told the user nothing.
    // Said by the switch's state (walk9: "Their notes go in …" with the switch off read as if they would be made).
    expect(findSetting(modal.modalEl, "Create guest notes").textContent).toContain("Switch on to make their notes in “Office Hours/Guests” (created, as it does not exist yet).");
    userClick(findSetting(modal.modalEl, "Create guest notes").querySelector(".checkbox-container") as HTMLElement);
    expect(findSetting(modal.modalEl, "Create guest notes").textContent).toContain("Their notes will be made in “Office Hours/Guests” (created, as it does not exist yet).");
    userClick(findButton(modal.modalEl, "Create folder and note"));
    await settle(host);
    expect(onDisk(host, "Office Hours/Guests/Zoë Quinn.md")).toBe("");
    expect(host.app.vault.getFileByPath("Office Hours/OH 01 - Tracing, with Ed Welch and Zoë Quinn.md")).not.toBeNull();
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Ed Welch.md")).toBeNull();
  });
});

describe("these may be one person", () => {
  it("offers the pair, and “Same person” adds the other spelling to the note's aliases", async () => {
    const typo = "projects/Grafana Office Hours/GOH 31 - Agent news, with Paschalis Tsilians.md";
    ({ host } = await start({ files: fiveShows({ [typo]: "---\ndate: 2025-07-04\n---\nGuest:: Paschalis Tsilians\n- [ ] Invite\n" }) }));
    const view = await openGuests(host);
    const pair = view.contentEl.querySelector(".office-hours-maybe-same .office-hours-pair");
    expect(pair?.textContent).toContain("Paschalis Tsilians / Paschalis Tsilias: a last name that differs by a letter or two.");
    userClick(findButton(pair as HTMLElement, "Same person"));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Paschalis Tsilians.md")).toBe("---\naliases:\n  - 'Paschalis Tsilias'\n---\n");
    expect(readGuestRow(guestRow(view, "Paschalis Tsilians")).meta).toBe("GOH · 2 episodes · last: date unknown · next 2025-07-04");
    expect(view.contentEl.querySelector(".office-hours-maybe-same")).toBeNull();
  });
});

describe("keeping the guests index live", () => {
  it("moves one episode's guests when its note changes, without reading the guest notes again", async () => {
    ({ host } = await start({ files: fiveShows({ [NIKOLA]: "---\ntimezone: Europe/Belgrade\n---\n" }) }));
    const view = await openGuests(host);
    const reads: string[] = [];
    const read = host.app.vault.cachedRead.bind(host.app.vault);
    host.app.vault.cachedRead = (file) => {
      reads.push(file.path);
      return read(file);
    };
    const goh16 = `${GOH}/GOH 16 - Grafana Agent with Paschalis Tsilias.md`;
    await host.app.vault.process(fileAt(host, goh16), (text) => text.replace("Guest:: Paschalis Tsilias", "Guest:: Paschalis Tsilias, [[Nikola Grcevski]]"));
    await redrawGuests(host, view);
    expect(readGuestRow(guestRow(view, "Nikola Grcevski")).episodes).toEqual([
      "2024-01-05 · GOH: Introduction to eBPF with Grafana Beyla, with Nikola Grcevski",
      "date unknown · GOH: Grafana Agent with Paschalis Tsilias",
    ]);
    expect(reads).toEqual([]);
  });

  it("leaves no listener behind when the plugin unloads", async () => {
    const started = await start({ files: fiveShows() });
    host = started.host;
    await openGuests(host);
    await host.unloadPlugin(started.plugin);
    expect(host.liveListenerCount().total).toBe(0);
  });
});
