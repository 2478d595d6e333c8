// @vitest-environment happy-dom
// The five-show team's week, "Update episode list in index note": the lists follow each
// episode's lifecycle state, as the sidebar's views do. Before, the lists went by the date
// alone, so GOH 30 (a real video link, no date: "published, date unknown" in the sidebar's
// Past view) was added under a new "Ideas (no date yet)" heading, and an episode the team
// cancelled (`status: cancelled`) stayed under "Upcoming" until its date had gone, unmarked;
// then (last stop) a cancelled one went under Past at once, a future date among the aired
// ones. Now it keeps its slot by date, its line marked "(cancelled)".
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";
import { TestClock, finish, onDisk, settle, start, topModal } from "./harness";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const GOH_README = "projects/Grafana Office Hours/Grafana Office Hours Readme.md";
const AA_README = "projects/Adobo and Avocados/Adobo and Avocados README.md";
const AA37 = "projects/Adobo and Avocados/A&A 37 - Observability for testers with Abby Bangser.md";
const AA37_LINE = "- 22/05: [A&A 37 - Observability for testers with Abby Bangser](A&A%2037%20-%20Observability%20for%20testers%20with%20Abby%20Bangser.md)";

/** The block's lists by heading: `{ "## Past": [lines…] }`, blank lines left out. */
function lists(text: string): Record<string, string[]> {
  const from = text.indexOf(BLOCK_START);
  const to = text.indexOf(BLOCK_END);
  if (from < 0 || to < 0) throw new Error("no block");
  const out: Record<string, string[]> = {};
  let heading = "";
  for (const line of text.slice(from + BLOCK_START.length, to).split("\n")) {
    if (/^#+ /.test(line)) heading = line;
    // The record of the guest names the plugin wrote is no line of a list.
    else if (line.trim() !== "" && !line.startsWith("%% office-hours:episode-list wrote guests:")) (out[heading] ??= []).push(line);
  }
  return out;
}

/** Runs the command from the index note (so it is that show's) and, the first time, takes the hand-kept lists over. */
async function updateList(h: TestHost, readme: string): Promise<void> {
  await h.openFile(readme);
  expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
  await settle(h);
  const modal = h.app.workspace.containerEl.ownerDocument.querySelector(".modal") ? topModal(h) : null;
  if (modal) userClick(findButton(modal.modalEl, "Take over the lists"));
  await settle(h);
}

describe("the five-show team's index notes follow each episode's state", () => {
  it("GOH 30, aired with its date unknown, goes under Past, not under a new Ideas heading", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    await updateList(host, GOH_README);
    const after = lists(onDisk(host, GOH_README));
    expect(Object.keys(after)).toEqual(["### Past", "### Upcoming"]);
    expect(after["### Past"]?.at(-1)).toBe(
      "- [GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope](GOH%2030%20-%20Direction%20of%20Grafana%20Loki,%20Mimir,%20Tempo,%20and%20Pyroscope.md)",
    );
  });

  it("an episode cancelled ahead of its date keeps its slot in Upcoming, marked cancelled, and goes to Past when the date has gone", async () => {
    const clock = new TestClock(FIVE_SHOWS_NOW);
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock }));
    const h = host;
    // On 15 January 2024 A&A 37 (22 May) is ahead: the README's Past line moves to Upcoming.
    await updateList(h, AA_README);
    expect(lists(onDisk(h, AA_README))["## Upcoming"]).toEqual(["- 29/05: One year of Adobo and Avocados (Reflection episode)", AA37_LINE]);

    const note = h.app.vault.getFileByPath(AA37);
    if (!note) throw new Error("no A&A 37");
    await h.app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => {
      fm.status = "cancelled";
    });
    await settle(h, 8);
    // Before, it went under Past: a 22/05 line among the aired ones, four months early.
    await updateList(h, AA_README);
    let after = lists(onDisk(h, AA_README));
    expect(after["## Upcoming"]).toEqual(["- 29/05: One year of Adobo and Avocados (Reflection episode)", `${AA37_LINE} (cancelled)`]);
    expect(after["## Past"]?.at(-1)).toBe("- 15/05: Skipped");
    // Nothing new: nothing changes (the mark is not added twice).
    const once = onDisk(h, AA_README);
    await updateList(h, AA_README);
    expect(onDisk(h, AA_README)).toBe(once);

    // Its date gone, the slot that did not happen goes among the past ones, still marked.
    clock.current = new Date("2024-05-23T09:00:00Z");
    await updateList(h, AA_README);
    after = lists(onDisk(h, AA_README));
    expect(after["## Past"]?.at(-1)).toBe(`${AA37_LINE} (cancelled)`);
    expect(after["## Upcoming"]).toEqual(["- 29/05: One year of Adobo and Avocados (Reflection episode)"]);

    // Un-cancelled (rescheduled on its date), the mark the plugin wrote comes off.
    clock.current = new Date(FIVE_SHOWS_NOW.getTime());
    await h.app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => {
      fm.status = "scheduled";
    });
    await settle(h, 8);
    await updateList(h, AA_README);
    expect(lists(onDisk(h, AA_README))["## Upcoming"]).toEqual(["- 29/05: One year of Adobo and Avocados (Reflection episode)", AA37_LINE]);
  });
});
