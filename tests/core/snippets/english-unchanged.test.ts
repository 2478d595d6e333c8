// The English built-in snippets and .ics stay byte for byte what main wrote before the
// Spanish set came (english-golden.json, written by this file with UPDATE_GOLDEN=1 on
// main's code at a6955e1): every built-in of a real-notes episode, for both formats, with
// and without a guest zone, for a show with no language and for shows in the languages
// Detect knows but the plugin has no texts for (they get the English texts with English dates).
// One change since, on purpose: a podcast's "Add to Google Calendar" link carries the
// podcast's own invite title ("… #25 recording with …"), not the live stream's (snippets5).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snippetsForShow } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import type { ShowFormat } from "../../../src/core/settings/show-format";
import { readNote } from "../../support/notes";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", FILE), "utf8");
const GOLDEN = join(import.meta.dirname, "english-golden.json");
const NOW = new Date("2024-01-02T09:30:00Z");

function goh(format: ShowFormat, language: string): ShowSettings {
  return {
    ...defaultShow("UTC", "Grafana Office Hours"),
    id: "goh",
    code: "GOH",
    hostName: "Paul Balogh",
    about: "all things Grafana Labs and observability",
    displayTimeZones: ["Europe/Berlin"],
    format,
    language,
    links: {
      channel: "https://youtube.com/@grafana",
      playlist: "https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu",
      meetup: "https://www.meetup.com/grafana-friends-virtual-meetup-group/",
      studio: "https://streamyard.com/abc123",
    },
  };
}

/** Every built-in filled, and the invite, keyed by format, answers and snippet id. */
function outputs(language: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const format of ["livestream", "podcast"] as const) {
    const show = goh(format, language);
    const episode = readNote(`Grafana Office Hours/${FILE}`, TEXT, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
    const snippets = snippetsForShow([], [show.name, show.code], format, show.language);
    for (const [label, answers] of [["plain", {}], ["zoned", { guestzone: "Europe/Belgrade" }]] as const) {
      const values = snippetValues(episode, show, TEXT, answers, "en");
      for (const s of snippets) out[`${format}|${label}|${s.id}`] = fillSnippet(s.text, values).text;
      const invite = episodeInvite(episode, show, TEXT, snippets, NOW, "en", answers);
      out[`${format}|${label}|ics`] = invite.ok ? invite.ics : `refused: ${invite.reason}`;
    }
  }
  return out;
}

describe("the English built-ins are main's, byte for byte", () => {
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, JSON.stringify(outputs(""), null, 1) + "\n");
  const golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>) : {};

  it("holds every built-in of both formats and the invite", () => {
    expect(Object.keys(golden)).toHaveLength(2 * 2 * 16);
  });

  it.each(["", "en", "en-GB", "pt", "fr", "de", "it", "nl"])("for a show whose language is %j", (language) => {
    expect(outputs(language)).toEqual(golden);
  });
});
