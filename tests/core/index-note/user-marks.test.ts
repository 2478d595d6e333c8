// A user's own mark on an episode's line: words that say it is not happening (English or
// Spanish) or the entry struck through. The line is still the episode's (never a second
// line for it), the mark stays as written, and the plugin adds no mark of its own next to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

// GOH 12 as the Grafana Office Hours README links it (tests/fixtures/five-shows).
const BASENAME = "GOH 12 - Grafana Faro";
const MD = "[GOH 12 - Grafana Faro](GOH%2012%20-%20Grafana%20Faro.md)";

function entry(over: Partial<IndexEntry> = {}): IndexEntry {
  return { basename: BASENAME, link: `[[${BASENAME}]]`, date: "2023-09-22", number: 12, guests: [], list: "upcoming", ...over };
}

const UPCOMING = (line: string) => ["### Upcoming", "", line];
/** The record of the guest names the plugin wrote on the line. */
const RECORD = (names: string) => `%% office-hours:episode-list wrote guests: ${BASENAME}: ${names} %%`;
const episodeLines = (out: string[]) => out.filter((l) => l.includes("GOH 12") || l.includes("GOH%2012")).filter((l) => !l.startsWith("%%"));

describe("words that mark the slot", () => {
  const words = [
    "(postponed)",
    "— canceled, Ann is ill",
    "(called off)",
    "skipped",
    "dropped",
    "(cancelado)",
    "(cancelada por lluvia)",
    "suspendido",
    "— pospuesto a marzo",
    "(aplazado)",
    "APLAZADA",
  ];
  it.each(words)("%s: kept, read as the user's mark, no mark of the plugin's beside it", (w) => {
    for (const language of ["en", "es"]) {
      const line = `- 22/09: ${MD} ${w}`;
      const out = blockLines(UPCOMING(line), [entry({ cancelled: true, language })]);
      expect(out).toEqual(UPCOMING(line));
      // Scheduled again: the user's mark stays too.
      expect(blockLines(UPCOMING(line), [entry({ cancelled: false, language })])).toEqual(UPCOMING(line));
    }
  });

  it.each(["— Cancellation tokens in Go", "— skipping flaky tests", "— Skipper the dog", "— descancelado"])(
    "%s: a topic's word that holds a mark word is no mark, so a cancelled episode gets the plugin's",
    (words) => {
      expect(blockLines(UPCOMING(`- 22/09: ${MD} ${words}`), [entry({ cancelled: true })]).at(-1)).toBe(`- 22/09: ${MD} ${words} (cancelled)`);
    },
  );

  it("a topic is no mark: a cancelled episode about car suspension gets the plugin's", () => {
    expect(blockLines(UPCOMING(`- 22/09: ${MD} — car suspension`), [entry({ cancelled: true })]).at(-1)).toBe(`- 22/09: ${MD} — car suspension (cancelled)`);
  });

  it("any words after the guests stay, the guests unchanged or not (once dropped on every update)", () => {
    const line = `- 22/09: ${MD} with Israel Blancas (confirmed)`;
    expect(blockLines(UPCOMING(line), [entry({ guests: ["Israel Blancas"] })])).toEqual(UPCOMING(line));
    expect(blockLines(UPCOMING(line), [entry({ guests: ["Israel Blancas", "Ann Lee"] })]).at(-1)).toBe(`- 22/09: ${MD} with Israel Blancas and Ann Lee (confirmed)`);
  });

  it("stays when the plugin writes the guests before it", () => {
    const line = `- 22/09: ${MD} with Ann (postponed)`;
    const out = blockLines(UPCOMING(line), [entry({ guests: ["Ann Lee", "Bo Chen"], cancelled: true })]);
    // "Ann" is Ann Lee's first name: kept as written, Bo Chen added after it.
    expect(out).toEqual([RECORD("Bo Chen"), ...UPCOMING(`- 22/09: ${MD} with Ann and Bo Chen (postponed)`)]);
  });
});

describe("a guest phrase written for other guests", () => {
  it("ends where the user's words start, a known guest's name read whole", () => {
    const cases: [string, string[], string][] = [
      [" with Ann Lee (Grafana)", ["Ann Lee (Grafana)", "Bo Chen"], " with Ann Lee (Grafana) and Bo Chen"],
      [" with ann_lee", ["ann_lee", "Bo Chen"], " with ann_lee and Bo Chen"],
      [" with Ann — great demo", ["Ann Lee", "Bo Chen"], " with Ann and Bo Chen — great demo"],
      [" with Ann; recording lost", ["Ann Lee", "Bo Chen"], " with Ann and Bo Chen; recording lost"],
      [" with Ann %% ask for slides %%", ["Ann Lee"], " with Ann %% ask for slides %%"],
    ];
    for (const [words, guests, written] of cases) {
      const out = blockLines(UPCOMING(`- 22/09: ${MD}${words}`), [entry({ guests })]);
      expect(out.at(-1)).toBe(`- 22/09: ${MD}${written}`);
    }
  });
});

describe("an entry struck through", () => {
  it.each([
    `- ~~22/09: ${MD}~~`,
    `- 22/09: ~~${MD}~~`,
    `- ~~[[${BASENAME}]]~~`,
    `- ~~${BASENAME}~~`,
    `- 22/09: ~~${MD} with Ann Lee~~`,
  ])("%s is the episode's line, kept, unmarked", (line) => {
    const out = blockLines(UPCOMING(line), [entry({ cancelled: true })]);
    expect(episodeLines(out)).toHaveLength(1);
    expect(out).toEqual(UPCOMING(line));
  });

  it("gets its date and guests inside the strike-through", () => {
    const out = blockLines(UPCOMING(`- 01/09: ~~${MD} with Ann~~`), [entry({ guests: ["Ann Lee", "Bo Chen"], cancelled: true })]);
    expect(out).toEqual([RECORD("Bo Chen"), ...UPCOMING(`- 22/09: ~~${MD} with Ann and Bo Chen~~`)]);
  });

  it("a bold or italic entry's guests are written inside its emphasis", () => {
    for (const em of ["**", "*", "_", "=="]) {
      const out = blockLines(UPCOMING(`- ${em}${MD} with Ann${em}`), [entry({ guests: ["Ann Lee", "Bo Chen"] })]);
      expect(out.at(-1)).toBe(`- ${em}${MD} with Ann and Bo Chen${em}`);
    }
  });

  it("a bold entry is the episode's too, and gets the plugin's mark (bold is no cancel mark)", () => {
    const out = blockLines(UPCOMING(`- **${MD}**`), [entry({ cancelled: true })]);
    expect(out.at(-1)).toBe(`- **${MD}** (cancelled)`);
  });
});

describe("for any words after the link", () => {
  it("the line stays the episode's only line, the words all kept, one mark at most", () => {
    const piece = fc.constantFrom("(", ")", "~~", "**", " ", "with ", "con ", "(cancelled)", "(cancelado)", "Ann", " — ", "%", "|", "y", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), fc.constantFrom("en", "es"), (parts, cancelled, language) => {
        const words = parts.join("");
        const line = `- 22/09: ${MD}${words}`;
        const e = entry({ cancelled, language });
        const once = blockLines(UPCOMING(line), [e]);
        expect(episodeLines(once)).toHaveLength(1);
        expect(blockLines(once, [e])).toEqual(once);
        // With no guests to write, nothing the user wrote is lost.
        expect(episodeLines(once)[0]?.startsWith(line)).toBe(true);
      }),
    );
  });
});
