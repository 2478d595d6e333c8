// @vitest-environment happy-dom
// "Reschedule episode" with the show's index note open in another pane and typing in it
// not yet saved (the editor saves two seconds after the last key). The list update used
// to go through Vault.process, which reads the saved file: the editor then took the
// written file and the typing outside the list was gone. It goes through the editor now.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto, userClick } from "../host/interactions";
import { finish, onDisk, settle, showData, start, topModal, TestClock } from "./harness";
import { defaultShow } from "../../src/core/settings/settings";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const NOW = new Date("2024-02-01T09:00:00Z");
const README = "Shows/OH/README.md";
const OLD = "Shows/OH/OH 12 - 2024-02-15 - Tracing.md";
const NEW = "Shows/OH/OH 12 - 2024-02-22 - Tracing.md";
const TYPED = "- Ask Loki's team about a demo";

describe("reschedule with the index note open and typing not saved", () => {
  it("keeps the typing and updates the list", async () => {
    const show = defaultShow("UTC", "Office Hours");
    Object.assign(show, { id: "oh", code: "OH", folder: "Shows/OH", indexNote: README, fileNamePattern: "{{code}} {{number}} - {{date:YYYY-MM-DD}} - {{topic}}" });
    ({ host } = await start({
      clock: new TestClock(NOW),
      data: showData([show as unknown as Record<string, unknown>]),
      files: {
        [OLD]: "---\ndate: 2024-02-15\n---\nGuest:: Ann Lee\n\n- [ ] Invite the guest 📅 2024-02-08\n",
        [README]: `# Office Hours\n\n${BLOCK_START}\n${BLOCK_END}\n\n## Ideas\n\n- Tempo\n`,
      },
    }));
    const h = host;
    await h.openFile(OLD);
    await h.runCommand("office-hours:update-index-note");
    await settle(h);
    expect(onDisk(h, README)).toContain("[[OH 12 - 2024-02-15 - Tracing]]");

    const index = await h.openFile(README, { newLeaf: true });
    const episodeLeaf = h.app.workspace.getLeavesOfType("markdown").find((leaf) => (leaf.view as { file?: { path: string } }).file?.path === OLD);
    if (!episodeLeaf) throw new Error("the episode is not open");
    h.app.workspace.setActiveLeaf(episodeLeaf, { focus: true });
    await h.runCommand("office-hours:reschedule-episode");
    await settle(h);
    const el = topModal(h).modalEl;
    const date = el.querySelector<HTMLInputElement>('input[type="date"]');
    if (!date) throw new Error("no form");
    typeInto(date, "2024-02-22");
    // Typed under "Ideas" while the form is open; its save is still two seconds away.
    index.editor.replaceRange(`${TYPED}\n`, { line: index.editor.lineCount() - 1, ch: 0 });
    userClick(findButton(el, "Reschedule"));
    for (let i = 0; i < 40; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    await settle(h, 8);

    expect(h.app.vault.getFileByPath(NEW)).not.toBeNull();
    expect(index.editor.getValue()).toContain(TYPED);
    expect(onDisk(h, README)).toContain(TYPED);
    expect(onDisk(h, README)).toContain("[[OH 12 - 2024-02-22 - Tracing]]");
    expect(onDisk(h, README)).not.toContain("2024-02-15 - Tracing");
  });
});
