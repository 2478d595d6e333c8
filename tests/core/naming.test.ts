// File names every device can store (naming.ts) and the show's name pattern read in
// both directions (name-pattern.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodePath, freePath, joinNames, safeFileName } from "../../src/core/new-episode/naming";
import { nameParser, renderName, type NameFields } from "../../src/core/note/name-pattern";
import { DEFAULT_FILE_NAME_PATTERN } from "../../src/core/settings/settings";

const FORBIDDEN = ["/", "\\", ":", "*", "?", '"', "<", ">", "|", "#", "^", "[", "]"];
const DEVICES = ["CON", "PRN", "AUX", "NUL", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`]), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"];

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Windows reads a name as a device when the part before its first dot is one. */
function isWindowsDevice(name: string): boolean {
  const stem = name.split(".")[0] ?? "";
  return DEVICES.some((d) => d.toLowerCase() === stem.toLowerCase());
}

/** Every rule a file name must pass on Windows, macOS, iOS and Android, and in a wiki link. */
function expectStorable(name: string): void {
  expect(name).not.toBe("");
  for (const ch of FORBIDDEN) expect(name).not.toContain(ch);
  expect([...name].filter((ch) => ch.charCodeAt(0) < 0x20 || ch === "\u007f")).toEqual([]);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[.\s]/);
  expect(utf8Length(name)).toBeLessThanOrEqual(200);
  expect(isWindowsDevice(name)).toBe(false);
  // As the note it names, too.
  expect(isWindowsDevice(`${name}.md`)).toBe(false);
}

describe("safeFileName", () => {
  it.each([
    ["GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski", "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski"],
    ["eBPF: what and why", "eBPF - what and why"],
    ["a/b\\c|d", "a-b-c-d"],
    ['say "hi"', "say 'hi'"],
    ["what? *really* <now>", "what really now"],
    ["#tag ^block [[link]]", "tag block link"],
    ["tab\there\nnew\u0000null\u007fdel", "tab here new null del"],
    ["  many    spaces  ", "many spaces"],
    ["Q&A , fine .", "Q&A, fine"],
    ["trailing dots...", "trailing dots"],
    ["trailing dot and space. . ", "trailing dot and space"],
    ["...hidden", "hidden"],
    [" . hidden", "hidden"],
    ["Cafe\u0301", "Café"],
    ["", "Untitled episode"],
    ["...", "Untitled episode"],
    ["???", "Untitled episode"],
    [" / ", "-"],
  ])("%j → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("uses the fallback it is given for a name with nothing left", () => {
    expect(safeFileName("::", "Folder")).toBe("- -");
    expect(safeFileName("**", "Folder")).toBe("Folder");
  });

  it.each([
    ["CON", "CON_"],
    ["con", "con_"],
    ["PRN", "PRN_"],
    ["aux ", "aux_"],
    ["NUL.", "NUL_"],
    ["COM1", "COM1_"],
    ["lpt9", "lpt9_"],
    ["COM¹", "COM¹_"],
    // With an extension the device is still the device (NUL.txt is NUL): the mark goes on the stem.
    ["con.txt", "con_.txt"],
    ["NUL.tar.gz", "NUL_.tar.gz"],
    ["LPT1.md", "LPT1_.md"],
  ])("reserved device name %j → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
    expect(isWindowsDevice(`${safeFileName(input)}.md`)).toBe(false);
  });

  it.each(["CONSOLE", "com10", "Auxiliary", "null", "COM1 - Topic", "nul-x"])("%j is not a device name and stays", (name) => {
    expect(safeFileName(name)).toBe(name);
  });

  it("cuts at 200 UTF-8 bytes without splitting a character", () => {
    expect(safeFileName("a".repeat(250))).toBe("a".repeat(200));
    // é is 2 bytes: 100 fit exactly; one ASCII letter in front leaves room for 99.
    expect(safeFileName("é".repeat(150))).toBe("é".repeat(100));
    expect(safeFileName(`x${"é".repeat(150)}`)).toBe(`x${"é".repeat(99)}`);
    // 😀 is 4 bytes: 50 fit; after "ab", 49 make 198 bytes and a 50th would make 202.
    expect(safeFileName("😀".repeat(60))).toBe("😀".repeat(50));
    expect(safeFileName(`ab${"😀".repeat(60)}`)).toBe(`ab${"😀".repeat(49)}`);
    // € is 3 bytes: 66 are 198 bytes, a 67th would be 201.
    expect(safeFileName("€".repeat(80))).toBe("€".repeat(66));
  });

  it("drops dots and spaces the cut leaves at the end", () => {
    expect(safeFileName(`${"a".repeat(199)} bcd`)).toBe("a".repeat(199));
    expect(safeFileName(`${"a".repeat(198)}.. bcd`)).toBe("a".repeat(198));
    expect(safeFileName(`${"a".repeat(199)}.bcd`)).toBe("a".repeat(199));
  });

  const messy = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...FORBIDDEN, ".", " ", "\t", "\n", "\u0000", "\u001f", "\u007f", "é", "€", "😀", "e\u0301", "\u00a0", "\u2028", "con", "NUL", "lpt1", ","),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    ),
    maxLength: 260,
  });

  it("gives a storable name for any input", () => {
    fc.assert(
      fc.property(messy, (name) => {
        expectStorable(safeFileName(name));
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent: a safe name stays as it is", () => {
    fc.assert(
      fc.property(messy, (name) => {
        const once = safeFileName(name);
        expect(safeFileName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe("episodePath", () => {
  it.each([
    ["Grafana Office Hours", "GOH 25 - Beyla", "Grafana Office Hours/GOH 25 - Beyla.md"],
    ["", "GOH 25 - Beyla", "GOH 25 - Beyla.md"],
    ["/Shows//GOH/", "x", "Shows/GOH/x.md"],
    ["Shows\\GOH", "x", "Shows/GOH/x.md"],
    [" Shows / GOH: live ", "x", "Shows/GOH - live/x.md"],
    // A folder part with nothing storable left becomes "Folder": no way out of the vault.
    ["../x/./y", "n", "Folder/x/Folder/y/n.md"],
    ["Shows", "CON", "Shows/CON_.md"],
    ["Shows", "a: b?", "Shows/a - b.md"],
    ["Shows", "", "Shows/Untitled episode.md"],
  ])("%j + %j → %j", (folder, name, expected) => {
    expect(episodePath(folder, name)).toBe(expected);
  });

  it("takes another extension", () => {
    expect(episodePath("Calendar", "GOH 25", "ics")).toBe("Calendar/GOH 25.ics");
  });
});

describe("freePath", () => {
  it("returns the path itself when it is free", () => {
    expect(freePath("a/b.md", () => false)).toBe("a/b.md");
  });

  it("counts up from (2), asking about each candidate", () => {
    const taken = new Set(["a/b.md", "a/b (2).md", "a/b (3).md"]);
    const asked: string[] = [];
    expect(
      freePath("a/b.md", (p) => {
        asked.push(p);
        return taken.has(p);
      }),
    ).toBe("a/b (4).md");
    expect(asked).toEqual(["a/b.md", "a/b (2).md", "a/b (3).md", "a/b (4).md"]);
  });

  it("puts the number before the extension, not inside a dotted folder name", () => {
    expect(freePath("v1.2/notes", (p) => p === "v1.2/notes")).toBe("v1.2/notes (2)");
    expect(freePath("v1.2/GOH 25.ics", (p) => p === "v1.2/GOH 25.ics")).toBe("v1.2/GOH 25 (2).ics");
  });

  it("gives up rather than loop forever", () => {
    expect(() => freePath("a.md", () => true)).toThrow("No free name near a.md");
  });
});

describe("joinNames", () => {
  it.each([
    [[], ""],
    [["Ann"], "Ann"],
    [["Ann", "Bo"], "Ann and Bo"],
    [["Ann", "Bo", "Cy"], "Ann, Bo and Cy"],
  ])("%j → %j", (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });

  it("takes another word for 'and'", () => {
    expect(joinNames(["Ana", "Bea", "Cy"], "y")).toBe("Ana, Bea y Cy");
  });
});

describe("renderName", () => {
  const fields = (overrides: Partial<NameFields> = {}): NameFields => ({
    show: "Office Hours",
    code: "OH",
    number: "05",
    topic: "Logs at scale",
    guests: "Ann and Bo",
    date: "2024-01-05",
    ...overrides,
  });

  it.each<[string, Partial<NameFields>, string]>([
    [DEFAULT_FILE_NAME_PATTERN, {}, "OH 05 - Logs at scale, with Ann and Bo"],
    [DEFAULT_FILE_NAME_PATTERN, { guests: "" }, "OH 05 - Logs at scale"],
    [DEFAULT_FILE_NAME_PATTERN, { number: "" }, "OH - Logs at scale, with Ann and Bo"],
    [DEFAULT_FILE_NAME_PATTERN, { code: "" }, "05 - Logs at scale, with Ann and Bo"],
    // Nothing before the topic: its " - " has nothing to join (was "- Logs at scale, …").
    [DEFAULT_FILE_NAME_PATTERN, { code: "", number: "" }, "Logs at scale, with Ann and Bo"],
    [DEFAULT_FILE_NAME_PATTERN, { code: "", number: "", guests: "" }, "Logs at scale"],
    ["{{date}} {{show}} - {{topic}}", {}, "2024-01-05 Office Hours - Logs at scale"],
    ["{{date:YYMMDD}} - {{title}}", {}, "240105 - Logs at scale"],
    ["{{date:DD.MM.YYYY}} {{topic}}", {}, "05.01.2024 Logs at scale"],
    ["{{date}} {{show}} - {{topic}}", { date: "" }, "Office Hours - Logs at scale"],
    // The bracket opened by the dropped literal is not left closing nothing (was "Logs at scale)").
    ["{{topic}} ({{guests}})", { guests: "" }, "Logs at scale"],
    ["{{number}} ({{guest}}) - {{topic}}", { guests: "" }, "05 - Logs at scale"],
    ["{{topic}} ({{guests}})", {}, "Logs at scale (Ann and Bo)"],
    ["{{ CODE }}-{{Number}} {{topic}}", {}, "OH-05 Logs at scale"],
    ["{{unknown}} {{topic}}", {}, "Logs at scale"],
    ["{{topic}}   with\tspaces ", {}, "Logs at scale with spaces"],
    ["No placeholders", {}, "No placeholders"],
  ])("%j with %j → %j", (pattern, overrides, expected) => {
    expect(renderName(pattern, fields(overrides))).toBe(expected);
  });
});

describe("nameParser", () => {
  const parse = nameParser(DEFAULT_FILE_NAME_PATTERN, "GOH");

  it("reads names made with the pattern", () => {
    expect(parse("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski")).toEqual({
      code: "GOH",
      number: 25,
      numberText: "25",
      date: null,
      title: "Introduction to eBPF with Grafana Beyla, with Nikola Grcevski",
    });
    expect(parse("goh 005 - Topic, with Ann")).toEqual({ code: "goh", number: 5, numberText: "005", date: null, title: "Topic, with Ann" });
  });

  it("falls back to the general rules for names that do not fit", () => {
    expect(parse("GOH 12 - Govable")).toEqual({ code: "GOH", number: 12, numberText: "12", date: null, title: "Govable" });
    expect(parse("Random note")).toEqual({ code: null, number: null, numberText: null, date: null, title: "Random note" });
  });

  it("reads a date in the pattern's own format", () => {
    const dated = nameParser("{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", "CCG");
    expect(dated("CCG 005 - 231130 - RepasemosElGStack")).toEqual({
      code: "CCG",
      number: 5,
      numberText: "005",
      date: "2023-11-30",
      title: "RepasemosElGStack",
    });
    expect(nameParser("{{date:DD.MM.YYYY}} {{topic}}", "")("05.01.2024 Logs")).toMatchObject({ date: "2024-01-05", title: "Logs" });
  });

  it("with no code configured reads any code", () => {
    expect(nameParser(DEFAULT_FILE_NAME_PATTERN, "")("A&A 22 - Unemployment, with Renata Andrade")).toMatchObject({
      code: "A&A",
      number: 22,
      title: "Unemployment, with Renata Andrade",
    });
  });

  // Words without the pattern's separators (", with", " - ") or characters a name cannot hold.
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9&'.()+]{1,8}$/).filter((w) => w.toLowerCase() !== "with");
  const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
  const guestNames = fc.array(phrase, { minLength: 0, maxLength: 3 });

  it("reads back what renderName wrote: code, number, topic and guests", () => {
    fc.assert(
      fc.property(phrase, guestNames, fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 6 }), (topic, guests, n, width) => {
        const number = String(n).padStart(width, "0");
        const joined = guests.join(" and ");
        const name = renderName(DEFAULT_FILE_NAME_PATTERN, { show: "Office Hours", code: "GOH", number, topic, guests: joined, date: "" });
        expect(parse(name)).toEqual({ code: "GOH", number: n, numberText: number, date: null, title: joined === "" ? topic : `${topic}, with ${joined}` });
      }),
      { numRuns: 400 },
    );
  });

  it("reads back a dated pattern's date", () => {
    const pattern = "{{date:YYYY-MM-DD}} {{code}} - {{topic}}";
    const read = nameParser(pattern, "OH");
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, phrase, (date, topic) => {
        const name = renderName(pattern, { show: "", code: "OH", number: "", topic, guests: "", date });
        expect(read(name)).toMatchObject({ code: "OH", date, title: topic });
      }),
      { numRuns: 200 },
    );
  });
});
