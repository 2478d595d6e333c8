// @vitest-environment happy-dom
// "Update episode list in index note": never a note the user did not ask for, never a
// second list under the ones kept by hand. The first run shows what would change and
// asks; later runs update the marked block in place without touching a byte outside it;
// broken markers are refused unwritten; the show comes from the active note when it can.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, suggestionTexts, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START, PLACE_MARKER } from "../../src/core/index-note/index-note";
import { DATA_PATH, GOH12, GOH25, fileAt, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

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
    "Office Hours/OH 03 - Someday.md": "---\ndate:\n---\nGuest:: Bo Chen\n\n- [ ] Invite\n",
  };
}

/** The block for the seeded episodes, as the plugin writes it (today is 2 June 2025). */
function block(upcoming: string[], past: string[], ideas: string[] = [], newline = "\n"): string {
  const lists = ["### Upcoming", "", ...upcoming, ...(upcoming.length > 0 ? [""] : []), "### Past", "", ...past];
  if (ideas.length > 0) lists.push("", "### Ideas (no date yet)", "", ...ideas);
  // The plugin records the guest names it wrote (so it can take one out once that guest is off).
  const records = ideas.includes(IDEAS[0] ?? "") ? [RECORD] : [];
  return [BLOCK_START, ...records, ...lists, BLOCK_END].join(newline);
}

const RECORD = "%% office-hours:episode-list wrote guests: OH 03 - Someday: Bo Chen %%";

const UPCOMING = ["- 2025-06-06: [[OH 02 - Dashboards]]"];
const PAST = ["- 2025-05-02: [[OH 01 - First steps, with Ann Lee]]"];
/** Undated: an idea, not upcoming. */
const IDEAS = ["- [[OH 03 - Someday]] with Bo Chen"];

function countWrites(h: TestHost, path: string): () => number {
  let writes = 0;
  h.app.vault.on("modify", (file) => {
    if (file.path === path) writes++;
  });
  return () => writes;
}

function buttons(h: TestHost): string[] {
  return Array.from(topModal(h).modalEl.querySelectorAll("button"), (b) => b.textContent ?? "");
}

async function run(h: TestHost): Promise<void> {
  expect(await h.runCommand(COMMAND)).toBe(true);
  await settle(h);
}

async function press(h: TestHost, label: string): Promise<void> {
  userClick(findButton(topModal(h).modalEl, label));
  await settle(h);
}

describe("a show without an index note", () => {
  it("asks, and creates nothing when the question is dismissed", async () => {
    ({ host } = await start({ files: episodes() }));
    await run(host);
    expect(topModal(host).titleEl.textContent).toBe("Office Hours has no index note");
    expect(buttons(host)).toEqual(["Pick a note", `Create “${INDEX}”`]);
    topModal(host).close();
    await settle(host);
    expect(host.app.vault.getFileByPath(INDEX)).toBeNull();
    expect(host.noticeMessages()).toEqual([]);
  });

  it("creates the note only when asked to, and remembers it as the show's index note", async () => {
    ({ host } = await start({ files: episodes() }));
    await run(host);
    await press(host, `Create “${INDEX}”`);
    expect(onDisk(host, INDEX)).toBe(`${block(UPCOMING, PAST, IDEAS)}\n`);
    expect(host.noticeMessages()).toEqual([`Created ${INDEX} with 3 episodes.`]);
    expect((JSON.parse(onDisk(host, DATA_PATH)) as { shows: { indexNote: string }[] }).shows[0]?.indexNote).toBe(INDEX);
    // The index note is not itself an episode.
    await host.runCommand("office-hours:new-episode");
    // The index note was just saved in the settings: the form waits for the notes to be read again.
    await settle(host);
    expect(topModal(host).modalEl.querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe("4");
  });

  it("a note picked is remembered, and its first update is previewed before anything is written", async () => {
    const mine = "# Our show\n\nWe talk about things.\n";
    ({ host } = await start({ files: { ...episodes(), "Shows/About.md": mine } }));
    await run(host);
    await press(host, "Pick a note");
    chooseSuggestion("Shows/About", topModal(host).modalEl);
    await settle(host);
    expect((JSON.parse(onDisk(host, DATA_PATH)) as { shows: { indexNote: string }[] }).shows[0]?.indexNote).toBe("Shows/About.md");
    expect(topModal(host).titleEl.textContent).toBe("The episode list in Shows/About.md");
    expect(onDisk(host, "Shows/About.md")).toBe(mine);
    await press(host, "Add it");
    expect(onDisk(host, "Shows/About.md")).toBe(`${mine}\n${block(UPCOMING, PAST, IDEAS)}\n`);
  });
});

describe("the first run on an index note", () => {
  const data = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX }]);

  it("without lists or a marker: previews the block at the end; cancelled, writes nothing", async () => {
    const mine = "# Office Hours\n\nOur weekly show. *Everything* here is mine: [[links]], %% comments %% and all.\n";
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: mine } }));
    const writes = countWrites(host, INDEX);
    await run(host);
    const modal = topModal(host).modalEl;
    expect(buttons(host)).toEqual(["Add it", "Cancel"]);
    expect(Array.from(modal.querySelectorAll(".office-hours-preview-label"), (l) => l.textContent)).toEqual(["After"]);
    expect(Array.from(modal.querySelectorAll(".office-hours-preview-line.is-changed"), (l) => l.textContent)).toContain(UPCOMING[0]);
    await press(host, "Cancel");
    expect(onDisk(host, INDEX)).toBe(mine);
    expect(writes()).toBe(0);
  });

  it("appends the block without changing a byte of the note, also in CRLF", async () => {
    const mine = "# Office Hours\r\n\r\nOur weekly show.\r\n";
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: mine } }));
    await run(host);
    await press(host, "Add it");
    expect(onDisk(host, INDEX)).toBe(`${mine}\r\n${block(UPCOMING, PAST, IDEAS, "\r\n")}\r\n`);
    expect(host.noticeMessages()).toEqual([`Added the episode list to ${INDEX}.`]);
  });

  it("puts the block at the user's marker, nowhere else", async () => {
    const mine = `# Office Hours\n\n## Ours\n\n${PLACE_MARKER}\n\n## Notes\n\nKeep this.\n`;
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: mine } }));
    await run(host);
    await press(host, "Put it at the marker");
    expect(onDisk(host, INDEX)).toBe(mine.replace(PLACE_MARKER, block(UPCOMING, PAST, IDEAS)));
  });

  it("with hand-kept lists: previews taking them over, then keeps them current; nothing new, nothing written", async () => {
    const mine = "# Office Hours\n\n## Past\n\n- 02/05: [[OH 01 - First steps, with Ann Lee]]\n- 09/05: Break (holiday)\n\n## Upcoming\n\n- [[OH 03 - Someday]]\n- Ask Cy about Tempo\n\n## Guest ideas\n\n- Dee\n";
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: mine } }));
    await run(host);
    expect(buttons(host)).toEqual(["Take over the lists", "Cancel"]);
    const hint = topModal(host).modalEl.querySelector(".office-hours-form-note")?.textContent;
    expect(hint).toContain(PLACE_MARKER);
    await press(host, "Take over the lists");
    const taken = [
      "# Office Hours",
      "",
      BLOCK_START,
      RECORD,
      "## Past",
      "",
      "- 02/05: [[OH 01 - First steps, with Ann Lee]]",
      "- 09/05: Break (holiday)",
      "",
      "## Upcoming",
      "",
      "- Ask Cy about Tempo",
      // Written like the lines of its list, which give no dates.
      "- [[OH 02 - Dashboards]]",
      "",
      "## Ideas (no date yet)",
      "",
      "- [[OH 03 - Someday]] with Bo Chen",
      BLOCK_END,
      "",
      "## Guest ideas",
      "",
      "- Dee",
      "",
    ].join("\n");
    expect(onDisk(host, INDEX)).toBe(taken);
    expect(host.noticeMessages()).toEqual([`Took over the episode lists in ${INDEX}.`]);

    // The next run asks nothing and, with nothing new, writes nothing.
    const writes = countWrites(host, INDEX);
    await run(host);
    expect(host.activeModal()).toBeNull();
    expect(host.noticeMessages().at(-1)).toBe(`The episode list in ${INDEX} was already up to date.`);
    expect(writes()).toBe(0);

    // A new episode: the block is updated in place, the text around it untouched.
    await host.app.vault.create("Office Hours/OH 04 - Tracing, with Bo Chen.md", "---\ndate: 2025-06-13\n---\nGuest:: Bo Chen\n\n- [ ] Invite\n");
    await settle(host);
    await run(host);
    expect(onDisk(host, INDEX)).toBe(taken.replace("- [[OH 02 - Dashboards]]\n", "- [[OH 02 - Dashboards]]\n- [[OH 04 - Tracing, with Bo Chen]]\n"));
    expect(host.noticeMessages().at(-1)).toBe(`Updated the episode list in ${INDEX}.`);
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
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: text } }));
    const writes = countWrites(host, INDEX);
    await run(host);
    expect(onDisk(host, INDEX)).toBe(text);
    expect(writes()).toBe(0);
    expect(host.noticeMessages()).toHaveLength(1);
    expect(host.noticeMessages()[0]).toMatch(/episode list|markers/);
    expect(host.noticeMessages()[0]).toMatch(/not changed/);
  });

  it("a configured index note that does not exist is created only when the user says so", async () => {
    ({ host } = await start({ data, files: episodes() }));
    await run(host);
    expect(topModal(host).titleEl.textContent).toBe("The index note does not exist");
    topModal(host).close();
    await settle(host);
    expect(host.app.vault.getFileByPath(INDEX)).toBeNull();
    await run(host);
    await press(host, "Create it");
    expect(onDisk(host, INDEX)).toBe(`${block(UPCOMING, PAST, IDEAS)}\n`);
  });
});

describe("a note put at the index note's name while the question is open", () => {
  const data = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX }]);
  it("is left as it is, and a notice says nothing was changed", async () => {
    ({ host } = await start({ data, files: episodes() }));
    await run(host);
    expect(topModal(host).titleEl.textContent).toBe("The index note does not exist");
    // A sync brings a note of that name between the check and the write.
    const h = host;
    const create = h.app.vault.create.bind(h.app.vault);
    let synced = false;
    h.app.vault.create = async (path, data, options) => {
      if (path === INDEX && !synced) {
        synced = true;
        await create(path, "# Kept by hand\n");
      }
      return create(path, data, options);
    };
    await press(host, "Create it");
    expect(onDisk(host, INDEX)).toBe("# Kept by hand\n");
    expect(host.noticeMessages().at(-1)).toMatch(/did not create .*Nothing was changed/);
  });
});

describe("which show", () => {
  const twoShows = showData([
    { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", indexNote: "GOH/Grafana Office Hours Readme" },
    { id: "aa", name: "Adobo and Avocados", code: "A&A", folder: "A&A", indexNote: "A&A/README" },
  ]);
  const files = () => ({
    "GOH/Grafana Office Hours Readme.md": realNote("Grafana Office Hours Readme.md"),
    [`GOH/${GOH25}`]: realNote(GOH25),
    [`GOH/${GOH12}`]: realNote(GOH12),
    "A&A/README.md": "# A&A\n",
  });

  it("with two shows and no show in the active note, asks which one", async () => {
    ({ host } = await start({ data: twoShows, files: files() }));
    await run(host);
    expect(suggestionTexts(topModal(host).modalEl)).toEqual(["Grafana Office Hours (GOH)", "Adobo and Avocados (A&A)"]);
    chooseSuggestion("Grafana", topModal(host).modalEl);
    await settle(host);
    expect(topModal(host).titleEl.textContent).toBe("The episode list in GOH/Grafana Office Hours Readme.md");
    await press(host, "Take over the lists");
    const after = onDisk(host, "GOH/Grafana Office Hours Readme.md");
    // Under the start marker, the record of the guest names the plugin wrote, then the user's heading.
    expect(after).toMatch(new RegExp(`${BLOCK_START.replace(/[()'.]/g, "\\$&")}\n%% office-hours:episode-list wrote guests: [^\n]* %%\n## Episodes\n`));
    expect(after).toContain("- 22/09: [GOH 12 - Govable](GOH%2012%20-%20Govable.md) with Andrii Kovalov and Ari Herschowitz\n");
    expect(after.split("\n").filter((l) => /break/i.test(l))).toHaveLength(6);
    expect(after.match(/### Past/g)).toHaveLength(1);
  });

  it("knows the show from the active note: an episode of it, or its index note", async () => {
    ({ host } = await start({ data: twoShows, files: files() }));
    await host.openFile(`GOH/${GOH25}`);
    await run(host);
    expect(topModal(host).titleEl.textContent).toBe("The episode list in GOH/Grafana Office Hours Readme.md");
    topModal(host).close();
    await settle(host);
    await host.openFile("A&A/README.md");
    await run(host);
    expect(topModal(host).titleEl.textContent).toBe("The episode list in A&A/README.md");
  });
});

describe("in place", () => {
  it("a block an earlier version appended is updated without asking", async () => {
    const data = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX }]);
    const before = "# Office Hours\n\nIntro the user wrote above.\n\n";
    const old = [BLOCK_START, "### Upcoming", "", "- (none yet)", "", "### Past", "", "- (none yet)", BLOCK_END].join("\n");
    const after = "\n\n## Guest ideas\n\n- Someone from Loki\n";
    ({ host } = await start({ data, files: { ...episodes(), [INDEX]: `${before}${old}${after}` } }));
    await run(host);
    expect(host.activeModal()).toBeNull();
    expect(onDisk(host, INDEX)).toBe(`${before}${block(UPCOMING, PAST, IDEAS)}${after}`);
    expect(fileAt(host, INDEX)).toBeTruthy();
  });
});
