// @vitest-environment happy-dom
// The five-show team's live show on a Café con Grafana note, which has no "Marcas de
// tiempo" section: its title is followed by the video and the `Invitado(s):` line, then
// "## Checklist". The first "Log timestamp" created the section right under the title,
// so the video and the guest line fell inside it: the live view then listed them as two
// chapter lines with no time, all show long. The section now goes after the lines that
// belong to the title, before the note's first section.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, start } from "./harness";
import { fakeLiveTimers, liveView, pass, shownChapters, shownProblems } from "./live-dom";
import { fiveShowData } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
beforeEach(() => fakeLiveTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const CCG005 = "projects/CafeConGrafana/Episodes/CCG 005 - 231130 - RepasemosElGStack.md";

describe("a live Café con Grafana show logs its chapters in a section of their own", () => {
  it("the video and the guest line stay with the title; the new section holds only the chapters", async () => {
    const clock = new TestClock(new Date("2023-11-30T13:00:00Z"));
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock }));
    const h = host;
    const original = onDisk(h, CCG005);
    await h.openFile(CCG005);
    expect(await h.runCommand("office-hours:go-live")).toBe(true);
    await settle(h);
    await pass(h, clock, 4000);
    expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
    await settle(h);
    await pass(h, clock, 95_000);
    expect(await h.runCommand("office-hours:log-timestamp")).toBe(true);
    await settle(h);
    await pass(h, clock, 1000);

    const view = liveView(h);
    expect(shownChapters(view)).toEqual(["00:00:00Intro", "00:01:39Anuncios"]);
    // Only YouTube's own rule is left to meet (three chapters), no line of the note's head.
    expect(shownProblems(view).filter((p) => /Invitado|iframe/.test(p))).toEqual([]);
    const text = onDisk(h, CCG005);
    // Besides `live:`, the note gained the section, just above "## Checklist", and nothing else.
    const withoutLive = text.replace(/^live: .*\n/m, "");
    expect(withoutLive).toBe(original.replace("\n## Checklist\n", "\n## Marcas de tiempo\n\n00:00:00 Intro\n00:01:39 Anuncios\n\n## Checklist\n"));
    // The guest is still the episode's, read where the team wrote it, above the section.
    expect(text.indexOf("Invitado(s): [Raul Marin]")).toBeLessThan(text.indexOf("## Marcas de tiempo"));
  });
});
