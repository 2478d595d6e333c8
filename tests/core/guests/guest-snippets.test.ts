// The guests in every text: invitations in each guest's own zone, the host's briefing with
// pronunciation and pronouns, the video description with company, role and links, and the
// .ics description. On the real GOH 25 note (Friday 5 January 2024, 13:00 UTC) and the real
// OTel call note with two guests (Wednesday 17 December 2025).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_SNIPPETS, builtinSnippets } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { readNote } from "../../support/notes";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import { profileOf, type GuestProfile } from "../../../src/core/guests/profile";
import { parseIcs, textOf } from "../calendar/ics-oracle";

const REAL = join(import.meta.dirname, "../../fixtures/real-notes");
const GOH25 = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const OTEL = "03 - Logging Best Practices.md";

const show: ShowSettings = {
  ...defaultShow("UTC", "Grafana Office Hours"),
  id: "goh",
  code: "GOH",
  hostName: "Paul Balogh",
  displayTimeZones: ["Europe/Berlin"],
  links: { channel: "https://youtube.com/@grafana", playlist: "", meetup: "", studio: "https://streamyard.com/abc123" },
};

function episode(file: string) {
  const text = readFileSync(join(REAL, file), "utf8");
  return { text, episode: readNote(`Grafana Office Hours/${file}`, text) };
}

const nikola: GuestProfile = {
  name: "Nikola Grcevski",
  timezone: "Europe/Belgrade",
  pronouns: "he/him",
  pronunciation: "NEE-ko-la GRETCH-ev-ski",
  company: "Grafana Labs",
  role: "Principal Engineer",
  links: ["https://github.com/grcevski", "https://www.linkedin.com/in/grcevski/"],
};

function fill(id: string, file: string, profiles: GuestProfile[], answers: Record<string, string> = {}): string {
  const { text, episode: e } = episode(file);
  const snippet = BUILTIN_SNIPPETS.find((s) => s.id === id);
  if (!snippet) throw new Error(id);
  return fillSnippet(snippet.text, snippetValues(e, show, text, answers, "en", profiles)).text;
}

describe("one guest with a guest note (GOH 25)", () => {
  it("gives the outreach the show time with UTC, then the guest's own day and time", () => {
    expect(fill("outreach", GOH25, [nikola])).toContain(
      "We could do it on Friday 5 January at 13:00 UTC (14:00 CET), that is Friday 5 January, 14:00 your time (Europe/Belgrade). If you'd like to join",
    );
  });

  it("writes the outreach as before when the guest's zone is not known", () => {
    expect(fill("outreach", GOH25, [])).toContain("We could do it on Friday 5 January at 13:00 UTC (14:00 CET). If you'd like to join");
  });

  it("asks for the guest's zone where a snippet needs it, and uses the answer", () => {
    const { text, episode: e } = episode(GOH25);
    const unknown = fillSnippet("{{guestLocalTime}}", snippetValues(e, show, text, {}, "en", []));
    expect(unknown.missing).toEqual(["guestzone"]);
    const answered = fillSnippet("{{guestLocalTime}}", snippetValues(e, show, text, { guestzone: "Asia/Tokyo" }, "en", []));
    expect(answered.text).toBe("Friday 5 January, 22:00 your time (Asia/Tokyo)");
  });

  it("briefs the host on how to say the name, the pronouns, the role and the guest's time", () => {
    expect(fill("host-briefing", GOH25, [nikola])).toBe(
      [
        "Grafana Office Hours #25: Introduction to eBPF with Grafana Beyla, Friday 5 January at 13:00 UTC (14:00 CET)",
        "",
        "- Nikola Grcevski: say “NEE-ko-la GRETCH-ev-ski”; he/him; Principal Engineer at Grafana Labs; Friday 5 January, 14:00 your time (Europe/Belgrade)",
      ].join("\n"),
    );
  });

  it("tells the host what to ask when the guest note does not say", () => {
    expect(fill("host-briefing", GOH25, [])).toContain(
      "- Nikola Grcevski: pronunciation not known: ask “How do you pronounce your name?”; pronouns not known: ask “What are your pronouns?”",
    );
  });

  it("gives the video description the guest's role, company and links", () => {
    expect(fill("video-description", GOH25, [nikola])).toContain(
      "Guests:\n- Nikola Grcevski, Principal Engineer at Grafana Labs: https://github.com/grcevski, https://www.linkedin.com/in/grcevski/\n",
    );
  });

  it("puts the guest's own time into the .ics description", () => {
    const { text, episode: e } = episode(GOH25);
    const invite = episodeInvite(e, show, text, BUILTIN_SNIPPETS, new Date("2024-01-02T09:00:00Z"), "en", {}, undefined, [nikola]);
    if (!invite.ok) throw new Error(invite.reason);
    const event = parseIcs(invite.ics).events[0];
    if (!event) throw new Error("no event");
    expect(textOf(event, "description")).toContain("debrief: 12:45–14:15 UTC.\n\nIn your time zone:\n- Nikola Grcevski: Friday 5 January, 14:00 your time (Europe/Belgrade)\n\nJoin the studio");
  });
});

describe("two guests in two zones (the OTel call: Jack Berg and Ed Welch)", () => {
  const jack: GuestProfile = { ...profileOf({ name: "Jack Berg", target: null, affiliation: null }, null), timezone: "America/Chicago" };
  const ed: GuestProfile = { ...profileOf({ name: "Ed Welch", target: null, affiliation: null }, null), timezone: "America/New_York" };

  it("gives each guest their own line in the invitation, and every zone in the show time", () => {
    const body = fill("invite-body", OTEL, [jack, ed]);
    expect(body).toContain("We go live on Wednesday 17 December 2025 at 13:00 UTC (14:00 CET, 07:00 CST, 08:00 EST).");
    expect(body).toContain("In your time zone:\n- Jack Berg: Wednesday 17 December, 07:00 your time (America/Chicago)\n- Ed Welch: Wednesday 17 December, 08:00 your time (America/New_York)");
  });

  it("addresses the first guest in the outreach with their own time", () => {
    expect(fill("outreach", OTEL, [jack, ed])).toContain("that is Wednesday 17 December, 07:00 your time (America/Chicago).");
  });

  it("gives the line of only the guest whose zone is known", () => {
    const body = fill("invite-body", OTEL, [jack, { ...ed, timezone: null }]);
    expect(body).toContain("In your time zone:\n- Jack Berg: Wednesday 17 December, 07:00 your time (America/Chicago)\n\nJoin");
  });
});

describe("a guest's profile", () => {
  it("takes the company from “(Company)” and the link from the guest field when there is no note", () => {
    expect(profileOf({ name: "Renata Andrade", target: "https://www.linkedin.com/in/raptatinha/", affiliation: "Grafana" }, null)).toEqual({
      name: "Renata Andrade",
      timezone: null,
      pronouns: null,
      pronunciation: null,
      company: "Grafana",
      role: null,
      links: ["https://www.linkedin.com/in/raptatinha/"],
    });
  });
});

describe("the same guest in a Spanish show's texts", () => {
  const spanishShow: ShowSettings = { ...show, language: "es" };
  function fillEs(id: string): string {
    const { text, episode: e } = episode(GOH25);
    const snippet = builtinSnippets("livestream", "es").find((s) => s.id === id);
    if (!snippet) throw new Error(id);
    return fillSnippet(snippet.text, snippetValues(e, spanishShow, text, {}, "es", [nikola])).text;
  }

  it("writes role and company with Spanish's word for at, in the description and the host's briefing", () => {
    expect(fillEs("video-description")).toContain("- Nikola Grcevski, Principal Engineer en Grafana Labs: https://github.com/grcevski, https://www.linkedin.com/in/grcevski/");
    expect(fillEs("host-briefing")).toContain("Principal Engineer en Grafana Labs");
    expect(fillEs("host-briefing")).not.toContain(" at Grafana Labs");
  });
});
