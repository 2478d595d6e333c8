// @vitest-environment happy-dom
// "Import guests from this note" end to end on the stand-in host, on the real prospect lists
// of the five-show vault: Café con Grafana's Invitados.md and the GOH README's suggestions.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { FIXTURES, notesIn } from "../core/guests/fixture-vault";
import { finish, onDisk, settle, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function fiveShows(): Record<string, string> {
  return notesIn(join(FIXTURES, "five-shows"));
}

describe("importing a hand-kept list of guest ideas", () => {
  const INVITADOS = "projects/CafeConGrafana/Invitados.md";

  it("adds the confirmed names as suggested guests, leaves the list as it is, and adds nobody twice", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const before = onDisk(host, INVITADOS);
    await host.openFile(INVITADOS);
    expect(await host.runCommand("office-hours:import-guests")).toBe(true);
    await settle(host);
    const modal = topModal(host);
    const toggles = () => Array.from(modal.modalEl.querySelectorAll<HTMLElement>(".checkbox-container"));
    const ticked = () => toggles().filter((t) => t.classList.contains("is-enabled")).map((t) => t.getAttribute("aria-label"));
    expect(ticked().slice(0, 4)).toEqual(["Add Israel Blancas", "Add José Gomez-Sellés", "Add Guillermo Vigil", "Add Jorge Turrado"]);
    // Untick all but the first three ticked.
    let kept = 0;
    for (const toggle of toggles()) {
      if (!toggle.classList.contains("is-enabled")) continue;
      if (kept < 3) kept++;
      else userClick(toggle);
    }
    expect(ticked()).toEqual(["Add Israel Blancas", "Add José Gomez-Sellés", "Add Guillermo Vigil"]);
    userClick(findButton(modal.modalEl, "Add 3 suggested guests"));
    await settle(host);
    expect(onDisk(host, "Office Hours/Guests/Israel Blancas.md")).toBe("---\nstatus: 'suggested'\n---\n\nIsrael Blancas  Red Hat\n\nFrom [[Invitados]]\n");
    expect(onDisk(host, "Office Hours/Guests/Guillermo Vigil.md")).toContain("status: 'suggested'");
    expect(host.noticeMessages().at(-1)).toBe("3 suggested guests added from Invitados.");
    expect(onDisk(host, INVITADOS)).toBe(before);

    // Again: the three are known now, shown but not addable.
    await host.runCommand("office-hours:import-guests");
    await settle(host);
    const again = topModal(host);
    expect(again.modalEl.textContent).toContain("Already a guest: Israel Blancas (suggested)");
    const first = again.modalEl.querySelector<HTMLElement>(".checkbox-container");
    expect(first?.classList.contains("is-enabled")).toBe(false);
    for (const toggle of Array.from(again.modalEl.querySelectorAll<HTMLElement>(".checkbox-container"))) if (toggle.classList.contains("is-enabled")) userClick(toggle);
    userClick(findButton(again.modalEl, "Add 0 suggested guests"));
    await settle(host);
    expect(host.app.vault.getFiles().filter((f) => f.path.startsWith("Office Hours/Guests/")).length).toBe(3);
  });
});

describe("importing the GOH README's Future guest suggestions", () => {
  it("leaves a name that may be a known guest unticked, with the hint (Paschalis Tsilians)", async () => {
    const README = "projects/Grafana Office Hours/Grafana Office Hours Readme.md";
    ({ host } = await start({ files: fiveShows() }));
    await host.openFile(README);
    await host.runCommand("office-hours:import-guests");
    await settle(host);
    const modal = topModal(host);
    const row = (name: string) => Array.from(modal.modalEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".checkbox-container")?.getAttribute("aria-label") === `Add ${name}`);
    const on = (name: string) => row(name)?.querySelector(".checkbox-container")?.classList.contains("is-enabled");
    expect(row("Paschalis Tsilians")?.textContent).toContain("May be Paschalis Tsilias");
    expect(on("Paschalis Tsilians")).toBe(false);
    expect([on("Matt Durham"), on("Ryan Kehoe"), on("Fabrizia Rossano")]).toEqual([true, true, true]);
    userClick(findButton(modal.modalEl, "Cancel"));
  });

  it("ticks the people and leaves the products unticked, with the vault's show names as the clue (Loki Adaptive Logs, Grafana Pyroscope)", async () => {
    ({ host } = await start({ files: fiveShows() }));
    const ticked = async (path: string) => {
      await host?.openFile(path);
      await host?.runCommand("office-hours:import-guests");
      if (!host) return [];
      await settle(host);
      const modal = topModal(host);
      const names = Array.from(modal.modalEl.querySelectorAll<HTMLElement>(".checkbox-container.is-enabled")).map((t) => t.getAttribute("aria-label"));
      userClick(findButton(modal.modalEl, "Cancel"));
      return names;
    };
    const goh = await ticked("projects/Grafana Office Hours/Grafana Office Hours Readme.md");
    expect(goh).toContain("Add Ryan Kehoe");
    expect(goh).not.toContain("Add Loki Adaptive Logs");
    // "Adaptive Logs" is unticked by the GOH README's link [[GOH - Loki Adaptive Logs]], read from the metadata cache.
    expect(await ticked("projects/Loki Community Calls/Loki Community Calls.md")).toEqual(["Add Dylan Guedes", "Add Salva Corts Sánchez", "Add Tom Donohue"]);
    expect(await ticked("processes/How to run an Office Hours or Community Call.md")).toEqual(["Add Ryan Perry"]);
    expect(await ticked("projects/CafeConGrafana/README.md")).toEqual([]);
  });
});

describe("importing a name written with a title", () => {
  it("knows the guest note 'Ann Lee' under 'Prof Ann Lee' and offers 'Ann Lee, Jr.'s look-alike with a hint", async () => {
    const files = { "Office Hours/Guests/Ann Lee.md": "---\nstatus: contacted\n---\n", "Ideas.md": "## Guest ideas\n\n- Prof Ann Lee on testing\n- Ann Lee Jr. on fuzzing\n- Bo Chan on logs\n" };
    ({ host } = await start({ files }));
    await host.openFile("Ideas.md");
    await host.runCommand("office-hours:import-guests");
    await settle(host);
    const modal = topModal(host);
    const row = (name: string) => Array.from(modal.modalEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".checkbox-container")?.getAttribute("aria-label") === `Add ${name}`);
    const on = (name: string) => row(name)?.querySelector(".checkbox-container")?.classList.contains("is-enabled");
    expect(row("Prof Ann Lee")?.textContent).toContain("Already a guest: Ann Lee (contacted)");
    expect(on("Prof Ann Lee")).toBe(false);
    expect(row("Ann Lee Jr")?.textContent).toContain("May be Ann Lee (the same name but for Jr., Sr. or a numeral");
    expect(on("Ann Lee Jr")).toBe(false);
    expect(on("Bo Chan")).toBe(true);
    userClick(findButton(modal.modalEl, "Cancel"));
  });
});
