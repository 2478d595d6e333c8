// New notes get real dates: the built-in template's offsets (every item has one) and a
// user template's, in the Tasks plugin's form; what cannot be dated is left as written
// and listed. Notes without any keep the per-phase deadlines.
import { readNote } from "../../support/notes";
import { describe, expect, it } from "vitest";
import { dateChecklist } from "../../../src/core/deadlines/template-offsets";
import { planEpisode, type EpisodeDraft } from "../../../src/core/new-episode/new-episode";
import { defaultShow } from "../../../src/core/settings/settings";
import { openItemDeadlines } from "../../../src/core/deadlines/item-due";
import { episodeStatus } from "../../../src/core/status/status";
import { realNote } from "../../plugin/harness";

const NOW = new Date("2026-10-01T09:00:00Z");
const show = defaultShow("Europe/Berlin");
const draft: EpisodeDraft = { topic: "Tracing", guests: ["Ann Lee"], date: "2026-11-27", time: "13:00", number: 7 };
const start = { date: "2026-11-27", time: "13:00", timeZone: "Europe/Berlin" };

/** Each task line's text and its 📅 date, in note order. */
function dated(text: string): [string, string | null][] {
  return readNote("Office Hours/OH 07 - Tracing.md", text).tasks.map((t) => [t.text.slice(0, 30), t.due ?? null]);
}

describe("the built-in template's deadlines", () => {
  const plan = planEpisode(draft, show, null, NOW);

  it("date every item, at the offsets the README lists", () => {
    expect(plan.deadlineProblems).toEqual([]);
    const table: [string, string | null][] = [
      ["Contact the guest and tell them about Of", "2026-11-06"],
      ["If the guest agrees, choose a date for th", "2026-11-10"],
      ["Invite them to the Office Hours calendar ", "2026-11-13"],
      ["Create a thumbnail for the episode and ch", "2026-11-17"],
      ["Schedule the broadcast on the streaming s", "2026-11-19"],
      ["In the title, include the episode number,", "2026-11-19"],
      ["Add the standard description as per previ", "2026-11-19"],
      ["Get the studio invite link and put it in ", "2026-11-20"],
      ["Get the video link to the show. Put the l", "2026-11-20"],
      ["Create an event and announce it on the ev", "2026-11-20"],
      ["Schedule posts on socials just when the s", "2026-11-26"],
      ["Schedule a Slack message on the internal ", "2026-11-26"],
      ["Schedule a Slack message on the public wo", "2026-11-26"],
      ...Array.from({ length: 10 }, (_, i): [string, string] => [dated(plan.content)[13 + i]?.[0] ?? "", "2026-11-27"]),
      ["Add timestamps to the video (at least fou", "2026-11-29"],
      ["Add any links shared to the description o", "2026-11-29"],
      ["Add the video to the Office Hours playlis", "2026-11-29"],
      ["Send the guest a thank-you note.", "2026-11-28"],
    ];
    expect(dated(plan.content)).toEqual(table.map(([text, date]) => [text.slice(0, 30), date]));
  });

  it("are written as the Tasks plugin writes them, at the end of each line", () => {
    const lines = plan.content.split("\n").filter((l) => /^\s*- \[ \]/.test(l));
    expect(lines).toHaveLength(27);
    for (const line of lines) expect(line).toMatch(/ 📅 \d{4}-\d{2}-\d{2}$/);
  });

  it("stay offsets in a note with no date yet, and are read relative to the date once it has one", () => {
    const undated = planEpisode({ ...draft, date: "" }, show, null, NOW);
    expect(undated.content).toContain("- [ ] Create a thumbnail for the episode and check how it looks on different devices. 📅 -10d\n");
    const dateLater = undated.content.replace(/^date: *$/m, "date: 2026-12-04");
    const episode = readNote("Office Hours/OH 07 - Tracing.md", dateLater);
    const items = openItemDeadlines(episode, { deadlines: show.deadlines, schedule: show.schedule });
    expect(items.find((i) => i.task.text.startsWith("Create a thumbnail"))).toMatchObject({ due: "2026-11-24", source: "offset" });
  });

  it("follow the calendar across the change to summer time", () => {
    const spring = planEpisode({ ...draft, date: "2026-04-02" }, show, null, NOW);
    expect(spring.content).toContain("- [ ] Create an event and announce it on the events page. 📅 2026-03-26\n");
  });
});

describe("a user template's offsets", () => {
  it("become dates on task lines only, CRLF kept; other lines and code blocks stay", () => {
    const template = [
      "---",
      "due: -7d",
      "---",
      "- [ ] Invite (due:: -3w)",
      "\t- [x] Booked [due:: -20d]",
      "Not a task (due:: -1d)",
      "```",
      "- [ ] Example 📅 -1d",
      "```",
      "- [-] Cancelled 📅 -2d",
      "",
    ].join("\r\n");
    const result = dateChecklist(template, start);
    expect(result.text).toBe(
      ["---", "due: -7d", "---", "- [ ] Invite 📅 2026-11-06", "\t- [x] Booked 📅 2026-11-07", "Not a task (due:: -1d)", "```", "- [ ] Example 📅 -1d", "```", "- [-] Cancelled 📅 -2d", ""].join("\r\n"),
    );
    expect(result.dated).toBe(2);
  });

  it("leaves a line with a date and an offset, or a bad offset, as written and lists it", () => {
    const template = "- [ ] Both 📅 2026-11-01 (due:: -3w)\n- [ ] Far 📅 +400d\n- [ ] Unsigned 📅 3d\n- [ ] Zero 📅 -0d\n";
    const result = dateChecklist(template, start);
    expect(result.text).toBe("- [ ] Both 📅 2026-11-01 (due:: -3w)\n- [ ] Far 📅 +400d\n- [ ] Unsigned 📅 3d\n- [ ] Zero 📅 2026-11-27\n");
    expect(result.problems).toEqual([
      "Line 1: It has both a date (2026-11-01) and an offset; the date is used.",
      "Line 2: “+400d” is more than a year from the show; write a date instead.",
      "Line 3: “3d” needs a sign: -3d is before the show, +3d after it.",
    ]);
  });

  it("keeps a template without offsets exactly, so its notes keep the per-phase deadlines", () => {
    const goh = realNote("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
    expect(dateChecklist(goh, start)).toEqual({ text: goh, dated: 0, problems: [] });
    const episode = readNote("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md", goh);
    const status = episodeStatus(episode, "2024-01-15", { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 });
    expect(openItemDeadlines(episode, { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, schedule: show.schedule }).every((i) => i.source === "phase")).toBe(true);
    expect(status.alerts.map((a) => a.message)).toContain("3 after-show items open, due 7 days after the show");
  });
});
