// Detect attacked (detect4): thousands of shows all set up, 100,000-character lines of
// every character a rule looks for, odd file names and odd property keys. Time is
// measured as growth (n against 4n, CPU time; tests/support/growth.ts), never wall clock.
import { describe, expect, it } from "vitest";
import { detect, episode, vault } from "./fixture-vault";
import { bestGrowth, whole, type Make } from "../../support/growth";
import { configuredMatcher } from "../../../src/core/detect/configured";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";

const code = (i: number) => `S${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (Math.floor(i / 676) % 26))}${Math.floor(i / 17576)}`;

function shows(n: number): ShowSettings[] {
  return Array.from({ length: n }, (_, i) => ({ ...defaultShow("UTC", `Show ${i}`), id: `s${i}`, code: code(i), folder: `Shows/${code(i)}` }));
}

describe("thousands of shows, all set up", () => {
  it("each proposal finds its configured show by a look-up, not a search of every show", () => {
    const make: Make<ShowSettings[]> = (n, copies) => shows(n * copies);
    // Every proposal matched by name: the last of three look-ups, the costliest search before.
    const run = (list: ShowSettings[]) => {
      const match = configuredMatcher(list);
      for (const s of list) if (match({ ...s, folder: "", code: "" }) !== s) throw new Error("wrong show");
    };
    expect(bestGrowth(run, make, 200, 8)).toBeLessThan(8);
  });

  it("the first show of a folder, code or name is the one matched, as a search in order finds it", () => {
    const [a, b] = shows(2);
    if (!a || !b) throw new Error("no shows");
    const twin = { ...b, folder: a.folder };
    expect(configuredMatcher([a, twin])({ ...twin })).toBe(a);
    expect(configuredMatcher([a, b])({ ...b, folder: "Elsewhere" })).toBe(b);
    expect(configuredMatcher([a, b])({ ...b, folder: "", code: "", name: " show 1 " })).toBe(b);
    expect(configuredMatcher([a, b])({ ...b, folder: "", code: "", name: "" })).toBeNull();
  });
});

/** Characters and strings the rules look for: emphasis, links, keys, code, comments, tasks, times, placeholders. */
const TRIGGERS = ["*", "_", "[", "](", "[[", "https://", "://", ":", "::", "`", "<!--", "#", "- [ ] ", "{{", "13:00 ", "Friday ", "|", "\\", "@", "guests: "];

describe("100,000-character lines", () => {
  it.each(TRIGGERS)("a line of %j in an episode grows the time in proportion", (trigger) => {
    const make = whole((n) => trigger.repeat(Math.ceil(n / trigger.length)));
    const run = (line: string) =>
      detect(vault({ "Show/SH 01 - A.md": episode({ date: "2025-01-03", extra: line }), "Show/SH 02 - B.md": episode({ date: "2025-01-10", extra: `${line} https://www.youtube.com/@show` }) }));
    expect(bestGrowth(run, make, 3000, 8, 8)).toBeLessThan(8);
  });

  it("a 100,000-character property value and key are read, and the show still found", () => {
    const long = "x".repeat(100_000);
    const note = (day: string) => `---\ndate: ${day}\n${long}: 1\nguests: [${long}]\n---\nGuest:: Ann\n\n## Checklist\n\n- [ ] Invite\n`;
    const result = detect(vault({ "Show/SH 01 - A.md": note("2025-01-03"), "Show/SH 02 - B.md": note("2025-01-10") }));
    expect(result.shows.map((p) => p.show.code)).toEqual(["SH"]);
  });
});

describe("odd file names", () => {
  const NAMES = [
    "SH 01 - A #tag ^block [[x]].md",
    "SH 02 - Ünïcödé 🎙️ and 日本語.md",
    "SH 03 - .md",
    "SH 04 - a.md.md",
    ".SH 05 - hidden.md",
    "SH 06 -  two  spaces  .md",
    `SH 07 - ${"long ".repeat(50)}.md`,
    "SH 08 - x|y:z?.md",
    "SH 09 - (draft) {{topic}} %20.md",
    "SH 10 - __proto__.md",
  ];

  it("are read without an error; the series is still one show", () => {
    const files = Object.fromEntries(NAMES.map((name, i) => [`Show/${name}`, episode({ date: `2025-01-${String(3 + i).padStart(2, "0")}` })]));
    const result = detect(vault(files));
    expect(result.skipped.filter((s) => s.reason.startsWith("could not be read"))).toEqual([]);
    expect(result.shows.map((p) => p.show.code)).toEqual(["SH"]);
    expect(result.shows[0]?.episodes.length).toBeGreaterThanOrEqual(8);
  });

  it("paths that are only punctuation, spaces or a bare .md are no show and no error", () => {
    const files = Object.fromEntries([".md", " .md", "-.md", "#.md", "Show/.md", "Show/ - .md"].map((p) => [p, episode()]));
    expect(() => detect(vault(files))).not.toThrow();
  });
});

describe("odd property keys", () => {
  const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "", "1", "a:b", "guests:", "Guest::", "😀", "valueOf"];

  it("a note whose properties use object-prototype names or odd keys is read, and changes no object", () => {
    const properties = KEYS.map((k) => `${JSON.stringify(k)}: https://www.youtube.com/@odd`).join("\n");
    const note = (day: string) => `---\ndate: ${day}\n${properties}\n---\nGuest:: Ann\n\n## Checklist\n\n- [ ] Invite\n`;
    const result = detect(vault({ "Show/SH 01 - A.md": note("2025-01-03"), "Show/SH 02 - B.md": note("2025-01-10") }));
    expect(result.shows.map((p) => p.show.code)).toEqual(["SH"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe("[object Array]");
    // "guests:" and "Guest::" as keys are guest keys: their links are the guest's, the rest the show's.
    expect(result.shows[0]?.show.links.channel).toBe("https://www.youtube.com/@odd");
  });

  it("a property holding a list, a map or a number where text is expected is read without an error", () => {
    const note = (day: string) => `---\ndate: ${day}\nguests: {name: {first: Ann}, channel: [1, 2]}\nurl: [https://www.youtube.com/watch?v=x]\ntime: 1300\n---\nGuest:: Ann\n\n## Checklist\n\n- [ ] Invite\n`;
    const result = detect(vault({ "Show/SH 01 - A.md": note("2025-01-03"), "Show/SH 02 - B.md": note("2025-01-10") }));
    expect(result.skipped.filter((s) => s.reason.startsWith("could not be read"))).toEqual([]);
    expect(result.shows.map((p) => p.show.code)).toEqual(["SH"]);
  });
});
