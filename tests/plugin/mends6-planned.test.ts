// @vitest-environment happy-dom
// Numbers the show's index note gives planned episodes (mends6): the GOH README's Upcoming
// list links "GOH 31 - Adaptive Telemetry with Sean Porter" (no note yet); the OTel calls'
// index note links "04 - …" and "05 - …" (notes not in the vault). When the form's number
// is a planned episode's, it says so, with a button that makes the form that episode (its
// topic, guests and name from the link) and one for the next number nothing plans.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "./harness";
import { GOH_README, detectAndAccept, fakeWeekTimers, field, install, openNewEpisode } from "../walk/walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function numberWarning(form: HTMLElement): string {
  return findSetting(form, "Number").querySelector(".office-hours-field-warning")?.textContent ?? "";
}

describe("New episode and the episodes the index note plans", () => {
  it("GOH's next number, 31, is the README's planned episode: said, with its link's episode or 32 one click away; the OTel call's 4 likewise", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const goh = await openNewEpisode(h, "grafana-office-hours");
    expect([field(goh, "Number").value, numberWarning(goh)]).toEqual(["31", "“Grafana Office Hours Readme” already gives number 31 to “GOH 31 - Adaptive Telemetry with Sean Porter” (no note yet).Make this “GOH 31 - Adaptive Telemetry with Sean Porter”Use 32 instead"]);
    userClick(findButton(goh, "Use 32 instead"));
    await settle(h);
    expect([field(goh, "Number").value, numberWarning(goh)]).toEqual(["32", ""]);
    topModal(h).close();
    await settle(h);
    const otel = await openNewEpisode(h, "grafana-otel-community-call");
    // 04 and 05 are planned: the number no one plans is 6.
    expect([field(otel, "Number").value, numberWarning(otel)]).toEqual(["4", "“Grafana OTel Community Call” already gives number 4 to “04 - Observability for GenAI Apps” (no note yet).Make this “04 - Observability for GenAI Apps”Use 6 instead"]);
  });

  it("typing the planned number names the episode; its button fills the topic and guests from the link", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    typeInto(field(form, "Number"), "31");
    await settle(h);
    expect(numberWarning(form)).toContain("“Grafana Office Hours Readme” already gives number 31 to “GOH 31 - Adaptive Telemetry with Sean Porter” (no note yet).");
    userClick(findButton(form, "Make this “GOH 31 - Adaptive Telemetry with Sean Porter”"));
    await settle(h);
    expect([field(form, "Topic").value, field(form, "Guests").value]).toEqual(["Adaptive Telemetry", "Sean Porter"]);
    expect(numberWarning(form)).toContain("This is “GOH 31 - Adaptive Telemetry with Sean Porter”, planned in “Grafana Office Hours Readme”.");
    // A number nobody plans says nothing.
    typeInto(field(form, "Number"), "33");
    await settle(h);
    expect(numberWarning(form)).toBe("");
  });

  it("the planned episode made from the form takes the name its link gives: one GOH 31 in the list, the link now finds the note", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    typeInto(field(form, "Number"), "31");
    await settle(h);
    userClick(findButton(form, "Make this “GOH 31 - Adaptive Telemetry with Sean Porter”"));
    await settle(h);
    expect(form.querySelector(".office-hours-file-preview")?.textContent).toBe("File: projects/Grafana Office Hours/GOH 31 - Adaptive Telemetry with Sean Porter.md");
    userClick(findButton(form, "Create"));
    await settle(h, 8);
    expect(h.app.workspace.getActiveFile()?.path).toBe("projects/Grafana Office Hours/GOH 31 - Adaptive Telemetry with Sean Porter.md");
    await h.openFile(GOH_README);
    await h.runCommand("office-hours:update-index-note");
    await settle(h);
    userClick(findButton(topModal(h).modalEl, "Take over the lists"));
    await settle(h, 8);
    const readme = await h.app.vault.adapter.read(GOH_README);
    expect(readme.split("\n").filter((l) => l.includes("GOH 31"))).toHaveLength(1);
  });

  it("typing another topic after the button goes back to the show's naming", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    const form = await openNewEpisode(h, "grafana-office-hours");
    typeInto(field(form, "Number"), "31");
    await settle(h);
    userClick(findButton(form, "Make this “GOH 31 - Adaptive Telemetry with Sean Porter”"));
    await settle(h);
    typeInto(field(form, "Topic"), "Something else");
    await settle(h);
    expect(form.querySelector(".office-hours-file-preview")?.textContent).toBe("File: projects/Grafana Office Hours/GOH 31 - Something else, with Sean Porter.md");
  });
});
