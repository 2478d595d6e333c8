// @vitest-environment happy-dom
// "Update episode list in index note" on guest lists written by hand inside the plugin's
// block, end to end through the host: a bold list that lacks a guest is reworded in place,
// its bold kept; "with live demo" on an episode with guests stays the user's words and
// gets no list beside it; everything else in the note stays byte for byte.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";
import { finish, onDisk, settle, showData, start } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const INDEX = "Office Hours/Office Hours episodes.md";

const files = (index: string): Record<string, string> => ({
  "Office Hours/OH 01 - Tracing.md": "---\ndate: 2025-05-02\n---\nGuests:: Ann Lee, Bo Chen\n\n- [x] Invite\n",
  "Office Hours/OH 02 - Dashboards.md": "---\ndate: 2025-05-09\n---\nGuest:: Cy Diaz\n\n- [x] Invite\n",
  [INDEX]: index,
});

describe("guest lists written by hand in the block", () => {
  it("a bold list lacking a guest gets it inside the bold; a with that names no guest stays, alone", async () => {
    const before = "# Office Hours\n\nOur notes above the list.\n\n";
    const after = "\n\n## Ideas\n\n- Someone from Loki\n";
    const lines = (one: string, two: string) => [BLOCK_START, "### Past", "", one, two, BLOCK_END].join("\n");
    const written = lines("- 2025-05-02: [[OH 01 - Tracing]] **with Ann**", "- 2025-05-09: [[OH 02 - Dashboards]] with live demo");
    const data = showData([{ id: "oh", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX }]);
    ({ host } = await start({ data, files: files(`${before}${written}${after}`) }));
    expect(await host.runCommand("office-hours:update-index-note")).toBe(true);
    await settle(host);
    // The plugin records the name it added (Bo Chen): it is the one it may take out later; "Ann" is the user's.
    const expected = lines("- 2025-05-02: [[OH 01 - Tracing]] **with Ann and Bo Chen**", "- 2025-05-09: [[OH 02 - Dashboards]] with live demo").replace(
      `${BLOCK_START}\n`,
      `${BLOCK_START}\n%% office-hours:episode-list wrote guests: OH 01 - Tracing: Bo Chen %%\n`,
    );
    expect(onDisk(host, INDEX)).toBe(`${before}${expected}${after}`);
    // Run again: nothing to write.
    expect(await host.runCommand("office-hours:update-index-note")).toBe(true);
    await settle(host);
    expect(onDisk(host, INDEX)).toBe(`${before}${expected}${after}`);
  });
});
