// The show chips of the sidebar's mixed list: a short code, and a palette colour that
// belongs to the show whatever other shows come and go.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHIP_COLOURS, chipCode, initials, showChips } from "../../src/core/sidebar/show-chips";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";

const show = (id: string, name: string, code = ""): ShowSettings => ({ ...defaultShow("UTC", name), id, code });

describe("chip codes", () => {
  it.each([
    ["Grafana OTel Community Call", "GOCC"],
    ["Loki Community Calls", "LCC"],
    ["café con grafana", "CCG"],
    ["Office Hours: the return of the show", "OHTR"],
    ["  ", "?"],
  ])("%j without a code is %j", (name, code) => {
    expect(initials(name)).toBe(code);
  });

  it("uses the show's own code when it has one", () => {
    expect(chipCode(show("goh", "Grafana Office Hours", " GOH "))).toBe("GOH");
    expect(chipCode(show("loki", "Loki Community Calls"))).toBe("LCC");
  });
});

describe("chip colours", () => {
  const FIVE = [show("goh", "Grafana Office Hours", "GOH"), show("aa", "Adobo and Avocados", "A&A"), show("ccg", "Cafe con Grafana", "CCG"), show("otel", "Grafana OTel Community Call"), show("loki", "Loki Community Calls")];

  it("gives each show its own colour while there are colours left, never red", () => {
    const chips = showChips(FIVE, ["XYZ"]);
    const colours = [...chips.values()].map((c) => c.colour);
    expect(new Set(colours).size).toBe(6);
    expect(CHIP_COLOURS).not.toContain("red");
    expect(chips.get("show:goh")).toMatchObject({ code: "GOH", label: "Grafana Office Hours" });
    expect(chips.get("series:XYZ")).toMatchObject({ code: "XYZ", label: "XYZ" });
  });

  it("keeps a show's colour when shows are reordered, added or removed, unless two want the same colour", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 8 }), fc.integer(), (ids, seed) => {
        const shows = ids.map((id) => show(id, `Show ${id}`));
        // A show alone gets the colour it prefers.
        const preferred = new Map(shows.map((s) => [s.id, showChips([s], []).get(`show:${s.id}`)?.colour]));
        const shuffled = [...shows].sort((a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7));
        const subset = shuffled.filter((_, i) => i % 2 === 0);
        for (const list of [shows, shuffled, subset]) {
          const chips = showChips(list, []);
          for (const s of list) {
            const wanted = preferred.get(s.id);
            const rivals = list.filter((o) => preferred.get(o.id) === wanted).length;
            if (rivals === 1) expect(chips.get(`show:${s.id}`)?.colour).toBe(wanted);
          }
        }
      }),
    );
  });

  it("for any list of shows, is the same for the same list, and distinct up to the palette's size", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 12 }), (ids) => {
        const shows = ids.map((id) => show(id, `Show ${id}`));
        const a = showChips(shows, []);
        expect(showChips(shows, [])).toEqual(a);
        const colours = [...a.values()].map((c) => c.colour);
        expect(new Set(colours).size).toBe(Math.min(ids.length, CHIP_COLOURS.length));
      }),
    );
  });
});
