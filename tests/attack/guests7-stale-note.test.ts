// @vitest-environment happy-dom
// guests7: an edit racing a rename. "Save guest details" reads the episode's guests, asks in
// a form, then writes; the README promises the details go into the guest note, and that the
// plugin refuses with a notice rather than write where it should not. When the guest note
// was renamed or moved while the form was open (by the user in another pane, or a sync), the
// write looked for the note at its old path, found nothing, and created a second note for the
// person under the old name: the details went into the new note, the user's own stayed as it
// was, and the person now had two notes.
// The rule chosen: a write for a person whose note is no longer where it was read is refused
// with a notice (nothing written); a new note is made only for a person who had none. A
// note still in place is written as before (tests/plugin/guests.test.ts, processFrontMatter).
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { FIXTURES, notesIn } from "../core/guests/fixture-vault";
import { finish, onDisk, settle, start, topModal } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const GOH25 = "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const NIKOLA = "Office Hours/Guests/Nikola Grcevski.md";
const MINE = "---\npronouns: he/him\n---\nMet at FOSDEM.\n";

function zoneInput(root: HTMLElement): HTMLInputElement {
  const el = Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Your time zone")?.querySelector("input");
  if (!el) throw new Error("no time zone input");
  return el;
}

const guestFiles = (h: TestHost) =>
  h.app.vault
    .getFiles()
    .map((f) => f.path)
    .filter((p) => p.startsWith("Office Hours/Guests/") || p.startsWith("People/"))
    .sort();

describe("Save guest details while the guest note is renamed or moved", () => {
  for (const [what, to] of [
    ["renamed", "Office Hours/Guests/Nikola G.md"],
    ["moved out of the guests folder", "People/Nikola Grcevski.md"],
  ] as const) {
    it(`writes no second note when the note was ${what} while the form was open, and says so`, async () => {
      ({ host } = await start({ files: { ...notesIn(join(FIXTURES, "five-shows")), [NIKOLA]: MINE } }));
      await host.openFile(GOH25);
      await host.runCommand("office-hours:save-guest-details");
      await settle(host);
      const modal = topModal(host);
      if (to.startsWith("People/")) await host.app.vault.createFolder("People");
      const file = host.app.vault.getFileByPath(NIKOLA);
      if (!file) throw new Error("no guest note");
      await host.app.fileManager.renameFile(file, to);
      await settle(host);
      typeInto(zoneInput(modal.modalEl), "Europe/Belgrade");
      userClick(findButton(modal.modalEl, "Save"));
      await settle(host);
      expect(guestFiles(host)).toEqual([to]);
      expect(onDisk(host, to)).toBe(MINE);
      expect(host.noticeMessages().at(-1)).toBe(`Office Hours did not save the details of Nikola Grcevski: ${NIKOLA} was renamed, moved or deleted since it was read; look at the guest again (nothing was written).`);
    });
  }

});
