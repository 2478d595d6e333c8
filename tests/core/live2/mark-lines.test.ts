// The live show's marks written as one-line edits (src/core/live/mark-lines.ts): the
// host's comments, quotes and other properties stay byte for byte; where a line edit
// cannot be made safely the plan says so (the plugin then uses processFrontMatter).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEdits } from "../../../src/core/live/edits";
import { planMarkLines, RECHECK, type MarkChange } from "../../../src/core/live/mark-lines";
import { bestGrowth, whole } from "../../support/growth";

const body = "# OH 07\n\nGuest:: Ann Lee\n";
const note = (props: string[]) => ["---", ...props, "---", body].join("\n");
const LIVE = "2026-10-24T21:30:00Z";

function written(text: string, changes: MarkChange[], check: (v: Record<string, string | null>) => string | null = () => null, read: string[] = []): string | { reason: string; unsafe: boolean } {
  const plan = planMarkLines(text, read, check, changes);
  return plan.ok ? applyEdits(text, plan.edits) : { reason: plan.reason, unsafe: plan.unsafe };
}

describe("a mark added, replaced or removed", () => {
  const props = ["date: 2026-10-24", 'time: "23:30" # CEST, moved from 20:00 for Ann', "# sponsor: keep quiet until announced", 'tags: [show, "2026"]'];

  it("adds live: at the end of the properties, every other line as written", () => {
    expect(written(note(props), [{ key: "live", value: LIVE }])).toBe(note([...props, `live: ${LIVE}`]));
  });

  it("adds ended: right after live:", () => {
    expect(written(note([`live: ${LIVE} # from the studio`, ...props]), [{ key: "ended", value: "2026-10-24T22:30:00Z", after: "live" }])).toBe(
      note([`live: ${LIVE} # from the studio`, "ended: 2026-10-24T22:30:00Z", ...props]),
    );
  });

  it("replaces a value inside its quotes, its comment kept", () => {
    expect(written(note(['live: "2026-10-20T10:00:00Z" # rehearsal', ...props]), [{ key: "live", value: LIVE }])).toBe(note([`live: "${LIVE}" # rehearsal`, ...props]));
  });

  it("removes ended: with its line, but a comment on it stays as its own line", () => {
    expect(written(note([`live: x`, "ended: y", ...props]), [{ key: "ended", value: null }])).toBe(note(["live: x", ...props]));
    expect(written(note([`live: x`, "ended: y # the stream froze", ...props]), [{ key: "ended", value: null }])).toBe(note(["live: x", "# the stream froze", ...props]));
  });

  it("keeps CRLF line ends", () => {
    const text = note(props).replace(/\n/g, "\r\n");
    expect(written(text, [{ key: "live", value: LIVE }])).toBe(note([...props, `live: ${LIVE}`]).replace(/\n/g, "\r\n"));
  });

  it("gives the check the values as written, and a refusal writes nothing", () => {
    let seen: Record<string, string | null> = {};
    const got = written(note(["live: 'a b' # c", "ended:"]), [{ key: "ended", value: LIVE }], (v) => ((seen = v), "changed"), ["live", "ended", "url"]);
    expect(seen).toEqual({ live: "a b", ended: null, url: null });
    expect(got).toEqual({ reason: "changed", unsafe: false });
    expect(written(note(["live: x"]), [{ key: "ended", value: LIVE }], () => RECHECK, ["live"])).toEqual({ reason: RECHECK, unsafe: true });
  });
});

describe("where a line edit is not safe (the plugin falls back to processFrontMatter)", () => {
  it.each([
    ["no frontmatter", "# OH 07\n"],
    ["live: twice", note(["live: a", "live: b"])],
    ["live: as a list below", note(["live:", "  - a"])],
    ["live: as a flow list", note(["live: [a]"])],
    ["live: with an escape", note(['live: "a\\"b"'])],
    ["live: with an anchor", note(["live: &x a"])],
    ["live: with a block scalar", note(["live: |", "  a"])],
  ])("%s", (_, text) => {
    expect(written(text, [{ key: "live", value: LIVE }])).toMatchObject({ unsafe: true });
  });

  it("a value that is not plain YAML text (a comment in it, a leading quote or dash, a quote inside its quotes)", () => {
    // props1: text with spaces is plain YAML (`office-hours: Café con Grafana`), written as a line.
    expect(written(note(["date: x"]), [{ key: "url", value: "https://a b" }])).toBe(note(["date: x", "url: https://a b"]));
    expect(written(note(["date: x"]), [{ key: "url", value: "a #b" }])).toMatchObject({ unsafe: true });
    expect(written(note(["date: x"]), [{ key: "url", value: "'a'" }])).toMatchObject({ unsafe: true });
    expect(written(note(["date: x"]), [{ key: "url", value: "- a" }])).toMatchObject({ unsafe: true });
    expect(written(note(["url: 'x'"]), [{ key: "url", value: "https://a/'b" }])).toMatchObject({ unsafe: true });
  });
});

describe("every other byte stays (property)", () => {
  it("for any other properties and comments, adding live: only adds its line", () => {
    const line = fc.stringMatching(/^(#[^\n]*|[a-k][a-z]{0,6}: [^\n]{0,20})$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (props) => {
        const text = note(props);
        const got = written(text, [{ key: "live", value: LIVE }]);
        if (typeof got !== "string") return;
        expect(got.replace(`live: ${LIVE}\n`, "")).toBe(text);
      }),
    );
  });
});

describe("a huge frontmatter line (held: linear)", () => {
  for (const trigger of ["live: ", " #", '"', "live:", "\t"]) {
    it(`“${JSON.stringify(trigger)}” × n`, () => {
      const run = (line: string) => planMarkLines(note([`live: ${line}`, `url: ${line}`]), ["live"], () => null, [{ key: "live", value: LIVE }]);
      expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 20_000, 8)).toBeLessThan(8);
    });
  }
});
