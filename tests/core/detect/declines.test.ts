// A "no" that sticks (detect4): a value the user declined is not proposed again for that
// show and field, a different value still is, a list field is declined item by item, and
// a review turns what the user left out into declines and ticked held changes back into
// values. On the five-show vault's real notes, with Grafana Office Hours set up by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect, fixtureNotes } from "./fixture-vault";
import { copyField, withReviewDeclines } from "../../../src/core/detect/declines";
import { mergeProposals } from "../../../src/core/detect/merge";
import { defaultSettings, defaultShow, type OfficeHoursSettings, type ShowSettings } from "../../../src/core/settings/settings";
import type { DetectField, ProposedShow } from "../../../src/core/detect/types";
import { formatDetection } from "../../../src/core/detect/describe";

const notes = fixtureNotes("five-shows");
const GOH_CHANNEL = "https://www.youtube.com/@grafana";

function withGoh(change: (goh: ShowSettings) => void = () => {}): OfficeHoursSettings {
  const settings = defaultSettings("UTC");
  const goh = defaultShow("UTC", "GOH live");
  goh.id = "goh";
  goh.code = "GOH";
  goh.folder = "projects/Grafana Office Hours";
  goh.template = "templates/GOH checklist.md";
  change(goh);
  settings.shows = [goh];
  return settings;
}

function gohProposal(settings: OfficeHoursSettings): ProposedShow | undefined {
  return detect(notes, { settings }).shows.find((p) => p.correctionOf === "goh");
}

describe("a declined value is held, not proposed", () => {
  it("a cleared channel link declined is not proposed again; the other links still are", () => {
    expect(gohProposal(withGoh())?.changes).toContain("channel");
    const proposal = gohProposal(withGoh((g) => (g.declined = [{ field: "channel", value: GOH_CHANNEL }])));
    expect(proposal?.changes).not.toContain("channel");
    expect(proposal?.show.links.channel).toBe("");
    expect(proposal?.changes).toEqual(expect.arrayContaining(["playlist", "meetup", "studio"]));
    expect(proposal?.held).toEqual([expect.objectContaining({ field: "channel", why: "declined", values: [GOH_CHANNEL] })]);
    expect(proposal?.held[0]?.show.links.channel).toBe(GOH_CHANNEL);
  });

  it("is compared without case, spaces or a link's closing slash", () => {
    const proposal = gohProposal(withGoh((g) => (g.declined = [{ field: "channel", value: " HTTPS://www.youtube.com/@Grafana/ " }])));
    expect(proposal?.changes).not.toContain("channel");
  });

  it("a different value found later is proposed: the decline is of a value, not of the field", () => {
    const proposal = gohProposal(withGoh((g) => (g.declined = [{ field: "channel", value: "https://www.youtube.com/@someoneelse" }])));
    expect(proposal?.changes).toContain("channel");
    expect(proposal?.held).toEqual([]);
  });

  it("a decline of one show's field holds nothing of another field or show", () => {
    const proposal = gohProposal(withGoh((g) => (g.declined = [{ field: "playlist", value: GOH_CHANNEL }])));
    expect(proposal?.changes).toContain("channel");
    const others = detect(notes, { settings: withGoh((g) => (g.declined = [{ field: "channel", value: GOH_CHANNEL }])) }).shows.filter((p) => p.correctionOf === null);
    expect(others.find((p) => p.show.code === "CCG")?.show.links.channel).toBe(GOH_CHANNEL);
  });

  it("a list field is declined item by item: an item declined is held, the others are added", () => {
    const settings = withGoh((g) => {
      g.guestFields = ["Speaker"];
      g.declined = [{ field: "guestFields", value: "guest" }];
    });
    const proposal = gohProposal(settings);
    expect(proposal?.changes).not.toContain("guestFields");
    expect(proposal?.show.guestFields).toEqual(["Speaker"]);
    expect(proposal?.held.find((h) => h.field === "guestFields")?.values).toEqual(["Guest"]);
  });

  it("a show with nothing left but declined values is set up as the notes say, and what stays declined is said", () => {
    const first = gohProposal(withGoh());
    if (!first) throw new Error("no correction");
    const declined = first.changes.flatMap((field) => (field === "template" ? [] : [{ field, value: "" }]));
    expect(declined.length).toBeGreaterThan(3);
    // Every change left out in the review: all of them declined.
    const left = structuredClone(withGoh().shows[0] as ShowSettings);
    const stored = mergeProposals(withGoh(), [{ ...first, show: withReviewDeclines(first, left, new Set()) }]).settings;
    const again = detect(notes, { settings: stored });
    expect(again.shows.find((p) => p.correctionOf === "goh")).toBeUndefined();
    expect(again.unchanged).toContain("GOH live");
    expect(again.stillDeclined.map((d) => d.field).sort()).toEqual([...first.changes].sort());
    expect(formatDetection(again, stored.shows)).toContain(`GOH live: Channel link ${GOH_CHANNEL}`);
  });
});

describe("the review's choices become declines", () => {
  it("a correction's change left out is declined; ticking it when held takes the no back", () => {
    const settings = withGoh();
    const first = gohProposal(settings);
    if (!first) throw new Error("no correction");
    const edited = structuredClone(first.show);
    copyField(settings.shows[0] as ShowSettings, edited, "time");
    const stored = mergeProposals(settings, [{ ...first, show: withReviewDeclines(first, edited, new Set()) }]).settings;
    expect(stored.shows[0]?.declined).toEqual([{ field: "time", value: first.show.schedule.time }]);
    expect(stored.shows[0]?.schedule.time).toBe("13:00");

    // Nothing else to change: set up as the notes say, the time said to be declined.
    const quiet = detect(notes, { settings: stored });
    expect(quiet.shows.find((p) => p.correctionOf === "goh")).toBeUndefined();
    expect(quiet.stillDeclined).toEqual([{ show: "GOH live", field: "time", values: [first.show.schedule.time] }]);
    // The template renamed since: a correction again, the time held in it, unticked.
    const renamed = structuredClone(stored);
    (renamed.shows[0] as ShowSettings).template = "templates/GOH checklst.md";
    const second = gohProposal(renamed);
    expect(second?.changes).toEqual(["template"]);
    const held = second?.held.find((h) => h.field === "time");
    expect(held?.why).toBe("declined");
    if (!second || !held) throw new Error("not held");
    const taken = structuredClone(second.show);
    copyField(held.show, taken, "time");
    const back = mergeProposals(renamed, [{ ...second, show: withReviewDeclines(second, taken, new Set<DetectField>(["time"])) }]).settings;
    expect(back.shows[0]?.schedule.time).toBe(first.show.schedule.time);
    expect(back.shows[0]?.declined).toBeUndefined();
    expect(gohProposal(back)?.changes ?? []).not.toContain("time");
  });

  it("a new show's link cleared before adding is declined, and the next Detect does not fill it in", () => {
    const result = detect(notes);
    const goh = result.shows.find((p) => p.show.code === "GOH");
    if (!goh) throw new Error("no GOH");
    const edited = structuredClone(goh.show);
    edited.links.channel = "";
    edited.schedule.time = "14:00";
    const stored = mergeProposals(defaultSettings("UTC"), [{ ...goh, show: withReviewDeclines(goh, edited, new Set()) }]).settings;
    expect(stored.shows[0]?.declined).toEqual([
      { field: "time", value: goh.show.schedule.time },
      { field: "channel", value: GOH_CHANNEL },
    ]);
    const again = detect(notes, { settings: stored }).shows.find((p) => p.correctionOf === stored.shows[0]?.id);
    expect(again?.changes ?? []).not.toContain("channel");
    expect(again?.changes ?? []).not.toContain("time");
  });

  it("a new show added as proposed declines nothing and stores no list (settings as before)", () => {
    const goh = detect(notes).shows.find((p) => p.show.code === "GOH");
    if (!goh) throw new Error("no GOH");
    expect("declined" in withReviewDeclines(goh, structuredClone(goh.show), new Set())).toBe(false);
  });

  it("whatever subset of a correction's changes is left out, none of it is proposed again, and the rest is applied", () => {
    const settings = withGoh();
    const first = gohProposal(settings);
    if (!first) throw new Error("no correction");
    fc.assert(
      fc.property(fc.subarray(first.changes), (left) => {
        const edited = structuredClone(first.show);
        for (const field of left) copyField(settings.shows[0] as ShowSettings, edited, field);
        const stored = mergeProposals(settings, [{ ...first, show: withReviewDeclines(first, edited, new Set()) }]).settings;
        const again = gohProposal(stored);
        for (const field of left) expect(again?.changes ?? []).not.toContain(field);
        // What was taken is applied: the notes agree with it, so it is no change either.
        expect(again).toBeUndefined();
        const result = detect(notes, { settings: stored });
        expect(result.stillDeclined.map((d) => d.field).sort()).toEqual([...left].sort());
      }),
      { numRuns: 15 },
    );
  });
});
