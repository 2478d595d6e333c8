// A guest's links are the guest's, wherever the notes put them (detect4): under a `guests:`
// property (a list of records, a list of links, a flow list on the key's line) and under a
// guest field with a list below it. A guest on two episodes (a regular) used to make their
// channel the show's. The show's own links beside them still count.
import { describe, expect, it } from "vitest";
import { detect, vault } from "./fixture-vault";
import { guestLines } from "../../../src/core/detect/guest-blocks";
import { bestGrowth, whole } from "../../support/growth";

const ANN = "https://www.youtube.com/@annlee";
const SHOW = "https://www.youtube.com/@theshow";

function episode(day: number, properties: string, body = ""): string {
  return `---\ndate: 2025-01-${String(day).padStart(2, "0")}\n${properties}\n---\nGuest:: Ann Lee\n\nWe stream on ${SHOW}\n${body}\n## Checklist\n\n- [ ] Invite the guest\n`;
}

function channel(properties: string, body = ""): string {
  const result = detect(vault({ "Show/SH 01 - A.md": episode(1, properties, body), "Show/SH 02 - B.md": episode(8, properties, body) }));
  const show = result.shows[0];
  if (!show) throw new Error(`no show: ${JSON.stringify(result.skipped)}`);
  return show.show.links.channel;
}

describe("a guest's links under a guests property", () => {
  it("a list of records with the guest's channel", () => {
    expect(channel(`guests:\n  - name: Ann Lee\n    channel: ${ANN}`)).toBe(SHOW);
  });

  it("a list of links", () => {
    expect(channel(`guests:\n  - ${ANN}\n  - "[[Bob]]"`)).toBe(SHOW);
    expect(channel(`Guests:\n- ${ANN}`)).toBe(SHOW);
  });

  it("a flow list on the key's line, in any guest word", () => {
    expect(channel(`guests: [{name: Ann, channel: ${ANN}}]`)).toBe(SHOW);
    expect(channel(`invitados: [${ANN}]`)).toBe(SHOW);
    expect(channel(`"speakers":\n  - ${ANN}`)).toBe(SHOW);
  });

  it("the property after it is the show's again", () => {
    const properties = `guests:\n  - ${ANN}\nchannel: https://www.youtube.com/@other`;
    const result = detect(vault({ "Show/SH 01 - A.md": episode(1, properties).replace(`We stream on ${SHOW}\n`, ""), "Show/SH 02 - B.md": episode(8, properties).replace(`We stream on ${SHOW}\n`, "") }));
    expect(result.shows[0]?.show.links.channel).toBe("https://www.youtube.com/@other");
  });

  it("a property named for hosts is not a guest's: a host's channel on every episode is the show's", () => {
    const properties = `hosts:\n  - ${ANN}`;
    const result = detect(vault({ "Show/SH 01 - A.md": episode(1, properties).replace(`We stream on ${SHOW}\n`, ""), "Show/SH 02 - B.md": episode(8, properties).replace(`We stream on ${SHOW}\n`, "") }));
    expect(result.shows[0]?.show.links.channel).toBe(ANN);
  });
});

describe("a guest field with a list under it", () => {
  it("the list's links are the guest's, up to the first line that is not in the list", () => {
    expect(channel("", `\nGuests:\n- [Ann Lee](${ANN})\n  more about Ann ${ANN}\n`)).toBe(SHOW);
  });

  it("a checklist under it is the show's: a task ends the guests' list", () => {
    const lines = ["Guests:", `- [Ann](${ANN})`, `- [ ] Send the studio link ${SHOW}`, "", `Plain ${SHOW}`];
    expect(guestLines(lines, 0)).toEqual([true, true, false, false, false]);
  });

  it("a guest field with its value on the line holds only that line", () => {
    expect(guestLines([`Guest:: [Ann](${ANN})`, `- ${SHOW}`], 0)).toEqual([true, false]);
  });
});

describe("time", () => {
  it("a long properties block and a long guests list grow in proportion", () => {
    const make = whole((n) => `---\nguests:\n${`  - ${ANN}\n`.repeat(n)}title: x\n---\nGuests:\n${`- [A](${ANN})\n`.repeat(n)}`);
    const run = (text: string) => {
      const lines = text.split("\n");
      guestLines(lines, lines.indexOf("---", 1) + 1);
    };
    expect(bestGrowth(run, make, 2000, 8)).toBeLessThan(8);
  });

  it("a 100,000-character property key line or guest line is read in proportion too", () => {
    for (const trigger of ["*", ":", "guests", " ", "-"]) {
      const make = whole((n) => `---\n${trigger.repeat(n)}: ${ANN}\n---\n${trigger.repeat(n)}:: ${ANN}\n`);
      const run = (text: string) => guestLines(text.split("\n"), 3);
      expect(bestGrowth(run, make, 5000, 8)).toBeLessThan(8);
    }
  });
});
