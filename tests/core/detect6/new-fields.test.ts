// The fields detect6 added to a proposal (host, what the show covers, breaks) are edited,
// shown and declined like the others.
import { describe, expect, it } from "vitest";
import { applyFieldInput, fieldInput } from "../../../src/core/detect/field-input";
import { fieldText } from "../../../src/core/detect/describe";
import { valuesOf } from "../../../src/core/detect/declines";
import { applyCorrection } from "../../../src/core/detect/apply-correction";
import { defaultShow } from "../../../src/core/settings/settings";

describe("host, what the show covers, breaks", () => {
  it("a break line that cannot be read refuses the edit and changes nothing", () => {
    const show = defaultShow("UTC");
    show.breaks = ["2024-02-01 Equipo en Fosdem"];
    expect(applyFieldInput(show, "breaks", "2024-02-01 Equipo en Fosdem\n1 Feb holiday")).toContain("is not a date like 2024-02-01");
    expect(show.breaks).toEqual(["2024-02-01 Equipo en Fosdem"]);
    expect(applyFieldInput(show, "breaks", "2024-02-01 Equipo en Fosdem\n\n20240215 VKO\n")).toBeNull();
    expect(show.breaks).toEqual(["2024-02-01 Equipo en Fosdem", "20240215 VKO"]);
    expect(fieldInput(show, "breaks")).toBe("2024-02-01 Equipo en Fosdem\n20240215 VKO");
    expect(valuesOf(show, "breaks")).toEqual(["2024-02-01 Equipo en Fosdem", "20240215 VKO"]);
  });

  it("the host and the description are typed as they are; empty shows as (none)", () => {
    const show = defaultShow("UTC");
    expect(fieldText(show, "hostName")).toBe("(none)");
    expect(applyFieldInput(show, "hostName", "  Ann Lee ")).toBeNull();
    expect(applyFieldInput(show, "about", "logs")).toBeNull();
    expect([show.hostName, show.about, fieldText(show, "about")]).toEqual(["Ann Lee", "logs", "logs"]);
  });

  it("Add merges the breaks item by item onto the show as it is then", () => {
    const before = defaultShow("UTC");
    const after = { ...structuredClone(before), breaks: ["2024-02-01 Fosdem"] };
    const current = { ...structuredClone(before), breaks: ["2024-12-24 Holidays"] };
    const { show, applied } = applyCorrection(current, before, after);
    expect(show.breaks).toEqual(["2024-12-24 Holidays", "2024-02-01 Fosdem"]);
    expect(applied).toEqual(["breaks"]);
  });
});
