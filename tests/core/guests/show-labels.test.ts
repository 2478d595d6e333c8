// The Guests view names each show as the Episodes view's chips and `status` do
// (show-labels.ts): a configured show's code or initials, an unconfigured one's code, else
// its folder's initials; two shows that would share a label keep their full names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guestShowLabels } from "../../../src/core/guests/show-labels";
import { guestRow, guestShowOptions } from "../../../src/core/guests/view-model";
import { showCell } from "../../../src/core/status/report-table";
import { guestShowOf } from "../../../src/core/guests/from-index";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { defaultShow } from "../../../src/core/settings/defaults";
import { FIXTURES, directoryOf, notesIn } from "./fixture-vault";

const note = (guest: string) => `---\nurl: https://youtube.com/live/x${guest.length}\ndate: 2025-01-0${guest.length % 9}\n---\n\nGuest:: ${guest}\n\n## Pre-show\n\n- [ ] Invite ${guest}\n`;

describe("short show labels", () => {
  it("the five-show vault: the labels `status` prints, for every show a guest is counted under", () => {
    const { index, directory } = directoryOf(notesIn(join(FIXTURES, "five-shows")));
    const labels = guestShowLabels(index.all(), defaultSettings().shows);
    // One naming in both: each show's label is the status table's Show cell of its episodes.
    for (const indexed of index.all()) {
      const show = guestShowOf(indexed);
      if (show !== null) expect(labels.get(show), indexed.episode.path).toBe(showCell(indexed));
    }
    const people = directory.people("2025-01-01");
    expect(guestShowOptions(people, labels).map((o) => o.label)).toEqual(["A&A", "GOCC", "GOH", "LCC"]);
    const ed = people.find((p) => p.name === "Ed Welch");
    if (!ed) throw new Error("no Ed Welch");
    expect(guestRow(ed, labels).shows).toEqual([
      { label: "GOCC", name: "Grafana OTel Community Call" },
      { label: "LCC", name: "Loki Community Calls" },
    ]);
  });

  it("a configured show by its code, else its initials; two shows with one label keep their names", () => {
    const acme = { ...defaultShow("UTC", "Acme Weekly"), id: "acme", code: "" };
    const files = {
      "Acme Weekly/Ep 1.md": note("Ann Lee"),
      "Linux Container Conf/Ep 1.md": note("Bo Chan"),
      "Loki Community Calls/Ep 1.md": note("Cy Berg"),
      "Data Talks/Ep 1.md": note("Dee Moe"),
    };
    const { index } = directoryOf(files, { ...defaultSettings(), shows: [acme] });
    const labels = guestShowLabels(index.all(), [acme]);
    expect(Object.fromEntries(labels)).toEqual({
      "Acme Weekly": "AW",
      "Linux Container Conf": "Linux Container Conf",
      "Loki Community Calls": "Loki Community Calls",
      "Data Talks": "DT",
    });
    expect(Object.fromEntries(guestShowLabels(index.all(), [{ ...acme, code: "ACME" }]))["Acme Weekly"]).toBe("ACME");
  });
});
