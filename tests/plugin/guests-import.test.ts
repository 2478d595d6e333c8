// @vitest-environment happy-dom
// "Import guests from this note" end to end on the stand-in host, on the real prospect lists
// of the five-show vault: Café con Grafana's Invitados.md and the GOH README's suggestions.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { FIXTURES, notesIn } from "../core/guests/fixture-vault";
import { finish, onDisk, settle, start, topModal } from "./harness";
import { openGuests, redrawGuests } from "./guests-dom";
import { typeInto } from "../host/interactions";

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
    // A to-do verb opens the item: a thing to look at, no person (task-verbs.ts).
    expect(goh).not.toContain("Add Explore Profiles");
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

describe("a new guest's note is named for the person, not the form of address", () => {
  const importAll = async (h: TestHost) => {
    await h.openFile("Ideas.md");
    await h.runCommand("office-hours:import-guests");
    await settle(h);
    const modal = topModal(h);
    const count = modal.modalEl.querySelectorAll(".checkbox-container.is-enabled").length;
    userClick(findButton(modal.modalEl, count === 1 ? "Add 1 suggested guest" : `Add ${count} suggested guests`));
    await settle(h);
  };

  it("'Mr Ann Lee', 'Dr. Bo Chan, PhD' and 'Prof Cy Berg' become Ann Lee, Bo Chan and Cy Berg, each with the written form as an alias where the list gave one", async () => {
    const files = { "Ideas.md": "## Guest ideas\n\n- Mr Ann Lee on testing\n- Dr. Bo Chan, PhD on logs\n- Prof Cy Berg\n- Dan Poe on tracing\n" };
    ({ host } = await start({ files }));
    await importAll(host);
    const guests = host.app.vault
      .getFiles()
      .filter((f) => f.path.startsWith("Office Hours/Guests/"))
      .map((f) => f.path)
      .sort();
    expect(guests).toEqual(["Office Hours/Guests/Ann Lee.md", "Office Hours/Guests/Bo Chan.md", "Office Hours/Guests/Cy Berg.md", "Office Hours/Guests/Dan Poe.md"]);
    expect(onDisk(host, "Office Hours/Guests/Ann Lee.md")).toContain("aliases:\n  - 'Mr Ann Lee'");
    expect(onDisk(host, "Office Hours/Guests/Cy Berg.md")).toContain("aliases:\n  - 'Prof Cy Berg'");
    // "Dr." ends the list reader's run, so the name read is "Bo Chan", still ticked; nothing to drop: no alias.
    expect(onDisk(host, "Office Hours/Guests/Bo Chan.md")).not.toContain("aliases");
    expect(onDisk(host, "Office Hours/Guests/Dan Poe.md")).not.toContain("aliases");
  });

  it("the view's 'Suggest a guest' names the note the same way: 'Dr. Eve Ray, PhD' → Eve Ray, and a generation mark stays", async () => {
    ({ host } = await start({ files: { "Ideas.md": "" } }));
    const view = await openGuests(host);
    const form = view.contentEl.querySelector(".office-hours-add-guest") as HTMLFormElement;
    const name = form.querySelector("input");
    if (!name) throw new Error("no form");
    for (const typed of ["Dr. Eve Ray, PhD", "Sir Al Kay III"]) {
      typeInto(name, typed);
      form.dispatchEvent(new Event("submit", { cancelable: true }));
      await redrawGuests(host, view);
    }
    expect(onDisk(host, "Office Hours/Guests/Eve Ray.md")).toContain("aliases:\n  - 'Dr. Eve Ray, PhD'");
    expect(onDisk(host, "Office Hours/Guests/Al Kay III.md")).toContain("- 'Sir Al Kay III'");
  });

  it("never creates 'Ann Lee' beside a note of that name in another case (a look-alike folder the index does not read)", async () => {
    const files = { "office hours/guests/ANN LEE.md": "Met at KubeCon.\n", "Ideas.md": "## Guest ideas\n\n- Mr Ann Lee on testing\n" };
    ({ host } = await start({ files }));
    await importAll(host);
    expect(host.app.vault.getFiles().filter((f) => f.path.toLowerCase().includes("ann lee")).map((f) => f.path)).toEqual(["office hours/guests/ANN LEE.md"]);
    expect(onDisk(host, "office hours/guests/ANN LEE.md")).toContain("Met at KubeCon.");
  });
});
