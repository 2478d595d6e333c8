// @vitest-environment happy-dom
// mends11: "New episode" in a show kept in year folders (OH/2024, OH/2025): the form's preview
// names the new year's folder, and the first episode of 2026 is written into OH/2026, made
// through the plugin's folder-creation path with the note.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const body = (date: string) => `---\ndate: ${date}\n---\nGuest:: Ann Lee\n\n## Checklist\n\n- [x] Invite\n- [ ] Promote\n`;
const VAULT = {
  "OH/2024/OH 01 - Logs.md": body("2024-12-19"),
  "OH/2025/OH 02 - Traces.md": body("2025-12-04"),
  "OH/2025/OH 03 - Metrics.md": body("2025-12-18"),
};
const OH = {
  id: "oh",
  name: "Office Hours",
  code: "OH",
  folder: "OH",
  fileNamePattern: "{{code}} {{number}} - {{topic}}",
  numberPadding: 2,
  schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
};
// Monday 29 December 2025: the next Thursday is 1 January 2026.
const NOW = new Date("2025-12-29T09:00:00Z");

describe("New episode in a show kept in year folders", () => {
  it("previews and writes the first episode of 2026 into a new OH/2026", async () => {
    ({ host } = await start({ files: VAULT, data: showData([OH]), clock: new TestClock(NOW) }));
    const h = host;
    await h.runCommand("office-hours:new-episode");
    const form = topModal(h).modalEl;
    const input = findSetting(form, "Topic").querySelector("input");
    if (!input) throw new Error("no Topic input");
    typeInto(input, "Profiles");
    expect(form.querySelector(".office-hours-file-preview")?.textContent).toBe("File: OH/2026/OH 04 - Profiles.md");
    userClick(findButton(form, "Create"));
    await settle(h, 8);
    expect(h.app.workspace.getActiveFile()?.path).toBe("OH/2026/OH 04 - Profiles.md");
    expect(onDisk(h, "OH/2026/OH 04 - Profiles.md")).toMatch(/^---\n[\s\S]*date: 2026-01-01\n/);
    expect(onDisk(h, "OH/2025/OH 03 - Metrics.md")).toBe(body("2025-12-18"));
  });
});
