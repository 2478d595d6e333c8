// Detect's link rule: a show's channel, playlist, events page and studio only when its
// template, or two of its notes (episodes, index note), agree on one, with the reason
// naming where; never a video as the channel, never a line of another show's template.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byCode, byName, detect, fixtureNotes, vault } from "./fixture-vault";
import { linkKind, linksIn } from "../../../src/core/detect/link-kinds";
import { applyFieldInput } from "../../../src/core/detect/field-input";
import { defaultSettings, defaultShow } from "../../../src/core/settings/settings";
import { mergeProposals } from "../../../src/core/detect/merge";

const five = detect(fixtureNotes("five-shows"));

describe("links on the five-show vault", () => {
  it("Café con Grafana: the channel its README and template name, the events page and studio of its template", () => {
    const ccg = byCode(five, "CCG");
    expect(ccg.show.links).toEqual({
      channel: "https://www.youtube.com/@grafana",
      playlist: "",
      // The template's Spanish group, though three notes also link the English one: the template decides.
      meetup: "https://www.meetup.com/grafana-friends-virtual-en-espanol/",
      studio: "https://streamyard.com",
    });
    expect(ccg.evidence.channel?.reasons[0]).toBe("youtube.com/@grafana: in the template, the index note and 3 episode notes");
    expect(ccg.evidence.meetup?.reasons).toEqual([
      "meetup.com/grafana-friends-virtual-en-espanol: in the template and 2 episode notes",
      "also written: meetup.com/grafana-friends-virtual-meetup-group (in 3 episode notes)",
    ]);
    // streamyard.com/v56yt9b6ry is CCG 005's own studio room: one note, not the show's link.
    expect(ccg.evidence.studio?.reasons).toEqual(["streamyard.com: in the template and 3 episode notes"]);
  });

  it("Grafana Office Hours: the playlist is made from the template's video link (a guess); the channel is never a video", () => {
    const goh = byCode(five, "GOH");
    expect(goh.show.links.playlist).toBe("https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu");
    expect(goh.evidence.playlist?.confidence).toBe("guess");
    expect(goh.evidence.playlist?.reasons[1]).toBe("the playlist of the video link youtube.com/watch?v=uk7NoagbJ28&list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu");
    expect(goh.show.links.channel).toBe("https://www.youtube.com/@grafana");
    expect(goh.show.links.meetup).toBe("https://www.meetup.com/grafana-friends-virtual-meetup-group/");
    for (const p of five.shows) expect(p.show.links.channel).not.toMatch(/watch\?v=|youtu\.be|\/live\//);
  });

  it("Adobo and Avocados: youtube.com//@adoboandavocados and …/@adoboandavocados/streams are one channel", () => {
    const aa = byCode(five, "A&A");
    expect(aa.show.links.channel).toBe("https://www.youtube.com/@adoboandavocados");
    expect(aa.evidence.channel?.reasons[0]).toBe("youtube.com/@adoboandavocados: in the template and 2 episode notes");
  });

  it("Loki and OTel: their notes' links are lines of the GOH template, so none is theirs (GOH's playlist least of all)", () => {
    for (const name of ["Loki Community Calls", "Grafana OTel Community Call"]) {
      const show = byName(five, name);
      expect(show.show.links.playlist).toBe("");
      expect(show.evidence.playlist?.confidence).toBe("default");
    }
  });
});

const note = (n: number, line: string) => `---\ndate: 2025-01-${String(n).padStart(2, "0")}\n---\nGuest:: Ann\n\n## Checklist\n\n- [ ] Invite the guest\n\n${line}\n`;

describe("links: when notes agree", () => {
  it("a link in one note only is not proposed; in two it is", () => {
    const once = detect(vault({ "S/SS 01 - A.md": note(6, "Live on https://www.youtube.com/@show"), "S/SS 02 - B.md": note(13, "") }));
    expect(byCode(once, "SS").show.links.channel).toBe("");
    expect(byCode(once, "SS").evidence.channel?.reasons[0]).toBe("no channel link is written in the template or in two of the notes (one link, in one note only: youtube.com/@show)");
    const twice = detect(vault({ "S/SS 01 - A.md": note(6, "Live on https://www.youtube.com/@show"), "S/SS 02 - B.md": note(13, "See https://youtube.com/@show/videos") }));
    expect(byCode(twice, "SS").show.links.channel).toBe("https://www.youtube.com/@show");
  });

  it("two channels written as often: none is proposed, and the reason names both", () => {
    const tie = detect(
      vault({
        "S/SS 01 - A.md": note(6, "https://www.youtube.com/@one https://www.youtube.com/@two"),
        "S/SS 02 - B.md": note(13, "https://www.youtube.com/@one https://www.youtube.com/@two"),
      }),
    );
    expect(byCode(tie, "SS").show.links.channel).toBe("");
    expect(byCode(tie, "SS").evidence.channel?.reasons[0]).toBe("two channel links are written as often (youtube.com/@one and youtube.com/@two); none is proposed");
  });

  it("a link inside a code block or a comment is no evidence", () => {
    const hidden = detect(vault({ "S/SS 01 - A.md": note(6, "```\nhttps://www.youtube.com/@show\n```"), "S/SS 02 - B.md": note(13, "%% https://www.youtube.com/@show %%") }));
    expect(byCode(hidden, "SS").show.links.channel).toBe("");
  });

  it("a meetup event is one episode's, the group's page the show's", () => {
    const events = detect(vault({ "S/SS 01 - A.md": note(6, "https://www.meetup.com/my-group/events/1234/"), "S/SS 02 - B.md": note(13, "https://www.meetup.com/es-ES/my-group/") }));
    expect(byCode(events, "SS").show.links.meetup).toBe("");
    const group = detect(vault({ "S/SS 01 - A.md": note(6, "https://www.meetup.com/my-group/"), "S/SS 02 - B.md": note(13, "https://www.meetup.com/es-ES/my-group/") }));
    expect(byCode(group, "SS").show.links.meetup).toBe("https://www.meetup.com/my-group/");
  });
});

describe("links: a recurring guest's own (review2)", () => {
  // Defect (src/core/detect/show-links.ts, readLinks): a guest linked to their channel in
  // the guest field (`Guest:: [Ann Lee](https://www.youtube.com/@annlee)`), in two episodes,
  // was proposed as the show's channel, "found": the guest's links are the guest's.
  it("a guest's channel in the guest field of two notes is not the show's", () => {
    const note = (d: string, g: string) => `---\ndate: 2025-01-${d}\n---\nGuest:: ${g}\n\n## Checklist\n\n- [ ] Go live on YouTube\n`;
    const notes = vault({
      "Cast/CC 01 - One, with Ann.md": note("07", "[Ann Lee](https://www.youtube.com/@annlee)"),
      "Cast/CC 02 - Two, with Bo.md": note("14", "Bo Chen"),
      "Cast/CC 03 - Three, with Ann.md": note("21", "[Ann Lee](https://www.youtube.com/@annlee)"),
    });
    expect(byCode(detect(notes), "CC").show.links.channel).toBe("");
  });
});

describe("links: what an address is", () => {
  it("a video link is never a channel, whatever its id and parameters", () => {
    const id = fc.stringMatching(/^[\w-]{1,15}$/);
    fc.assert(
      fc.property(fc.constantFrom("https://www.youtube.com", "https://youtube.com", "http://m.youtube.com"), id, fc.option(id), (site, v, list) => {
        const url = `${site}/watch?v=${v}${list === null ? "" : `&list=PL${list}xxxxxxxxxx`}`;
        expect(linkKind(url).slot?.name).not.toBe("channel");
      }),
    );
  });

  it("never throws on any text, and a slot's value is read back as the same slot", () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withQueryParameters: true }), (text, url) => {
        for (const link of [...linksIn(text), url, `https://www.youtube.com/${text}`]) {
          const slot = linkKind(link).slot;
          if (slot !== null && !slot.derived) expect(linkKind(slot.value).slot?.value).toBe(slot.value);
        }
      }),
    );
  });

  it("podcast hosts: the show's page is the channel (the feed), an episode's page is not", () => {
    expect(linkKind("https://www.buzzsprout.com/2187213").slot?.value).toBe("https://www.buzzsprout.com/2187213");
    expect(linkKind("https://www.buzzsprout.com/2187213/episodes/1").slot).toBeNull();
    expect(linkKind("https://www.buzzsprout.com/2187213/episodes/1").audioHost).toBe(true);
    expect(linkKind("https://open.spotify.com/show/abc").slot?.name).toBe("channel");
    expect(linkKind("https://open.spotify.com/episode/abc").slot).toBeNull();
    expect(linkKind("https://riverside.fm/studio/x").recordingStudio).toBe(true);
    expect(linkKind("https://streamyard.com/abc").live).toBe(true);
  });
});

describe("links against configured shows and in the review", () => {
  it("a configured show's empty links are filled; one typed by hand stays", () => {
    const settings = defaultSettings("UTC");
    const ccg = defaultShow("UTC", "Cafe con Grafana");
    ccg.id = "ccg";
    ccg.code = "CCG";
    ccg.folder = "projects/CafeConGrafana/Episodes";
    ccg.links.studio = "https://streamyard.com/our-own-room";
    settings.shows = [ccg];
    const result = detect(fixtureNotes("five-shows"), { settings });
    const correction = result.shows.find((p) => p.correctionOf === "ccg");
    expect(correction?.changes).toEqual(expect.arrayContaining(["channel", "meetup"]));
    expect(correction?.changes).not.toContain("studio");
    const merged = mergeProposals(settings, result.shows).settings.shows.find((s) => s.id === "ccg");
    expect(merged?.links).toEqual({ channel: "https://www.youtube.com/@grafana", playlist: "", meetup: "https://www.meetup.com/grafana-friends-virtual-en-espanol/", studio: "https://streamyard.com/our-own-room" });
  });

  it("a link typed in the review is checked as the settings check it", () => {
    const show = defaultShow("UTC");
    expect(applyFieldInput(show, "channel", "youtube.com/@x")).toBe("Use a full link starting with https://.");
    expect(show.links.channel).toBe("");
    expect(applyFieldInput(show, "channel", " https://youtube.com/@x ")).toBeNull();
    expect(show.links.channel).toBe("https://youtube.com/@x");
    expect(applyFieldInput(show, "channel", "")).toBeNull();
    expect(show.links.channel).toBe("");
  });
});
