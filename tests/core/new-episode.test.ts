// "New episode": what the form proposes (suggestDraft), what it accepts (validateDraft,
// splitGuestInput) and the note it writes (planEpisode with the built-in template or a
// user's template, episode-values, fill-fields). Every note written is read back with
// the reader, so the template and the reader are checked against each other.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planEpisode, splitGuestInput, suggestDraft, validateDraft, type EpisodeDraft, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { nameParser } from "../../src/core/note/name-pattern";
import { durationText, episodeFields, episodeStart, episodeValues, type EpisodeFacts } from "../../src/core/new-episode/template/episode-values";
import { fillEmptyFields } from "../../src/core/new-episode/template/fill-fields";
import { BUILTIN_TEMPLATE } from "../../src/core/new-episode/template/builtin";
import type { Episode } from "../../src/core/types";
import { readNote } from "../support/notes";

const FIXTURES = join(import.meta.dirname, "../fixtures/real-notes");
const FRIDAY = 5;

/** A show set up like Grafana Office Hours, but at 13:00 in Berlin so DST matters. */
function show(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("Europe/Berlin", "Grafana Office Hours"),
    id: "goh",
    code: "GOH",
    folder: "Grafana Office Hours",
    hostName: "Paul Balogh",
    displayTimeZones: ["America/New_York"],
    links: {
      channel: "https://youtube.com/@grafana",
      playlist: "https://www.youtube.com/playlist?list=GOH",
      meetup: "https://www.meetup.com/grafana-friends/",
      studio: "https://streamyard.com/abc123",
    },
    ...overrides,
  };
}

function draft(overrides: Partial<EpisodeDraft> = {}): EpisodeDraft {
  return { topic: "Introduction to eBPF with Grafana Beyla", guests: ["Nikola Grcevski"], date: "2024-01-05", time: "13:00", number: 25, ...overrides };
}

const CREATED = new Date("2024-01-02T09:30:00Z");

function readBack(path: string, content: string, s = show()): Episode {
  return readNote(path, content, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });
}

function frontmatterLines(content: string): string[] {
  const lines = content.split("\n");
  return lines.slice(0, lines.indexOf("---", 1) + 1);
}

function phaseCounts(episode: Episode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of episode.sections) if (s.total > 0) out[s.phase] = `${s.done}/${s.total}`;
  return out;
}

describe("suggestDraft", () => {
  const facts = (number: number | null, date: string | null, path = `GOH ${String(number)}.md`): ShowEpisodeFacts => ({ number, date, path });

  it("proposes the highest number + 1, not the count + 1 or the first gap", () => {
    const existing = [facts(3, "2023-11-03"), facts(12, "2023-12-01"), facts(null, null, "GOH - Undated.md"), facts(7, null)];
    expect(suggestDraft(show(), existing, CREATED)).toEqual({ topic: "", guests: [], date: "2024-01-05", time: "13:00", number: 13 });
  });

  it("starts at 1 for a show without episodes", () => {
    expect(suggestDraft(show(), [], CREATED).number).toBe(1);
  });

  it("takes the show's next slot in its own zone", () => {
    // Tuesday 2 January → Friday 5 January.
    expect(suggestDraft(show(), [], CREATED).date).toBe("2024-01-05");
    // Friday 5 January 12:59 UTC is 13:59 in Berlin: the slot has begun, so next week.
    expect(suggestDraft(show(), [], new Date("2024-01-05T12:59:00Z")).date).toBe("2024-01-12");
    expect(suggestDraft(show(), [], new Date("2024-01-05T11:59:00Z")).date).toBe("2024-01-05");
  });

  it("skips slots already taken, week by week, across the change to summer time", () => {
    const existing = [facts(1, "2024-03-22"), facts(2, "2024-03-29"), facts(3, "2024-04-05")];
    // Thursday 21 March 2024; Berlin moves its clocks on Sunday the 31st.
    expect(suggestDraft(show(), existing, new Date("2024-03-21T10:00:00Z"))).toEqual({
      topic: "",
      guests: [],
      date: "2024-04-12",
      time: "13:00",
      number: 4,
    });
    // Just after the 13:00 CET slot of the 29th began (12:00 UTC): the next free one is after the change.
    expect(suggestDraft(show(), [facts(1, "2024-04-05")], new Date("2024-03-29T12:00:01Z")).date).toBe("2024-04-12");
    expect(suggestDraft(show(), [], new Date("2024-03-29T11:59:59Z")).date).toBe("2024-03-29");
  });

  it("leaves the date empty when the show's zone is not a zone", () => {
    const broken = show({ schedule: { weekday: FRIDAY, time: "13:00", timeZone: "Mars/Olympus", durationMinutes: 60 } });
    expect(suggestDraft(broken, [], CREATED).date).toBe("");
  });
});

describe("validateDraft", () => {
  const existing: ShowEpisodeFacts[] = [{ number: 25, date: "2024-01-05", path: "Grafana Office Hours/GOH 25 - Beyla.md" }];

  it("accepts a complete draft and one without a date or number", () => {
    expect(validateDraft(draft({ number: 26 }), existing)).toEqual({});
    expect(validateDraft(draft({ number: null, date: "" }), existing)).toEqual({});
  });

  it.each<[Partial<EpisodeDraft>, Record<string, string>]>([
    [{ topic: "   " }, { topic: "Give the episode a topic." }],
    [{ topic: "x".repeat(151) }, { topic: "Keep the topic under 150 characters; it becomes the file name." }],
    [{ date: "2023-02-29" }, { date: "Use a date like 2024-01-05." }],
    [{ date: "5/1/2024" }, { date: "Use a date like 2024-01-05." }],
    [{ time: "9:00" }, { time: "Use a time like 13:00." }],
    [{ time: "24:00" }, { time: "Use a time like 13:00." }],
    [{ number: -1 }, { number: "Use a whole number from 0 to 999999." }],
    [{ number: 1.5 }, { number: "Use a whole number from 0 to 999999." }],
    [{ number: 1_000_000 }, { number: "Use a whole number from 0 to 999999." }],
    [{ number: 25 }, { number: "Number 25 is already used by Grafana Office Hours/GOH 25 - Beyla.md." }],
    [{ guests: ["Ann", "y".repeat(121)] }, { guests: "A guest name is too long." }],
  ])("%j → %j", (change, errors) => {
    expect(validateDraft(draft({ number: 26, ...change }), existing)).toEqual(errors);
  });

  it("reports every problem at once", () => {
    expect(Object.keys(validateDraft({ topic: "", guests: [], date: "x", time: "x", number: 25 }, existing)).sort()).toEqual([
      "date",
      "number",
      "time",
      "topic",
    ]);
  });

  it("allows exactly 150 characters, 120-character names and numbers 0 and 999999", () => {
    expect(validateDraft(draft({ topic: "x".repeat(150), guests: ["y".repeat(120)], number: 0 }), existing)).toEqual({});
    expect(validateDraft(draft({ number: 999_999 }), existing)).toEqual({});
  });
});

describe("splitGuestInput", () => {
  it.each([
    ["Nikola Grcevski", ["Nikola Grcevski"]],
    ["Ann, Bo & Cy and Dee\nEve; Fay", ["Ann", "Bo", "Cy", "Dee", "Eve", "Fay"]],
    ["  Ann  ,, ,\n\n Bo ", ["Ann", "Bo"]],
    ["Ann AND Bo", ["Ann", "Bo"]],
    // "and" only between spaces: names containing it stay whole.
    ["Alexandra Anderson, Randy", ["Alexandra Anderson", "Randy"]],
    ["", []],
    [" , & ; \n", []],
  ])("%j → %j", (input, expected) => {
    expect(splitGuestInput(input)).toEqual(expected);
  });
});

describe("episode values", () => {
  it.each([
    [60, "an hour-long"],
    [120, "a 2-hour"],
    [90, "a 90-minute"],
    [45, "a 45-minute"],
    [8, "an 8-minute"],
    [11, "an 11-minute"],
    [18, "an 18-minute"],
    [80, "an 80-minute"],
    [89, "an 89-minute"],
    [185, "a 185-minute"],
    [810, "an 810-minute"],
    [8 * 60, "an 8-hour"],
    [11 * 60, "an 11-hour"],
    [18 * 60, "an 18-hour"],
  ])("durationText(%d) is %j", (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  const facts: EpisodeFacts = {
    title: "GOH 05 - Beyla, with Nikola Grcevski and Ann Lee",
    topic: "Beyla",
    guests: ["Nikola Grcevski", "Ann Lee"],
    date: "2024-07-05",
    time: null,
    number: 5,
    url: null,
  };

  it("starts at the show's usual time in its zone when the note gives no time", () => {
    // 13:00 CEST = 11:00 UTC in July.
    expect(episodeStart(facts, show())?.toISOString()).toBe("2024-07-05T11:00:00.000Z");
    expect(episodeStart({ ...facts, time: "09:30" }, show())?.toISOString()).toBe("2024-07-05T07:30:00.000Z");
    expect(episodeStart({ ...facts, date: null }, show())).toBeNull();
    expect(episodeStart(facts, show({ schedule: { weekday: 5, time: "13:00", timeZone: "Nowhere/Land", durationMinutes: 60 } }))).toBeNull();
  });

  it("names every value a template can use", () => {
    const { fields } = episodeFields(facts, show());
    expect(fields).toMatchObject({
      show: "Grafana Office Hours",
      code: "GOH",
      number: "05",
      numberplain: "5",
      guests: "Nikola Grcevski and Ann Lee",
      guestlist: "Nikola Grcevski, Ann Lee",
      guest: "Nikola Grcevski",
      guestfirstname: "Nikola",
      host: "Paul Balogh",
      url: "",
      date: "2024-07-05",
      time: "13:00",
      weekday: "Friday",
      showtime: "13:00 CEST (07:00 EDT)",
      durationtext: "an hour-long",
      invitetitle: "Grafana Office Hours #05 with Nikola Grcevski and Ann Lee",
      broadcasttitle: "Beyla (Grafana Office Hours #05)",
      showlink: "[Grafana Office Hours](https://www.youtube.com/playlist?list=GOH)",
      channelname: "the channel",
      channellink: "[our channel](https://youtube.com/@grafana)",
      studiolink: "[the streaming studio](https://streamyard.com/abc123)",
    });
  });

  it("leaves unknown values empty, and templates show a highlighted blank for them", () => {
    const bare = { ...facts, topic: "", guests: [], date: null, number: null };
    const s = show({ hostName: " ", links: { channel: "", playlist: "", meetup: "", studio: "" } });
    const { fields } = episodeFields(bare, s);
    expect(fields).toMatchObject({
      number: "",
      guests: "",
      weekday: "",
      showtime: "",
      time: "13:00",
      host: "",
      invitetitle: "Grafana Office Hours with ==[guest]==",
      broadcasttitle: "==[topic]== (Grafana Office Hours)",
      showlink: "Grafana Office Hours",
      channelname: "our channel",
      channellink: "our channel",
    });
    const forTemplate = episodeValues(bare, s, CREATED).fields;
    expect([forTemplate.topic, forTemplate.guests, forTemplate.guest, forTemplate.guestfirstname, forTemplate.host, forTemplate.showtime]).toEqual([
      "==[topic]==",
      "==[guest]==",
      "==[guest]==",
      "==[guest]==",
      "==[your name]==",
      "==[time]==",
    ]);
  });
});

describe("planEpisode with the built-in template", () => {
  const plan = planEpisode(draft(), show(), null, CREATED);

  it("names the note with the show's pattern inside its folder", () => {
    expect(plan.path).toBe("Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
    expect(plan.basename).toBe("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski");
    expect(plan.unresolved).toEqual([]);
  });

  it("writes the frontmatter date, time and marker, the title link and the Guest:: line", () => {
    expect(frontmatterLines(plan.content)).toEqual(["---", "url:", "date: 2024-01-05", 'time: "13:00"', "office-hours: Grafana Office Hours", "---"]);
    const lines = plan.content.split("\n");
    expect(lines[6]).toBe("# [[GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski]]");
    expect(lines.filter((l) => l.startsWith("Guest::"))).toEqual(["Guest:: Nikola Grcevski"]);
    expect(plan.content).toContain("Confirm the time: 13:00 CET (07:00 EST) on Friday.");
    expect(plan.content).toContain("i.e. `Grafana Office Hours #25 with Nikola Grcevski`");
    expect(plan.content).toContain("i.e. `Introduction to eBPF with Grafana Beyla (Grafana Office Hours #25)`");
    expect(plan.content).toContain("I'm Paul Balogh, and today we're going to talk about Introduction to eBPF with Grafana Beyla.");
    expect(plan.content).not.toMatch(/\{\{|<%/);
  });

  it("reads back as the same episode with 27 open items: 13 prep, 10 before, 4 after", () => {
    const e = readBack(plan.path, plan.content);
    expect([e.topic, e.guests.map((g) => g.name), e.date, e.time, e.number, e.numberText, e.code, e.url]).toEqual([
      "Introduction to eBPF with Grafana Beyla",
      ["Nikola Grcevski"],
      "2024-01-05",
      "13:00",
      25,
      "25",
      "GOH",
      null,
    ]);
    expect(e.frontmatter["office-hours"]).toBe("Grafana Office Hours");
    expect([e.done, e.total, e.cancelled]).toEqual([0, 27, 0]);
    expect(phaseCounts(e)).toEqual({ prep: "0/13", before: "0/10", after: "0/4" });
    expect(e.next?.text).toBe("Contact the guest and tell them about Grafana Office Hours.");
    expect(e.warnings).toEqual([]);
    expect(e.hasTemplateTags).toBe(false);
  });

  it("reads the same with the general reader (no show pattern)", () => {
    const e = readNote(plan.path, plan.content);
    expect([e.topic, e.guests.map((g) => g.name), e.number, e.total]).toEqual(["Introduction to eBPF with Grafana Beyla", ["Nikola Grcevski"], 25, 27]);
  });

  it("with several guests joins them in the name and lists them in Guest::", () => {
    const p = planEpisode(draft({ guests: ["Ann Lee", "Bo Chen", "Cy Diaz"], number: 7 }), show(), null, CREATED);
    expect(p.basename).toBe("GOH 07 - Introduction to eBPF with Grafana Beyla, with Ann Lee, Bo Chen and Cy Diaz");
    expect(p.content).toContain("\nGuest:: Ann Lee, Bo Chen, Cy Diaz\n");
    const e = readBack(p.path, p.content);
    expect([e.topic, e.guests.map((g) => g.name), e.number]).toEqual(["Introduction to eBPF with Grafana Beyla", ["Ann Lee", "Bo Chen", "Cy Diaz"], 7]);
  });

  it("with no guest leaves Guest:: empty and no dangling \", with\" in the name", () => {
    const p = planEpisode(draft({ guests: [], topic: "Community Q&A", number: 26 }), show(), null, CREATED);
    expect(p.basename).toBe("GOH 26 - Community Q&A");
    expect(p.content).toContain("\nGuest:: \n");
    expect(p.content).toContain("`Grafana Office Hours #26 with ==[guest]==`");
    const e = readBack(p.path, p.content);
    expect([e.topic, e.guests, e.hasGuestField, e.total]).toEqual(["Community Q&A", [], true, 27]);
    expect(e.warnings).toEqual([]);
  });

  it("with no date or number leaves date empty and drops the number from the name", () => {
    const p = planEpisode(draft({ date: "", number: null }), show(), null, CREATED);
    expect(p.basename).toBe("GOH - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski");
    expect(frontmatterLines(p.content)[2]).toBe("date: ");
    expect(p.content).toContain("Confirm the time: ==[time]== on .");
    const e = readBack(p.path, p.content);
    expect([e.date, e.number, e.total]).toEqual([null, null, 27]);
  });

  it("keeps a time other than the show's, in the show's zone", () => {
    const p = planEpisode(draft({ date: "2024-07-05", time: "09:30" }), show(), null, CREATED);
    expect(frontmatterLines(p.content)[3]).toBe('time: "09:30"');
    expect(p.content).toContain("Confirm the time: 09:30 CEST (03:30 EDT) on Friday.");
    expect(readBack(p.path, p.content).time).toBe("09:30");
  });

  it("makes the file name safe but keeps the topic as typed in the note", () => {
    const p = planEpisode(draft({ topic: "eBPF: what/why?", guests: ["A. Person"] }), show(), null, CREATED);
    expect(p.basename).toBe("GOH 25 - eBPF - what-why, with A. Person");
    expect(p.content).toContain("share your experience about eBPF: what/why?.");
  });

  it("quotes a show name YAML would misread in the marker", () => {
    const p = planEpisode(draft(), show({ name: "Ask: Anything", code: "AA" }), null, CREATED);
    expect(frontmatterLines(p.content)[4]).toBe('office-hours: "Ask: Anything"');
    expect(readNote(p.path, p.content).frontmatter["office-hours"]).toBe("Ask: Anything");
  });

  it("the built-in template itself has the 27 items in the three phases", () => {
    const e = readNote("template.md", BUILTIN_TEMPLATE);
    expect(phaseCounts(e)).toEqual({ prep: "0/13", before: "0/10", after: "0/4" });
  });
});

describe("planEpisode with a user template", () => {
  const gohTemplate = readFileSync(join(FIXTURES, "GOH checklist (template).md"), "utf8");

  it("fills the real GOH template's blanks: empty date, Guest:: \"Name\" and the Templater title", () => {
    const p = planEpisode(draft(), show(), gohTemplate, CREATED);
    expect(p.unresolved).toEqual([]);
    const lines = p.content.split("\n");
    expect(lines.slice(0, 5)).toEqual(["---", "url:", "date: 2024-01-05", "---", `# [[${p.basename}]]`]);
    expect(lines.filter((l) => l.startsWith("Guest::"))).toEqual(["Guest:: Nikola Grcevski"]);
    // Nothing else changes.
    const expected = gohTemplate
      .replace("date: \n", "date: 2024-01-05\n")
      .replace("<% tp.file.title %>", p.basename)
      .replace('Guest:: "Name"', "Guest:: Nikola Grcevski");
    expect(p.content).toBe(expected);
    const e = readBack(p.path, p.content);
    expect([e.topic, e.guests.map((g) => g.name), e.date, e.number, e.warnings]).toEqual([
      "Introduction to eBPF with Grafana Beyla",
      ["Nikola Grcevski"],
      "2024-01-05",
      25,
      [],
    ]);
  });

  it("never overwrites values the template wrote, and keeps CRLF", () => {
    const template = "---\r\ndate: 2023-12-01\r\nshow: {{show}}\r\n---\r\nGuest:: Zed Written\r\n- [ ] {{topic}} <% tp.user.x() %>\r\n";
    const p = planEpisode(draft(), show(), template, CREATED);
    expect(p.content).toBe("---\r\ndate: 2023-12-01\r\nshow: Grafana Office Hours\r\n---\r\nGuest:: Zed Written\r\n- [ ] Introduction to eBPF with Grafana Beyla <% tp.user.x() %>\r\n");
    expect(p.unresolved).toEqual(["<% tp.user.x() %>"]);
  });

  it("leaves the blanks when the form has no date or guest", () => {
    const p = planEpisode(draft({ date: "", guests: [] }), show(), gohTemplate, CREATED);
    expect(p.content.split("\n").slice(0, 3)).toEqual(["---", "url:", "date: "]);
    expect(p.content).toContain('\nGuest:: "Name"\n');
  });
});

describe("fillEmptyFields", () => {
  const values = { date: "2024-01-05", guests: ["Ann", "Bo"], guestFields: ["Guest", "Guests"] };

  it.each([
    ["an empty date and a placeholder guest", '---\ndate:   \n---\nGuest:: "Name"\n', "---\ndate: 2024-01-05\n---\nGuest:: Ann, Bo\n"],
    ["an empty guest field", "---\ndate:\n---\nGuests::\n", "---\ndate: 2024-01-05\n---\nGuests:: Ann, Bo\n"],
    ["decorated fields", "---\ndate:\n---\n- **Guest**:: <guest>\n", "---\ndate: 2024-01-05\n---\n- **Guest**:: Ann, Bo\n"],
    ["written values", "---\ndate: 2023-12-01\n---\nGuest:: Zed\n", "---\ndate: 2023-12-01\n---\nGuest:: Zed\n"],
    ["a date outside frontmatter", "date:\nGuest:: TBD", "date:\nGuest:: Ann, Bo"],
    ["CRLF", "---\r\ndate:\r\n---\r\nGuest:: \r\n", "---\r\ndate: 2024-01-05\r\n---\r\nGuest:: Ann, Bo\r\n"],
    ["a field inside a code fence", "```\nGuest::\n```\nGuest:: name\n", "```\nGuest::\n```\nGuest:: Ann, Bo\n"],
    ["another field name", "Host:: \n", "Host:: \n"],
    // An inline field is never filled, and (fixed) does not stop the whole-line one after it.
    ["an inline field first", "- [ ] ask [guest:: ] now\nGuest:: Name\n", "- [ ] ask [guest:: ] now\nGuest:: Ann, Bo\n"],
    ["only the first empty field", "Guest::\nGuests::\n", "Guest:: Ann, Bo\nGuests::\n"],
  ])("%s", (_what, text, expected) => {
    expect(fillEmptyFields(text, values)).toBe(expected);
  });

  it("changes nothing without a date or guests", () => {
    const text = '---\ndate:\n---\nGuest:: "Name"\n';
    expect(fillEmptyFields(text, { date: "", guests: [], guestFields: ["Guest"] })).toBe(text);
  });
});
