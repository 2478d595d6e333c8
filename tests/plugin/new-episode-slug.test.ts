// @vitest-environment happy-dom
// "New episode" for a show whose notes are named with slugs (Loki Community Calls:
// `2025-03-25-loki-cache`), once its pattern says so (`{{date}}-{{topic:slug}}`, what
// Detect shows proposes for it): the new note is named in the team's style, and a topic
// a slug would empty is refused in the form, with nothing created.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, settle, start, topModal } from "./harness";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function slugData(): Record<string, unknown> {
  const data = fiveShowData();
  const shows = data.shows as Record<string, unknown>[];
  data.shows = shows.map((s) => (s.id === "loki" ? { ...s, fileNamePattern: "{{date}}-{{topic:slug}}" } : s));
  return data;
}

async function submit(h: TestHost, topic: string): Promise<HTMLElement> {
  const el = topModal(h).modalEl;
  typeInto(findSetting(el, "Topic").querySelector("input") as HTMLInputElement, topic);
  typeInto(findSetting(el, "Guests").querySelector("input") as HTMLInputElement, "Ann Lee");
  userClick(findButton(el, "Create"));
  await settle(h, 8);
  return el;
}

describe("New episode for a show named with slugs", () => {
  it("names the note 2024-01-16-tracing-with-tempo", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: slugData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    await host.runCommand("office-hours:new-episode-loki");
    await submit(host, "Tracing with Tempo");
    expect(host.app.workspace.getActiveFile()?.path).toBe("projects/Loki Community Calls/2024-01-16-tracing-with-tempo.md");
  });

  it("refuses a topic with no letter or digit, says why, and creates nothing", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: slugData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    const before = host.app.vault.getMarkdownFiles().length;
    await host.runCommand("office-hours:new-episode-loki");
    const el = await submit(host, "🎉 & ?");
    expect(findSetting(el, "Topic").textContent).toContain("give the topic at least one letter or digit");
    expect(host.app.vault.getMarkdownFiles()).toHaveLength(before);
  });
});
