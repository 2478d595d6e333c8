// Guests: the Guest::/Guests:: field in every Dataview form, and the frontmatter property,
// turned into display names.
import { describe, expect, it } from "vitest";
import { canonicalKey, extractFields } from "../../src/core/note/fields";
import { isPlaceholder, parseGuestValue, splitTopLevel } from "../../src/core/note/guests";
import { guestRows, readEdge } from "./edge-notes";
import { readNote } from "../support/notes";

describe("guest fields in the edge notes", () => {
  it("reads [guest:: …] and (Guest:: …) on task lines, not a full-line field on a task line", () => {
    const episode = readEdge("guests-inline.md");
    expect(guestRows(episode)).toEqual([
      ["Annie", "People/Ann Lee", null],
      ["Bob Ray", null, "Acme"],
      ["Cy Dee", null, null],
      ["Eve Fox", null, null],
    ]);
    expect(episode.fields).toEqual({
      guest: ["[[People/Ann Lee|Annie]]", "Bob Ray (Acme)"],
      role: ["host"],
      guests: ['"Cy Dee" & Eve Fox'],
    });
    expect(episode.tasks.map((t) => t.text)).toEqual([
      "Invite [guest:: [[People/Ann Lee|Annie]]] for the intro",
      "Confirm (Guest:: Bob Ray (Acme)) and [role:: host]",
      "Guest:: not a field on a task line",
    ]);
  });

  it("reads **Guest**:: with a Markdown link as the link text, keeping the URL", () => {
    expect(guestRows(readEdge("guest-bold-link.md"))).toEqual([
      ["Renata Andrade", "https://www.linkedin.com/in/example/", null],
    ]);
  });

  it("splits Guests:: on and, commas and &, stripping quotes and links", () => {
    expect(guestRows(readEdge("guests-plural.md"))).toEqual([
      ["Jack Berg", null, null],
      ["Ed Welch", null, null],
      ["Poyzan Taneli", null, null],
      ["Paul Rogers", "Paul Rogers", null],
    ]);
  });

  it("takes template placeholders for no guest yet, and says so", () => {
    const episode = readEdge("guest-placeholders.md");
    expect(episode.guests).toEqual([]);
    expect(episode.hasGuestField).toBe(true);
    expect(episode.warnings).toEqual(['The guest is still the template\'s placeholder ("Name", "<guest>").']);
  });

  it("takes an empty Guest:: for a guest field with no guest, without a warning", () => {
    const episode = readEdge("guest-empty.md");
    expect(episode.guests).toEqual([]);
    expect(episode.hasGuestField).toBe(true);
    expect(episode.fields).toEqual({ guest: [""] });
    expect(episode.warnings).toEqual([]);
  });

  it("separates a trailing affiliation but keeps a nickname", () => {
    expect(guestRows(readEdge("guest-affiliation-nickname.md"))).toEqual([
      ["Pablo Chacin", null, "Grafana Labs"],
      ["Joseph (Joe) Elliot", null, null],
      ["Mat", "Mat Ryer", "Grafana"],
    ]);
  });

  it("keeps parentheses that belong to a link's URL", () => {
    expect(guestRows(readEdge("guest-link-parentheses.md"))).toEqual([
      ["Ann Lee", "https://en.wikipedia.org/wiki/Ann_Lee_(singer)", null],
    ]);
  });

  it("reads a frontmatter list of wiki links, quoted or not", () => {
    const episode = readEdge("guest-frontmatter-list.md");
    expect(guestRows(episode)).toEqual([
      ["Ann Lee", "Ann Lee", null],
      ["Bob", "People/Bob Ray", null],
    ]);
    expect(episode.hasGuestField).toBe(true);
  });

  it("reads an unquoted wiki link as the whole frontmatter value", () => {
    // YAML reads `guest: [[Ann Lee]]` as a list inside a list, as it does `- [[Ann Lee]]`.
    const one = readNote("x.md", "---\nguest: [[Ann Lee]]\n---\n");
    expect(guestRows(one)).toEqual([["Ann Lee", "Ann Lee", null]]);
    const aliased = readNote("x.md", "---\nguest: [[People/Ann Lee|Ann]]\n---\n");
    expect(guestRows(aliased)).toEqual([["Ann", "People/Ann Lee", null]]);
    expect(one.warnings).toEqual([]);
  });

  it("two unquoted wiki links in one value are not valid YAML: no guest (Obsidian shows no property either), a warning", () => {
    const episode = readNote("x.md", "---\nguests: [[Ann]], [[Bob]]\n---\n");
    expect(guestRows(episode)).toEqual([]);
    expect(episode.warnings).toEqual([
      "The frontmatter is not valid YAML (Unexpected scalar at node end, line 2), so none of its properties were read.",
    ]);
  });

  it("reads a frontmatter-only note's guest list", () => {
    expect(guestRows(readEdge("frontmatter-only.md"))).toEqual([
      ["Ann Lee", "Ann Lee", null],
      ["Bob Ray", null, "Acme"],
    ]);
  });

  it("points at a guest line written with one colon", () => {
    const episode = readEdge("guest-one-colon.md");
    expect(episode.hasGuestField).toBe(false);
    expect(episode.guests).toEqual([]);
    expect(episode.warnings).toEqual(['Line 1 says "Guest:" with one colon; a guest field needs two ("Guest::"). To read it as written, add "Guest:" (with its colon) to the show\'s guest fields.']);
  });
});

describe("field keys, compared the Dataview way", () => {
  it.each([
    ["Guest", "guest"],
    ["GUESTS", "guests"],
    ["**Guest**", "guest"],
    ["  Guest Name  ", "guest-name"],
    ["Guest   Name", "guest-name"],
    ["Gäst", "gäst"],
  ])("%j → %j", (key, canonical) => {
    expect(canonicalKey(key)).toBe(canonical);
  });

  it.each([
    ["Guest:: Ann", "Ann"],
    ["guest:: Ann", "Ann"],
    ["GUEST :: Ann", "Ann"],
    ["**Guest**:: Ann", "Ann"],
    ["__Guest__:: Ann", "Ann"],
    ["- Guest:: Ann", "Ann"],
    ["> Guest:: Ann", "Ann"],
    ["Text [guest:: Ann] more", "Ann"],
    ["Text (Guest:: Ann) more", "Ann"],
  ])("%j is a guest field", (line, value) => {
    const episode = readNote("x.md", line + "\n- [ ] a\n");
    expect(episode.hasGuestField).toBe(true);
    expect(episode.guests.map((g) => g.name)).toEqual([value]);
  });

  it.each(["Guest: Ann", "Guest name:: Ann", "```\nGuest:: Ann\n```", "- [ ] Guest:: Ann", "Guests :: ", "[Guest]:: Ann"])(
    "%j gives no guest",
    (text) => {
      const episode = readNote("x.md", text + "\n");
      expect(episode.guests).toEqual([]);
    },
  );

  it("still sees a guest field when the value is empty (Guests :: )", () => {
    expect(readNote("x.md", "Guests :: \n").hasGuestField).toBe(true);
  });

  it("uses a show's own guest field names", () => {
    const text = "Invitado:: Raul Marin\nGuest:: Not This One\n";
    const episode = readNote("x.md", text, { guestFields: ["Invitado"] });
    expect(episode.guests.map((g) => g.name)).toEqual(["Raul Marin"]);
  });

  it("reads bracketed fields before a full-line one, as Dataview does", () => {
    // Dataview: when a line has [k:: v] fields the line is not also a full-line field.
    expect(extractFields("Guest:: Ann [role:: host]", false)).toEqual([{ key: "role", value: "host" }]);
    expect(extractFields("Guest:: Ann", true)).toEqual([]);
    expect(extractFields("Guest:: Ann", false)).toEqual([{ key: "Guest", value: "Ann" }]);
  });

  it("ignores a line longer than Dataview reads (32768 characters)", () => {
    const long = "Guest:: " + "Ann, ".repeat(7000);
    expect(long.length).toBeGreaterThan(32768);
    expect(readNote("x.md", long).hasGuestField).toBe(false);
  });
});

describe("parseGuestValue", () => {
  const names = (value: string) => parseGuestValue(value).guests.map((g) => g.name);

  it.each([
    ["Nikola Grcevski", ["Nikola Grcevski"]],
    ['"Jack Berg, Ed Welch"', ["Jack Berg", "Ed Welch"]],
    ['"Poyzan Taneli" & "Paul Rogers"', ["Poyzan Taneli", "Paul Rogers"]],
    ['"[[Andrii Kovalov]], [[Ari Herschowitz]]"', ["Andrii Kovalov", "Ari Herschowitz"]],
    ["Ann and Bob", ["Ann", "Bob"]],
    ["Ann AND Bob", ["Ann", "Bob"]],
    ["Anderson Cooper and Andrea Anders", ["Anderson Cooper", "Andrea Anders"]],
    ["Ann; Bob", ["Ann", "Bob"]],
    ["Ann,, Bob,", ["Ann", "Bob"]],
    ["[[People/Ann Lee]]", ["Ann Lee"]],
    ["[[Ann Lee#Bio]]", ["Ann Lee"]],
    ["[[Ann Lee.md]]", ["Ann Lee"]],
    ["[[A, B|Alias, with comma]]", ["Alias, with comma"]],
    ["[Lee, Ann](https://example.com/a,b)", ["Lee, Ann"]],
    ["**Ann Lee**", ["Ann Lee"]],
    ["“Ann Lee”", ["Ann Lee"]],
    ["Ann   Lee", ["Ann Lee"]],
    ["Ann (Grafana) and Bob (Joe) Smith", ["Ann", "Bob (Joe) Smith"]],
    ["", []],
  ])("%j → %j", (value, expected) => {
    expect(names(value)).toEqual(expected);
  });

  it("keeps the affiliation and the link target", () => {
    expect(parseGuestValue("[[Pablo Chacin]] (Grafana Labs)").guests).toEqual([
      { name: "Pablo Chacin", target: "Pablo Chacin", affiliation: "Grafana Labs" },
    ]);
    expect(parseGuestValue("[Ann](<https://example.com/a b>)").guests).toEqual([
      { name: "Ann", target: "https://example.com/a b", affiliation: null },
    ]);
  });

  // "—" alone says no guest by choice since reader8 (tests/core/reader8/no-guest.test.ts); "?" and "…" still wait for one.
  it.each(["Name", '"Name"', "<guest>", "{{guest}}", "<% tp.system.prompt('Guest') %>", "TBD", "Guest(s)", "?", "…", "[name]"])(
    "%j is a placeholder",
    (value) => {
      const parsed = parseGuestValue(value);
      expect(parsed.guests).toEqual([]);
      expect(parsed.placeholders).toHaveLength(1);
    },
  );

  it.each(["Ann", "Nameless Ghost", "Guest Star", "Tom Guest"])("%j is a name, not a placeholder", (name) => {
    expect(isPlaceholder(name)).toBe(false);
  });

  it("does not split inside links or parentheses", () => {
    expect(splitTopLevel("[[A, B]], (C, D) & E")).toEqual(["[[A, B]]", " (C, D) ", " E"]);
  });
});

describe("several guest fields in one note", () => {
  it("collects frontmatter and body guests in order, once each (case-insensitive)", () => {
    const text = "---\nguests: [Ann Lee]\n---\nGuest:: ann lee, Bob\n- [ ] x [guest:: Cy]\n";
    expect(readNote("x.md", text).guests.map((g) => g.name)).toEqual(["Ann Lee", "Bob", "Cy"]);
  });

  it("does not warn about a placeholder when a real guest is also named", () => {
    const text = "Guest:: Name\nGuests:: Ann\n";
    const episode = readNote("x.md", text);
    expect(episode.guests.map((g) => g.name)).toEqual(["Ann"]);
    expect(episode.warnings).toEqual([]);
  });
});

describe("a very long guest list", () => {
  // Frontmatter has no line limit; spreading hundreds of thousands of guests into
  // push(...) arguments overflowed the stack once.
  const count = 150_000;
  const names = Array.from({ length: count }, (_, i) => `Guest ${i}`);

  it("as a YAML list", () => {
    const text = "---\nguests:\n" + names.map((n) => `  - ${n}\n`).join("") + "---\n- [ ] t\n";
    const episode = readNote("x.md", text);
    expect(episode.guests).toHaveLength(count);
    expect(episode.guests.at(-1)?.name).toBe(`Guest ${count - 1}`);
  });

  it("as one comma-separated value", () => {
    const episode = readNote("x.md", `---\nguest: ${names.join(", ")}\n---\n`);
    expect(episode.guests).toHaveLength(count);
    expect(episode.guests[1]?.name).toBe("Guest 1");
  });
});
