// @vitest-environment happy-dom
// "Link guest names in this episode" end to end on the stand-in host, on the real notes:
// names with a guest note are linked at once, names without one wait for the user's
// choice in the confirmation, and a line that changes meanwhile is never overwritten.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, selectOption, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { Menu } from "../host/menu";
import { GOH25, LOKI_CACHE, finish, onDisk, realNote, settle, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const NIKOLA = "Office Hours/Guests/Nikola Grcevski.md";

describe("linking an episode's guest names", () => {
  it("links GOH 25's guest to the guest note without asking, changing nothing else in the open note", async () => {
    ({ host } = await start({ files: { [GOH25]: realNote(GOH25), [NIKOLA]: "---\npronouns: he/him\n---\n" } }));
    await host.openFile(GOH25);
    expect(await host.runCommand("office-hours:link-guest-names")).toBe(true);
    await settle(host);
    expect(host.activeModal()).toBeFalsy();
    expect(onDisk(host, GOH25)).toBe(realNote(GOH25).replace("Guest:: Nikola Grcevski", "Guest:: [[Nikola Grcevski]]"));
    expect(host.noticeMessages().at(-1)).toBe(`Linked 1 guest name in ${GOH25.slice(0, -3)}.`);
    // Again: nothing plain is left.
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    expect(host.noticeMessages().at(-1)).toContain("has no plain guest name to link");
  });

  it("keeps the name as written as the link's text when the note is named otherwise, and the affiliation after it", async () => {
    const episode = "GOH 40 - Beyla again.md";
    ({ host } = await start({ files: { [episode]: "---\ndate: 2025-07-01\n---\nGuest:: nikola g (Grafana) and Ann Lee\n\n- [ ] Invite\n", [NIKOLA]: "---\naliases: [Nikola G]\n---\n" } }));
    await host.openFile(episode);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    const modal = topModal(host);
    expect(modal.modalEl.textContent).toContain(`Link to ${NIKOLA}`);
    expect(modal.modalEl.textContent).toContain("No guest note yet (Office Hours/Guests/Ann Lee.md)");
    selectOption(modal.modalEl.querySelector<HTMLSelectElement>('select[aria-label="What to do with Ann Lee"]') as HTMLSelectElement, "plain");
    userClick(findButton(modal.modalEl, "Link names"));
    await settle(host);
    expect(onDisk(host, episode)).toBe("---\ndate: 2025-07-01\n---\nGuest:: [[Nikola Grcevski|nikola g]] (Grafana) and Ann Lee\n\n- [ ] Invite\n");
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Ann Lee.md")).toBeNull();
    expect(host.noticeMessages().at(-1)).toBe("Linked 1 guest name in GOH 40 - Beyla again; 1 left plain.");
  });

  it("writes the path with the name as its text when another note has the guest's name", async () => {
    const episode = "GOH 42 - Namesakes.md";
    const text = "---\ndate: 2025-07-01\n---\nGuest:: Ann Lee\n\n- [ ] Invite\n";
    ({ host } = await start({ files: { [episode]: text, "Office Hours/Guests/Ann Lee.md": "", "Clients/Ann Lee.md": "A client, not the guest.\n" } }));
    await host.openFile(episode);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    expect(onDisk(host, episode)).toBe(text.replace("Guest:: Ann Lee", "Guest:: [[Office Hours/Guests/Ann Lee|Ann Lee]]"));
  });

  it("creates the guest notes the user asks for and links them; cancelling changes nothing", async () => {
    ({ host } = await start({ files: { [LOKI_CACHE]: realNote(LOKI_CACHE) } }));
    await host.openFile(LOKI_CACHE);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    userClick(findButton(topModal(host).modalEl, "Cancel"));
    await settle(host);
    expect(onDisk(host, LOKI_CACHE)).toBe(realNote(LOKI_CACHE));
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Poyzan Taneli.md")).toBeNull();

    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    const modal = topModal(host);
    selectOption(modal.modalEl.querySelector<HTMLSelectElement>('select[aria-label="What to do with Paul Rogers"]') as HTMLSelectElement, "plain");
    userClick(findButton(modal.modalEl, "Link names"));
    await settle(host);
    expect(onDisk(host, LOKI_CACHE)).toBe(realNote(LOKI_CACHE).replace('Guest:: "Poyzan Taneli" & "Paul Rogers"', 'Guest:: "[[Poyzan Taneli]]" & "Paul Rogers"'));
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Poyzan Taneli.md")).not.toBeNull();
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Paul Rogers.md")).toBeNull();
  });

  it("refuses with a notice when the guest line changed while the confirmation was open (a closed note, through Vault.process)", async () => {
    ({ host } = await start({ files: { [LOKI_CACHE]: realNote(LOKI_CACHE) } }));
    await host.openFile(LOKI_CACHE);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    const modal = topModal(host);
    // The tab is closed and another device edits the line meanwhile.
    for (const leaf of host.app.workspace.getLeavesOfType("markdown")) leaf.detach();
    const file = host.app.vault.getFileByPath(LOKI_CACHE);
    if (!file) throw new Error("no note");
    const edited = realNote(LOKI_CACHE).replace('"Paul Rogers"', '"Paul Rogers" & "Cy Dee"');
    await host.app.vault.modify(file, edited);
    userClick(findButton(modal.modalEl, "Link names"));
    await settle(host);
    expect(onDisk(host, LOKI_CACHE)).toBe(edited);
    expect(host.noticeMessages().at(-1)).toContain("did not link the guest names");
    expect(host.noticeMessages().at(-1)).toContain("changed while you chose; nothing was changed or created");
    // No guest note was created for an edit that was not made.
    expect(host.app.vault.getFileByPath("Office Hours/Guests/Poyzan Taneli.md")).toBeNull();
  });

  it("refuses when the line changed after the choice left nothing to create (Vault.process re-reads it)", async () => {
    const episode = "GOH 43 - Changed meanwhile.md";
    const text = "---\ndate: 2025-07-01\n---\nGuest:: Ann Lee & Bo Chan\n\n- [ ] Invite\n";
    ({ host } = await start({ files: { [episode]: text, "Office Hours/Guests/Ann Lee.md": "" } }));
    await host.openFile(episode);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    const modal = topModal(host);
    selectOption(modal.modalEl.querySelector<HTMLSelectElement>('select[aria-label="What to do with Bo Chan"]') as HTMLSelectElement, "plain");
    for (const leaf of host.app.workspace.getLeavesOfType("markdown")) leaf.detach();
    const file = host.app.vault.getFileByPath(episode);
    if (!file) throw new Error("no note");
    await host.app.vault.modify(file, text.replace("Ann Lee", "Ann  Lee"));
    userClick(findButton(modal.modalEl, "Link names"));
    await settle(host);
    expect(onDisk(host, episode)).toBe(text.replace("Ann Lee", "Ann  Lee"));
    expect(host.noticeMessages().at(-1)).toBe(
      "Office Hours did not link the guest names of GOH 43 - Changed meanwhile: line 4 changed since the names were read (“Ann Lee” is no longer where it was); nothing was changed.",
    );
  });

  it("refuses in the open editor too when the line was edited there", async () => {
    ({ host } = await start({ files: { [LOKI_CACHE]: realNote(LOKI_CACHE) } }));
    const view = await host.openFile(LOKI_CACHE);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    const line = realNote(LOKI_CACHE).split("\n").findIndex((l) => l.startsWith("Guest::"));
    view.editor.setLine(line, 'Guest:: "Poyzan Taneli"');
    userClick(findButton(topModal(host).modalEl, "Link names"));
    await settle(host);
    expect(view.editor.getLine(line)).toBe('Guest:: "Poyzan Taneli"');
    expect(host.noticeMessages().at(-1)).toContain("changed while you chose");
  });

  it("offers Link guest names in the episode's editor menu only while a plain name is left", async () => {
    ({ host } = await start({ files: { [GOH25]: realNote(GOH25), [NIKOLA]: "" } }));
    const view = await host.openFile(GOH25);
    const menuFor = () => {
      const menu = new Menu();
      host?.app.workspace.trigger("editor-menu", menu, view.editor, view);
      return menu;
    };
    const menu = menuFor();
    const item = menu.items.find((i) => i.dom.textContent === "Link guest names");
    if (!item) throw new Error("no menu item");
    menu.showAtPosition({ x: 0, y: 0 });
    userClick(item.dom);
    await settle(host);
    expect(onDisk(host, GOH25)).toContain("Guest:: [[Nikola Grcevski]]\n");
    expect(menuFor().items.map((i) => i.dom.textContent)).not.toContain("Link guest names");
  });

  it("leaves a name two guest notes claim plain, and says which notes to settle", async () => {
    const episode = "GOH 41 - Two claims.md";
    const text = "---\ndate: 2025-07-01\n---\nGuest:: Ann Lee\n\n- [ ] Invite\n";
    ({ host } = await start({ files: { [episode]: text, "Office Hours/Guests/Ann Lee.md": "", "Office Hours/Guests/Annie Lee.md": "---\naliases: [Ann Lee]\n---\n" } }));
    await host.openFile(episode);
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    expect(host.activeModal()).toBeFalsy();
    expect(host.noticeMessages().at(-1)).toBe(
      "No guest name of GOH 41 - Two claims was linked; the names stay plain. Ann Lee: it is the name or an alias of Office Hours/Guests/Ann Lee.md and Office Hours/Guests/Annie Lee.md; leave it to one of them first.",
    );
    expect(onDisk(host, episode)).toBe(text);
  });

  it("says what to do when the active note is no episode", async () => {
    ({ host } = await start({ files: { "Ideas.md": "Guest:: Ann Lee\n" } }));
    await host.openFile("Ideas.md");
    await host.runCommand("office-hours:link-guest-names");
    await settle(host);
    expect(host.noticeMessages().at(-1)).toBe("Open an episode note first: Link guest names works on the episode in the active tab.");
    expect(onDisk(host, "Ideas.md")).toBe("Guest:: Ann Lee\n");
  });
});
