// Detect's link reading on hostile lines: a guest field's key is looked for (show-links.ts
// isGuestLine) on every line holding a link, and the key pattern's emphasis runs around a
// lazy key backtracked over the whole line: a line of 20,000 `*` before a link took 36 s.
// Time grows with the line (n against 4n, CPU time; tests/support/growth.ts), never a
// wall-clock bound.
import { describe, expect, it } from "vitest";
import { detect, vault } from "./fixture-vault";
import { bestGrowth, whole } from "../../support/growth";
import { linksIn } from "../../../src/core/detect/link-kinds";

const note = (n: number, line: string) => `---\ndate: 2025-01-0${n}\n---\nGuest:: Ann\n\n${line}\n\n## Checklist\n\n- [ ] Invite the guest\n`;

describe("a long line of emphasis marks before a link", () => {
  it("costs time in proportion to its length", () => {
    const make = whole((n) => `${"*".repeat(n)} https://www.youtube.com/@show`);
    const run = (line: string) => detect(vault({ "Show/SH 01 - A.md": note(1, line), "Show/SH 02 - B.md": note(8, line) }));
    expect(bestGrowth(run, make, 500, 8, 8)).toBeLessThan(8);
  });

  it("still tells a guest's link from the show's", () => {
    const guest = "Guest:: [Ann Lee](https://www.youtube.com/@annlee)";
    const proposal = detect(vault({ "Show/SH 01 - A.md": note(1, guest), "Show/SH 02 - B.md": note(8, guest) }));
    expect(proposal.shows.length).toBeGreaterThan(0);
    for (const show of proposal.shows) expect(show.show.links.channel).not.toBe("https://www.youtube.com/@annlee");
  });
});

describe("a long run of full stops inside an address", () => {
  it("is read in time proportional to its length, and the address keeps it but for the end", () => {
    const make = whole((n) => `See https://www.youtube.com/@show${".".repeat(n)}x. Then more`);
    expect(bestGrowth((line: string) => linksIn(line), make, 2000, 8, 8)).toBeLessThan(8);
    expect(linksIn("Our channel: https://www.youtube.com/@show..., and https://a.example/b_~!")).toEqual(["https://www.youtube.com/@show", "https://a.example/b"]);
  });
});
