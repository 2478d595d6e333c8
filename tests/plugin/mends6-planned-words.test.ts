// @vitest-environment happy-dom
// A call planned in words gets its link in place (mends6, planned-words.ts): the Loki
// README's "- December: Adaptive Logs finally, with Travis?" becomes that call's line.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "./harness";
import { detectAndAccept, fakeWeekTimers, install, newEpisode, read } from "../walk/walk8-week";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const LOKI = "projects/Loki Community Calls/Loki Community Calls.md";

describe("a call planned in words", () => {
  it("keeps its date and the words the team wrote, its topic now the link text; a second run changes nothing", async () => {
    const { h } = await install();
    host = h;
    await detectAndAccept(h);
    await newEpisode(h, "loki-community-calls", "Adaptive Logs finally", "Travis");
    await h.openFile(LOKI);
    await h.runCommand("office-hours:update-index-note");
    await settle(h);
    userClick(findButton(topModal(h).modalEl, "Take over the lists"));
    await settle(h, 8);
    const text = await read(h, LOKI);
    const lines = text.split("\n").filter((l) => /adaptive/i.test(l));
    // In the vault's link style (wiki links here), the topic as the link's text.
    expect(lines).toEqual(["- December: [[2025-12-30-adaptive-logs-finally|Adaptive Logs finally]], with Travis?"]);
    // The other planned lines, whose first words are no topic, stay as written.
    expect(text).toContain("\n- ?: Tom Donohue - best practices of ingest, war stories with customers?\n");
    await h.runCommand("office-hours:update-index-note");
    await settle(h, 8);
    expect(await read(h, LOKI)).toBe(text);
  });
});
