// @vitest-environment happy-dom
// The settings tab's folder, template and index-note fields: pickers over the vault, and
// a path that does not exist is refused next to the field and never saved. Also the
// "Detect shows" button, on both settings APIs.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, findSetting, suggestionTexts, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const TEMPLATE = "templates/GOH checklist.md";

function files(): Record<string, string> {
  return {
    [TEMPLATE]: realNote("GOH checklist (template).md"),
    "projects/Grafana Office Hours/Grafana Office Hours Readme.md": realNote("Grafana Office Hours Readme.md"),
    "projects/Grafana Office Hours/GOH 12 - Govable.md": realNote("GOH 12 - Govable.md"),
    "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md": realNote(
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md",
    ),
  };
}

const DATA = showData([{ id: "goh", name: "GOH", code: "GOH", folder: "projects/Grafana Office Hours", template: TEMPLATE }]);

function stored(h: TestHost): OfficeHoursSettings {
  return JSON.parse(onDisk(h, DATA_PATH)) as OfficeHoursSettings;
}

async function showPage(apiVersion?: string): Promise<HTMLElement> {
  ({ host } = await start({ files: files(), data: DATA, apiVersion }));
  const tab = await host.openSettings("office-hours");
  if (apiVersion === undefined) userClick(findSetting(tab, "GOH"));
  return tab;
}

function field(root: HTMLElement, name: string): { input: HTMLInputElement; error: () => string } {
  const setting = findSetting(root, name);
  const input = setting.querySelector("input");
  if (!input) throw new Error(`No input for ${name}`);
  return { input, error: () => setting.querySelector(".office-hours-field-error")?.textContent ?? "" };
}

describe("folder, template and index-note fields", () => {
  it("refuse a folder that does not exist, with a message, and keep the stored one", async () => {
    const page = await showPage();
    const folder = field(page, "Folder");
    // Loading may already have saved the stored settings completed with defaults.
    const before = onDisk(host as TestHost, DATA_PATH);
    typeInto(folder.input, "projects/Grafana Ofice Hours");
    await settle(host as TestHost);
    expect(folder.error()).toBe("There is no folder “projects/Grafana Ofice Hours” in this vault. Pick one from the list, or create the folder first.");
    expect(folder.input.hasClass("is-invalid")).toBe(true);
    // Nothing was saved: data.json is byte for byte what it was before the typing.
    expect(onDisk(host as TestHost, DATA_PATH)).toBe(before);
    expect(stored(host as TestHost).shows[0]?.folder).toBe("projects/Grafana Office Hours");

    typeInto(folder.input, "templates");
    await settle(host as TestHost);
    expect(folder.error()).toBe("");
    expect(stored(host as TestHost).shows[0]?.folder).toBe("templates");
  });

  it("a misspelled template is refused; one picked from the suggestions is saved", async () => {
    const page = await showPage();
    const template = field(page, "Template");
    typeInto(template.input, "templates/GOH checklst");
    await settle(host as TestHost);
    expect(template.error()).toBe("There is no note “templates/GOH checklst” in this vault. Pick one from the list.");
    expect(stored(host as TestHost).shows[0]?.template).toBe(TEMPLATE);

    typeInto(template.input, "check");
    await settle(host as TestHost);
    expect(suggestionTexts()).toEqual([TEMPLATE]);
    chooseSuggestion(TEMPLATE);
    await settle(host as TestHost);
    expect(template.input.value).toBe(TEMPLATE);
    expect(template.error()).toBe("");
    expect(suggestionTexts()).toEqual([]);
    expect(stored(host as TestHost).shows[0]?.template).toBe(TEMPLATE);
  });

  it("the index note picker lists notes, those starting with what was typed first", async () => {
    const page = await showPage();
    const index = field(page, "Index note");
    typeInto(index.input, "projects/Grafana Office Hours/G");
    await settle(host as TestHost);
    expect(suggestionTexts()).toEqual([
      "projects/Grafana Office Hours/GOH 12 - Govable.md",
      "projects/Grafana Office Hours/Grafana Office Hours Readme.md",
      "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md",
    ]);
    chooseSuggestion("Readme");
    await settle(host as TestHost);
    expect(stored(host as TestHost).shows[0]?.indexNote).toBe("projects/Grafana Office Hours/Grafana Office Hours Readme.md");
  });

  it("empty is allowed: no folder, the built-in template, no index note", async () => {
    const page = await showPage();
    typeInto(field(page, "Template").input, "");
    await settle(host as TestHost);
    expect(field(page, "Template").error()).toBe("");
    expect(stored(host as TestHost).shows[0]?.template).toBe("");
  });
});

describe("the Detect shows button", () => {
  for (const apiVersion of [undefined, "1.12.0"]) {
    it(`opens the review (${apiVersion ?? "1.13"} settings)`, async () => {
      ({ host } = await start({ files: files(), apiVersion }));
      const tab = await host.openSettings("office-hours");
      userClick(findButton(findSetting(tab, "Detect shows"), "Detect shows"));
      await settle(host);
      expect(topModal(host).modalEl.querySelectorAll(".office-hours-detect-show")).toHaveLength(1);
    });
  }
});
