// A reschedule renames the episode's note; the index note's block relinks its line
// (list-links.ts) and now also renames it in the plugin's own records (the "(cancelled)"
// marks and guest names it wrote, own-marks.ts / own-guests.ts). Before, the records kept
// the old name: the plugin's names on the relinked line read as the user's from then on,
// and the block named a note that is gone (reschedule-open-index.test.ts saw it on disk).
import { describe, expect, it } from "vitest";
import { relinkList } from "../../src/core/reschedule/list-links";
import { renamedRecord, takeMarks } from "../../src/core/index-note/own-marks";

const FROM = "OH 12 - 2024-02-15 - Tracing";
const TO = "OH 12 - 2024-02-22 - Tracing";

describe("the plugin's records follow a renamed episode", () => {
  it("renames the episode in both records and leaves every other entry and line as it was", () => {
    const block = [
      "%% office-hours:episode-list marked cancelled: OH 10 - Logs | OH 12 - 2024-02-15 - Tracing %%",
      "%% office-hours:episode-list wrote guests: OH 10 - Logs: Bo Chen | OH 12 - 2024-02-15 - Tracing: Ann Lee, Dr. Cy%2C PhD %%",
      "### Upcoming",
      "",
      "- 2024-02-15: [[OH 12 - 2024-02-15 - Tracing]] with Ann Lee (cancelled)",
      "- 2024-02-01: [[OH 10 - Logs]] with Bo Chen",
    ].join("\n");
    const out = relinkList(block, FROM, TO).split("\n");
    const taken = takeMarks(out, (name) => name);
    expect([...taken.owned].sort()).toEqual(["OH 10 - Logs", TO]);
    expect([...(taken.wrote.get(TO) ?? [])]).toEqual(["Ann Lee", "Dr. Cy, PhD"]);
    expect([...(taken.wrote.get("OH 10 - Logs") ?? [])]).toEqual(["Bo Chen"]);
    expect(taken.wrote.has(FROM)).toBe(false);
    expect(out.slice(2)).toEqual(["### Upcoming", "", `- 2024-02-15: [[${TO}]] with Ann Lee (cancelled)`, "- 2024-02-01: [[OH 10 - Logs]] with Bo Chen"]);
  });

  it("leaves a record naming another episode, a user's comment and a record inside a code block alone", () => {
    expect(renamedRecord("%% office-hours:episode-list marked cancelled: OH 10 - Logs %%", FROM, TO)).toBeNull();
    expect(renamedRecord(`%% moved from ${FROM} %%`, FROM, TO)).toBeNull();
    const fenced = ["```", `%% office-hours:episode-list marked cancelled: ${FROM} %%`, "```"].join("\n");
    expect(relinkList(fenced, FROM, TO)).toBe(fenced);
  });
});
