// @vitest-environment happy-dom
// liveListenerCount().modals: the DOM listeners held inside modals that are still open,
// counted the way the DOM keeps them (the same listener added twice is held once).
import { Modal, Setting } from "obsidian";
import { afterEach, expect, test } from "vitest";
import { createTestHost, type TestHost } from "./test-host";

let host: TestHost;
afterEach(() => host.dispose());

class Form extends Modal {
  override onOpen(): void {
    new Setting(this.contentEl).setName("Topic").addText((text) => text.onChange(() => undefined));
    new Setting(this.contentEl).addButton((button) => button.setButtonText("Create"));
  }
}

test("counts the listeners of open modals only, and each listener once", async () => {
  host = await createTestHost();
  expect(host.liveListenerCount().modals).toBe(0);
  const form = new Form(host.app);
  form.open();
  // The backdrop, the close button, the text input and the button.
  expect(host.liveListenerCount().modals).toBe(4);
  const listener = () => undefined;
  form.contentEl.addEventListener("click", listener);
  form.contentEl.addEventListener("click", listener);
  expect(host.liveListenerCount().modals).toBe(5);
  form.contentEl.removeEventListener("click", listener);
  expect(host.liveListenerCount().modals).toBe(4);
  expect(host.liveListenerCount().total).toBe(host.liveListenerCount().modals);
  form.close();
  expect(host.liveListenerCount().modals).toBe(0);
  expect(host.liveListenerCount().total).toBe(0);
});
