// @vitest-environment happy-dom
// OpenModals.ask: one place for "ask through a modal; dismissed is null", which the guest
// commands (import, save details, link names) each wrote out before.
import { describe, expect, it } from "vitest";
import { Modal } from "obsidian";
import { createTestHost } from "../host/test-host";
import { OpenModals } from "../../src/plugin/ui/open-modals";

async function asker(): Promise<{ modals: OpenModals; make: (answer: (value: string) => void) => Modal; answer: (value: string) => void; modal: () => Modal }> {
  const host = await createTestHost();
  const modals = new OpenModals();
  let given: ((value: string) => void) | undefined;
  let made: Modal | undefined;
  return {
    modals,
    make: (answer) => {
      given = answer;
      made = new Modal(host.app);
      return made;
    },
    answer: (value) => given?.(value),
    modal: () => {
      if (!made) throw new Error("no modal made");
      return made;
    },
  };
}

describe("OpenModals.ask", () => {
  it("gives the answer, and the close after it changes nothing", async () => {
    const a = await asker();
    const asked = a.modals.ask(a.make);
    a.answer("Ann");
    a.modal().close();
    expect(await asked).toBe("Ann");
  });

  it("gives null when the modal closes unanswered", async () => {
    const a = await asker();
    const asked = a.modals.ask(a.make);
    a.modal().close();
    expect(await asked).toBeNull();
  });

  it("gives null at once after unload, when nothing opens", async () => {
    const a = await asker();
    a.modals.closeAll();
    expect(await a.modals.ask(a.make)).toBeNull();
  });

  it("gives null when unload closes the open modal", async () => {
    const a = await asker();
    const asked = a.modals.ask(a.make);
    a.modals.closeAll();
    expect(await asked).toBeNull();
  });
});
