// Snippets: which ones a show offers (catalog), how placeholders are filled (fill), the
// values for one episode (context) checked on the real GOH 25 note, and snippets kept
// as notes (user-snippets).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_SNIPPETS, nameKey, snippetsForShow, type Snippet } from "../../src/core/snippets/catalog";
import { fillSnippet, PLACEHOLDER_HELP, type SnippetValues } from "../../src/core/snippets/fill";
import { episodeFacts, guestTimeZone, snippetValues } from "../../src/core/snippets/context";
import { readSnippetNote } from "../../src/core/snippets/user-snippets";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { readNote, frontmatterOfText } from "../support/notes";

const GOH25_FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const GOH25_TEXT = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", GOH25_FILE), "utf8");
const GOH25_PATH = `Grafana Office Hours/${GOH25_FILE}`;

/** Configured like Grafana Office Hours: Fridays 13:00 UTC, shown in Berlin time too. */
function goh(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("UTC", "Grafana Office Hours"),
    id: "goh",
    code: "GOH",
    hostName: "Paul Balogh",
    about: "all things Grafana Labs and observability",
    displayTimeZones: ["Europe/Berlin"],
    links: {
      channel: "https://youtube.com/@grafana",
      playlist: "https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu",
      meetup: "https://www.meetup.com/grafana-friends-virtual-meetup-group/",
      studio: "https://streamyard.com/abc123",
    },
    ...overrides,
  };
}

function read(text: string, path = GOH25_PATH, show = goh()) {
  return readNote(path, text, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
}

function builtin(id: string): Snippet {
  const snippet = BUILTIN_SNIPPETS.find((s) => s.id === id);
  if (!snippet) throw new Error(`no built-in snippet ${id}`);
  return snippet;
}

function user(id: string, show: string | null = null, name = id, text = `text of ${id}${show ? ` for ${show}` : ""}`): Snippet {
  return { id, name, description: "", text, source: `Snippets/${name}.md`, show };
}

describe("snippetsForShow", () => {
  const ids = BUILTIN_SNIPPETS.map((s) => s.id);

  it("offers the built-ins in order when the user has none", () => {
    expect(snippetsForShow([], ["Grafana Office Hours", "GOH"])).toEqual(BUILTIN_SNIPPETS);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("replaces a built-in by id, or by a note named like it, keeping the built-in's place and id", () => {
    const byId = user("meetup");
    const byName = user(nameKey("Calendar invite title"), null, "Calendar invite title");
    const result = snippetsForShow([byId, byName], ["GOH"]);
    expect(result.map((s) => s.id)).toEqual(ids);
    expect(result[ids.indexOf("meetup")]).toEqual(byId);
    expect(result[ids.indexOf("invite-title")]).toEqual({ ...byName, id: "invite-title" });
  });

  it("lets a note limited to the show beat a general one, in either order", () => {
    const general = user("meetup", null, "General meetup");
    const mine = user("meetup", "goh", "GOH meetup");
    for (const list of [
      [general, mine],
      [mine, general],
    ]) {
      expect(snippetsForShow(list, ["Grafana Office Hours", "GOH"])[ids.indexOf("meetup")]?.name).toBe("GOH meetup");
    }
  });

  it("leaves out notes limited to another show", () => {
    const other = user("meetup", "A&A");
    const extra = user("a-and-a only", "A&A");
    expect(snippetsForShow([other, extra], ["Grafana Office Hours", "GOH"])).toEqual(BUILTIN_SNIPPETS);
  });

  it("appends other notes after the built-ins, general before show-specific, one per id", () => {
    const a = user("podcast blurb");
    const b = user("newsletter", "GOH");
    const c = user("podcast blurb", "Grafana Office Hours", "Podcast blurb for GOH");
    const result = snippetsForShow([b, a, c], ["Grafana Office Hours", "GOH"]);
    expect(result.slice(0, ids.length)).toEqual(BUILTIN_SNIPPETS);
    expect(result.slice(ids.length)).toEqual([c, b]);
  });
});

describe("fillSnippet", () => {
  // GOH 25 in winter and an episode in summer: 13:00 UTC is 14:00 CET, then 15:00 CEST.
  const values = (start: Date | null, fields: Record<string, string> = {}): SnippetValues => ({
    fields: { show: "Grafana Office Hours", number: "25", url: "", guests: "Nikola Grcevski", ...fields },
    start,
    timeZone: "UTC",
    locale: "en",
  });
  const WINTER = new Date("2024-01-05T13:00:00Z");
  const SUMMER = new Date("2024-07-05T13:00:00Z");

  it("fills known placeholders, case-insensitively", () => {
    expect(fillSnippet("{{Show}} #{{ number }} with {{GUESTS}}", values(WINTER))).toEqual({
      text: "Grafana Office Hours #25 with Nikola Grcevski",
      missing: [],
      unknown: [],
      refused: [],
    });
  });

  it("gives {{time:Zone}} with the zone's abbreviation in winter and in summer", () => {
    expect(fillSnippet("{{time:Europe/Berlin}}", values(WINTER)).text).toBe("14:00 CET");
    expect(fillSnippet("{{time:Europe/Berlin}}", values(SUMMER)).text).toBe("15:00 CEST");
    expect(fillSnippet("{{time: America/New_York }}", values(SUMMER)).text).toBe("09:00 EDT");
  });

  it("formats {{date:…}} and {{time:…}} in the show's zone", () => {
    expect(fillSnippet("{{date:EEEE d MMMM}} | {{date:YYYY-MM-DD}} | {{time:HH:mm}} | {{date:dddd, MMMM Do}}", values(WINTER)).text).toBe(
      "Friday 5 January | 2024-01-05 | 13:00 | Friday, January 5th",
    );
  });

  it("shows a blank for a known but empty value and asks for it once", () => {
    expect(fillSnippet("Watch: {{url}} or {{url}}", values(WINTER))).toEqual({
      text: "Watch: ==[url]== or ==[url]==",
      missing: ["url"],
      unknown: [],
      refused: [],
    });
  });

  it("asks for the date when a value depends on it", () => {
    const fields = { showtime: "", weekday: "", invitewindow: "", invitestart: "", inviteend: "", calendarlink: "", guesttime: "" };
    const text = "{{showTime}} {{weekday}} {{inviteWindow}} {{inviteStart}} {{inviteEnd}} {{calendarLink}} {{guestTime}} {{date:EEEE}} {{time:Europe/Berlin}} {{time:HH:mm}}";
    expect(fillSnippet(text, values(null, fields))).toEqual({
      text: Array(10).fill("==[date]==").join(" "),
      missing: ["date"],
      unknown: [],
      refused: [],
    });
  });

  it("asks for the guests when a value depends on them", () => {
    expect(fillSnippet("{{guest}} {{guestFirstName}} {{guestLinks}} {{guests}}", values(WINTER, { guest: "", guestfirstname: "", guestlinks: "", guests: "" }))).toEqual({
      text: "==[guests]== ==[guests]== ==[guests]== ==[guests]==",
      missing: ["guests"],
      unknown: [],
      refused: [],
    });
  });

  it("leaves unknown placeholders as written and lists each once", () => {
    expect(fillSnippet("{{nope}} {{date:}} {{show:x}} {{nope}} {{ }}", values(WINTER))).toEqual({
      text: "{{nope}} {{date:}} {{show:x}} {{nope}} {{ }}",
      missing: [],
      unknown: ["{{nope}}", "{{date:}}", "{{show:x}}", "{{ }}"],
      refused: [],
    });
  });

  it("keeps the host's own ==[blanks]== and text without placeholders as they are", () => {
    const text = "I saw your ==[blog post]== on ==[source]== {{ not closed";
    expect(fillSnippet(text, values(WINTER))).toEqual({ text, missing: [], unknown: [], refused: [] });
  });

  it("documents every placeholder the built-in snippets use", () => {
    const documented = PLACEHOLDER_HELP.map(([names]) => names.toLowerCase()).join(" ");
    for (const snippet of BUILTIN_SNIPPETS) {
      for (const [, name] of snippet.text.matchAll(/\{\{([a-zA-Z]+)/g)) expect(documented, name).toContain(`{{${(name ?? "").toLowerCase()}`);
    }
  });
});

describe("snippet values for the real GOH 25 note", () => {
  const episode = read(GOH25_TEXT);
  const values = snippetValues(episode, goh(), GOH25_TEXT);
  const fill = (id: string) => fillSnippet(builtin(id).text, values);

  it("reads the episode's facts", () => {
    expect(episodeFacts(episode)).toEqual({
      title: "Introduction to eBPF with Grafana Beyla, with Nikola Grcevski",
      topic: "Introduction to eBPF with Grafana Beyla",
      guests: ["Nikola Grcevski"],
      date: "2024-01-05",
      time: null,
      number: 25,
      url: "https://youtube.com/live/ZEUzucqXUnQ",
      guestTimeZone: null,
    });
    expect(values.start?.toISOString()).toBe("2024-01-05T13:00:00.000Z");
  });

  it("fills every built-in snippet with nothing missing or unknown", () => {
    for (const snippet of BUILTIN_SNIPPETS.filter((s) => s.id !== "youtube-chapters")) {
      const filled = fillSnippet(snippet.text, values);
      expect([snippet.id, filled.missing, filled.unknown]).toEqual([snippet.id, [], []]);
    }
  });

  it("titles the invite and the broadcast with the number and guest", () => {
    expect(fill("invite-title").text).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    expect(fill("broadcast-title").text).toBe("Introduction to eBPF with Grafana Beyla (Grafana Office Hours #25)");
  });

  it("gives the show time in UTC and Berlin time and the invite window", () => {
    expect(values.fields.showtime).toBe("13:00 UTC (14:00 CET)");
    expect(values.fields.invitewindow).toBe("12:45–14:15 UTC");
    expect([values.fields.invitestart, values.fields.inviteend]).toEqual(["12:45 UTC", "14:15 UTC"]);
    const body = fill("invite-body").text;
    expect(body).toContain("We go live on Friday 5 January 2024 at 13:00 UTC (14:00 CET).");
    expect(body).toContain("to debrief: 12:45–14:15 UTC.");
    expect(body).toContain("Join the studio: https://streamyard.com/abc123");
    expect(body).toContain("- A casual 60-minute conversation, streamed live to https://youtube.com/@grafana.");
  });

  it("writes the outreach message to the guest by first name, with the show's links", () => {
    const text = fill("outreach").text;
    expect(text.startsWith("Hi Nikola! We do a weekly livestream called [Grafana Office Hours](https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu),")).toBe(true);
    expect(text).toContain("share your experience about Introduction to eBPF with Grafana Beyla.");
    expect(text).toContain("Grafana Office Hours is an hour-long live conversation that is streamed to [our channel](https://youtube.com/@grafana).");
    expect(text).toContain("We could do it on Friday 5 January at 13:00 UTC (14:00 CET).");
    // What the show covers comes from the show's setting; the host's own blanks stay for the host.
    expect(text).toContain("where we have guests on to talk about all things Grafana Labs and observability. I saw your ==[blog post/video/post]== on ==[source]==");
    expect(text).not.toContain("==[what the show covers]==");
  });

  it("leaves what the show covers a blank to ask for only while the setting is empty", () => {
    const bare = snippetValues(episode, goh({ about: "" }), GOH25_TEXT);
    const filled = fillSnippet(builtin("outreach").text, bare);
    expect(filled.text).toContain("to talk about ==[what the show covers]==.");
    expect(filled.missing).toEqual(["about"]);
    const answered = fillSnippet(builtin("outreach").text, snippetValues(episode, goh({ about: "" }), GOH25_TEXT, { about: "eBPF and tracing" }));
    expect(answered.text).toContain("to talk about eBPF and tracing.");
    expect(answered.missing).toEqual([]);
  });

  it("lists the note's 10 \"just before the show\" items in the guest briefing, as written there", () => {
    const lines = fill("guest-briefing").text.split("\n");
    expect(lines[0]).toBe("A few things before we go live:");
    expect(lines.slice(1)).toEqual([
      "- How do you pronounce your name?",
      "- What are your pronouns?",
      "- We will be using the talking points, but we don't have to be strict about it. We don't have to go through all of them, or follow a specific order. They're only there to make us comfortable.",
      // The note's own wording (no final period), not the built-in template's.
      "- Does anyone want to share their screen? We can do that now, and I can show you how that works",
      "- We'll be streaming to YouTube.",
      "- You'll be able to see comments, but if you have links, I have to paste it into the private chat.",
      "- You can also use the private chat if you need to say something, but you can also just say it out loud.",
      "- If at any point you aren't comfortable talking about something, please either say so or let me know in the private chat, and I'll pivot away from that topic.",
      "- Afterwards, we'll say goodbye to the stream, but please stay on past that so we can debrief.",
      "- Just in case I disconnect... stall for a minute and I'll be right back.",
    ]);
  });

  // Bug from the five-show issue: every line read 00:00:00, which looks filled in and is
  // wrong for all but the first. Without chapters the talking points become an outline
  // whose times are marked as blanks to fill.
  it("makes an outline with marked blank times from the talking points when the note has no chapters", () => {
    expect(fill("timestamps").text.split("\n")).toEqual([
      "0:00 Intro",
      "==[m:ss]== Introduce Nikola",
      "==[m:ss]== The problems with instrumentation",
      "==[m:ss]== What is eBPF?",
      "==[m:ss]== What is Grafana Beyla?",
      "==[m:ss]== What is Application 011y? (demo)",
      "==[m:ss]== Is it possible to do distributed tracing with Beyla/eBPF?",
      "==[m:ss]== Partnership with Isovalent (now Cisco)",
      "==[m:ss]== What is a service mesh? How is Beyla different from a service mesh like Istio or Linkerd?",
      "==[m:ss]== Outro",
    ]);
    // No chapters: the description has no Timestamps part at all.
    expect(fill("video-description").text).not.toContain("Timestamps");
    expect(fill("video-description").text.endsWith("More episodes: https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu")).toBe(true);
  });

  it("refuses the YouTube chapters snippet, saying why, while the Timestamps section is empty", () => {
    const filled = fill("youtube-chapters");
    expect(filled.refused).toEqual(["The Timestamps section (line 35) has no chapter lines yet."]);
  });

  it("links to Google Calendar for the invite window in UTC", () => {
    const link = fill("calendar-link").text;
    expect(link).toBe(
      "[Add Grafana Office Hours #25 to Google Calendar](https://calendar.google.com/calendar/render?action=TEMPLATE" +
        "&text=Grafana%20Office%20Hours%20%2325%20with%20Nikola%20Grcevski&dates=20240105T124500Z/20240105T141500Z" +
        "&details=Studio%3A%20https%3A%2F%2Fstreamyard.com%2Fabc123&location=https%3A%2F%2Fstreamyard.com%2Fabc123)",
    );
  });

  it("announces with the date, time, host and url", () => {
    expect(fill("meetup").text).toContain("Join us live on Friday 5 January at 13:00 UTC (14:00 CET), when Paul Balogh talks with Nikola Grcevski about Introduction to eBPF with Grafana Beyla.");
    expect(fill("live-now").text).toBe(
      "We're live now! Grafana Office Hours #25: Introduction to eBPF with Grafana Beyla, with Nikola Grcevski. Join us: https://youtube.com/live/ZEUzucqXUnQ",
    );
    expect(fill("slack-internal").text).toBe(
      "Grafana Office Hours #25 is on Friday 5 January at 13:00 UTC (14:00 CET): *Introduction to eBPF with Grafana Beyla* with Nikola Grcevski. Tune in and bring your questions: https://youtube.com/live/ZEUzucqXUnQ",
    );
    expect(fill("thank-you").text.startsWith("Hi Nikola, thank you so much for joining Grafana Office Hours #25!")).toBe(true);
    expect(fill("video-description").text).toContain("In this episode of Grafana Office Hours, Paul Balogh talks with Nikola Grcevski about Introduction to eBPF with Grafana Beyla.\n\nGuests:\n- Nikola Grcevski\n\nHost: Paul Balogh");
  });

  it("with no display zone gives the UTC time alone, and without the guest's zone the guest time names the show's", () => {
    const plain = snippetValues(episode, goh({ displayTimeZones: [] }), GOH25_TEXT);
    expect(plain.fields.showtime).toBe("13:00 UTC");
    // Was a bare "13:00".
    expect(plain.fields.guesttime).toBe("13:00 UTC");
    const berlin = snippetValues(episode, goh({ schedule: { weekday: 5, time: "14:00", timeZone: "Europe/Berlin", durationMinutes: 60 } }), GOH25_TEXT);
    expect(berlin.fields.guesttime).toBe("14:00 CET");
  });
});

describe("the guest's own time zone", () => {
  const text = GOH25_TEXT.replace("Guest:: Nikola Grcevski\n", "Guest:: Nikola Grcevski\nGuest timezone:: America/Los_Angeles\n");
  const episode = read(text);

  it("is read from a Guest timezone:: field and shown in showTime and guestTime", () => {
    expect(guestTimeZone(episode)).toBe("America/Los_Angeles");
    const values = snippetValues(episode, goh(), text);
    expect(values.fields.showtime).toBe("13:00 UTC (14:00 CET, 05:00 PST)");
    expect(values.fields.guesttime).toBe("05:00 PST");
  });

  it.each(["Guest TZ:: Asia/Kolkata", "Timezone:: Asia/Kolkata", "guest-time-zone:: Asia/Kolkata"])("is read from %j", (line) => {
    const t = GOH25_TEXT.replace("Guest:: Nikola Grcevski\n", `Guest:: Nikola Grcevski\n${line}\n`);
    const values = snippetValues(read(t), goh(), t);
    expect(values.fields.guesttime).toBe("18:30 IST");
  });

  it("is ignored when it is not a zone", () => {
    const t = GOH25_TEXT.replace("Guest:: Nikola Grcevski\n", "Guest:: Nikola Grcevski\nGuest timezone:: Pacific time\n");
    expect(guestTimeZone(read(t))).toBeNull();
    expect(snippetValues(read(t), goh(), t).fields.showtime).toBe("13:00 UTC (14:00 CET)");
  });
});

describe("answers typed for missing values", () => {
  // GOH 30: no date and the guest still the template's placeholder.
  const file = "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md";
  const text = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", file), "utf8");
  const episode = read(text, `Grafana Office Hours/${file}`);

  it("without answers asks for the date and the guests", () => {
    const filled = fillSnippet(builtin("slack-public").text, snippetValues(episode, goh(), text));
    expect(filled.missing.sort()).toEqual(["date", "guests"]);
    expect(filled.text).toContain("Join us for Grafana Office Hours #30! ==[guests]== and Paul Balogh");
  });

  it("uses an answered date for every time value, and answered guests and url", () => {
    const values = snippetValues(episode, goh(), text, { date: "2024-07-05", guests: "Ann Lee & Bo Chen", url: " https://youtu.be/x ", topic: "" });
    expect(values.start?.toISOString()).toBe("2024-07-05T13:00:00.000Z");
    expect([values.fields.date, values.fields.showtime, values.fields.invitewindow, values.fields.weekday]).toEqual([
      "2024-07-05",
      "13:00 UTC (15:00 CEST)",
      "12:45–14:15 UTC",
      "Friday",
    ]);
    expect([values.fields.guests, values.fields.guestfirstname, values.fields.guestlinks, values.fields.url]).toEqual([
      "Ann Lee and Bo Chen",
      "Ann",
      "- Ann Lee\n- Bo Chen",
      "https://youtu.be/x",
    ]);
    // An empty topic answer keeps the note's topic.
    expect(values.fields.topic).toBe("Direction of Grafana Loki, Mimir, Tempo, and Pyroscope");
    const filled = fillSnippet(builtin("slack-public").text, values);
    expect(filled).toEqual({
      text: "Join us for Grafana Office Hours #30! Ann Lee and Bo Chen and Paul Balogh talk about *Direction of Grafana Loki, Mimir, Tempo, and Pyroscope*, live on Friday 5 July at 13:00 UTC (15:00 CEST). Questions welcome in the chat: https://youtu.be/x",
      missing: [],
      unknown: [],
      refused: [],
    });
  });

  it("ignores a date or number that is not one", () => {
    const values = snippetValues(episode, goh(), text, { date: "next Friday", number: "thirty" });
    expect([values.start, values.fields.date, values.fields.number]).toEqual([null, "", "30"]);
  });

  it("uses any other answer as it is", () => {
    const values = snippetValues(episode, goh(), text, { Source: " a blog post ", host: "Someone Else", empty: " " });
    expect([values.fields.source, values.fields.host, values.fields.empty]).toEqual(["a blog post", "Someone Else", undefined]);
  });

  it("falls back to the built-in template's briefing when the note has no such items", () => {
    const bare = "---\ndate: 2024-01-05\n---\nGuest:: Ann\n\n## Checklist\n- [ ] a\n";
    const values = snippetValues(read(bare, "Grafana Office Hours/GOH 40 - Bare.md"), goh(), bare);
    const items = (values.fields.beforeitems ?? "").split("\n");
    expect(items).toHaveLength(10);
    expect(items[0]).toBe("- How do you pronounce your name?");
    // Filled: the template's "{{channelName}}" used to reach the guest as it was.
    expect(items[4]).toBe("- We'll be streaming to the channel.");
    expect(values.fields.beforeitems).not.toContain("{{");
  });

  it("links a guest who has a web link", () => {
    const t = "---\ndate: 2024-01-05\n---\nGuest:: [Renata Andrade](https://www.linkedin.com/in/x/), [[Bo Chen]]\n- [ ] a\n";
    expect(snippetValues(read(t, "Grafana Office Hours/GOH 41 - Links.md"), goh(), t).fields.guestlinks).toBe(
      "- Renata Andrade: https://www.linkedin.com/in/x/\n- Bo Chen",
    );
  });
});

describe("readSnippetNote", () => {
  it("reads name, show, id and description from the frontmatter and trims the body's blank lines", () => {
    const text = "---\nname: Meetup event\nshow: GOH\nid: meetup\ndescription: For the events page\n---\n\n\n{{show}} #{{number}}\n\nSee you there!\n\n";
    expect(readSnippetNote("Office Hours/Snippets/Meetup.md", text, frontmatterOfText(text))).toEqual({
      id: "meetup",
      name: "Meetup event",
      description: "For the events page",
      text: "{{show}} #{{number}}\n\nSee you there!",
      source: "Office Hours/Snippets/Meetup.md",
      show: "GOH",
    });
  });

  it("takes the note's name, an id from the name, and says where it comes from", () => {
    expect(readSnippetNote("Snippets/Calendar  Invite Title.md", "\ufeffHello {{guest}}\r\nBye\r\n", frontmatterOfText("\ufeffHello {{guest}}\r\nBye\r\n"))).toEqual({
      id: "calendar invite title",
      name: "Calendar  Invite Title",
      description: "From Snippets/Calendar  Invite Title.md",
      text: "Hello {{guest}}\nBye",
      source: "Snippets/Calendar  Invite Title.md",
      show: null,
    });
  });

  it("replaces the built-in it is named after", () => {
    const note = readSnippetNote("Snippets/Calendar invite title.md", "{{show}} {{number}}: {{guests}}", frontmatterOfText("{{show}} {{number}}: {{guests}}"));
    expect(snippetsForShow([note], ["GOH"]).find((s) => s.id === "invite-title")?.text).toBe("{{show}} {{number}}: {{guests}}");
  });

  it("reads a numeric id and ignores empty or non-text values", () => {
    const note = readSnippetNote("S/x.md", "---\nid: 5\nname: \nshow: [a, b]\ndescription:\n---\nbody", frontmatterOfText("---\nid: 5\nname: \nshow: [a, b]\ndescription:\n---\nbody"));
    expect([note.id, note.name, note.show, note.description]).toEqual(["5", "x", null, "From S/x.md"]);
  });
});
