// @vitest-environment happy-dom
// "Update episode list in index note": the marked block is written into the show's
// index note (created when missing, appended to an existing note without touching a
// byte outside it, replaced in place later) and broken markers are refused unwritten.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, suggestionTexts } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";
import { GOH12, GOH25, fileAt, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const INDEX = "Office Hours/Office Hours episodes.md";
const COMMAND = "office-hours:update-index-note";

function episodes(): Record<string, string> {
  return {
    "Office Hours/OH 01 - First steps, with Ann Lee.md": "---\ndate: 2025-05-02\n---\nGuest:: Ann Lee\n\n- [x] Invite\n",
    "Office Hours/OH 02 - Dashboards.md": "---\ndate: 2025-06-06\n---\nGuest::\n\n- [ ] Invite\n",
  };
}

/** The block for the two seeded episodes, as the plugin writes it (today is 2 June 2025). */
function block(upcoming: string[], past: string[], newline = "\n"): string {
  return [BLOCK_START, "### Upcoming", "", ...upcoming, "", "### Past", "", ...past, BLOCK_END].join(newline);
}

const UPCOMING = ["- 2025-06-06: [[OH 02 - Dashboards]]"];
const PAST = ["- 2025-05-02: [[OH 01 - First steps, with Ann Lee]] with Ann Lee"];

function countWrites(h: TestHost, path: string): () => number {
  let writes = 0;
  h.app.vault.on("modify", (file) => {
    if (file.path === path) writes++;
  });
  return () => writes;
}

describe("the index note command", () => {
  it("creates the show's index note with the block when there is none", async () => {
    ({ host } = await start({ files: episodes() }));
    expect(await host.runCommand(COMMAND)).toBe(true);
    await settle(host);
    expect(onDisk(host, INDEX)).toBe(`${block(UPCOMING, PAST)}\n`);
    expect(host.noticeMessages()).toEqual([`Created ${INDEX} with 2 episodes.`]);
    // The index note is not itself an episode.
    await host.runCommand("office-hours:new-episode");
    expect(topModal(host).modalEl.querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe("3");
  });

  it("appends the block to an existing note without changing a byte of it", async () => {
    const mine = "# Office Hours\n\nOur weekly show. *Everything* here is mine: [[links]], %% comments %% and all.\n";
    ({ host } = await start({ files: { ...episodes(), [INDEX]: mine } }));
    await host.runCommand(COMMAND);
    await settle(host);
    const after = onDisk(host, INDEX);
    expect(after.startsWith(mine)).toBe(true);
    expect(after).toBe(`${mine}\n${block(UPCOMING, PAST)}\n`);
    expect(host.noticeMessages()).toEqual([`Updated the episode list in ${INDEX}.`]);
  });

  it("keeps a CRLF note in CRLF", async () => {
    const mine = "# Office Hours\r\n\r\nOur weekly show.\r\n";
    ({ host } = await start({ files: { ...episodes(), [INDEX]: mine } }));
    await host.runCommand(COMMAND);
    await settle(host);
    expect(onDisk(host, INDEX)).toBe(`${mine}\r\n${block(UPCOMING, PAST, "\r\n")}\r\n`);
  });

  it("updates the block in place on the next run, leaving the text around it alone", async () => {
    ({ host } = await start({ files: episodes() }));
    await host.runCommand(COMMAND);
    await settle(host);
    const before = "# Office Hours\n\nIntro the user wrote above.\n\n";
    const after = "\n\n## Guest ideas\n\n- Someone from Loki\n";
    await host.app.vault.modify(fileAt(host, INDEX), `${before}${block(UPCOMING, PAST)}${after}`);
    await host.app.vault.create("Office Hours/OH 03 - Tracing, with Bo Chen.md", "---\ndate: 2025-06-13\n---\nGuest:: Bo Chen\n\n- [ ] Invite\n");
    await settle(host);

    await host.runCommand(COMMAND);
    await settle(host);
    const upcoming = [...UPCOMING, "- 2025-06-13: [[OH 03 - Tracing, with Bo Chen]] with Bo Chen"];
    expect(onDisk(host, INDEX)).toBe(`${before}${block(upcoming, PAST)}${after}`);
    expect(host.noticeMessages().at(-1)).toBe(`Updated the episode list in ${INDEX}.`);

    // Nothing new: nothing is written.
    const writes = countWrites(host, INDEX);
    await host.runCommand(COMMAND);
    await settle(host);
    expect(host.noticeMessages().at(-1)).toBe(`The episode list in ${INDEX} was already up to date.`);
    expect(writes()).toBe(0);
  });

  const broken: [string, (b: string) => string][] = [
    ["a start marker without an end", (b) => b.slice(0, b.indexOf(BLOCK_END))],
    ["an end marker without a start", (b) => b.slice(b.indexOf("### Upcoming"))],
    ["two blocks", (b) => `${b}\n\n${b}`],
    ["the end before the start", (b) => `${BLOCK_END}\n\n${b.replace(BLOCK_END, "")}`],
    ["an end marker not closed with %%", (b) => b.replace(BLOCK_END, "%% office-hours:episode-list end")],
  ];
  it.each(broken)("refuses %s: a notice, and no write", async (_what, breakIt) => {
    const text = `# Office Hours\n\n${breakIt(block(["- old line"], ["- old line"]))}\n\nMore of my text.\n`;
    ({ host } = await start({ files: { ...episodes(), [INDEX]: text } }));
    const writes = countWrites(host, INDEX);
    await host.runCommand(COMMAND);
    await settle(host);
    expect(onDisk(host, INDEX)).toBe(text);
    expect(writes()).toBe(0);
    expect(host.noticeMessages()).toHaveLength(1);
    expect(host.noticeMessages()[0]).toMatch(/episode list|markers/);
    expect(host.noticeMessages()[0]).toMatch(/not changed/);
  });

  it("with two shows asks which one, and writes into that show's own index note (the real Readme)", async () => {
    const readme = realNote("Grafana Office Hours Readme.md");
    ({ host } = await start({
      data: showData([
        { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", indexNote: "GOH/Grafana Office Hours Readme" },
        { id: "aa", name: "Adobo and Avocados", code: "A&A", folder: "A&A" },
      ]),
      files: { "GOH/Grafana Office Hours Readme.md": readme, [`GOH/${GOH25}`]: realNote(GOH25), [`GOH/${GOH12}`]: realNote(GOH12) },
    }));
    await host.runCommand(COMMAND);
    expect(suggestionTexts(topModal(host).modalEl)).toEqual(["Grafana Office Hours (GOH)", "Adobo and Avocados (A&A)"]);
    chooseSuggestion("Grafana", topModal(host).modalEl);
    await settle(host);
    const after = onDisk(host, "GOH/Grafana Office Hours Readme.md");
    expect(after.startsWith(readme)).toBe(true);
    expect(after.slice(readme.length)).toBe(
      `\n${block(["- (none yet)"], ["- 2023-09-22: [[GOH 12 - Govable]] with Andrii Kovalov, Ari Herschowitz", "- 2024-01-05: [[GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski]] with Nikola Grcevski"])}\n`,
    );
    expect(host.app.vault.getFileByPath("A&A/Adobo and Avocados episodes.md")).toBeNull();
  });
});
