// Review finding (src/core/snippets/episode-invite.ts episodeUid, reschedule/invite-identity.ts
// ownInvite): an episode named S02E05 now has a UID counting its season. Its .ics exported
// before this change carries the UID of number 5 alone, so ownInvite no longer knows the
// file as the episode's own: "Create calendar invite" and a reschedule treat it as someone
// else's file and refuse to update the event the guests already have.
import { describe, expect, it } from "vitest";
import { ownInvite } from "../../../src/core/reschedule/invite-identity";
import { episodeInvite, episodeUid } from "../../../src/core/snippets/episode-invite";
import { stableUid } from "../../../src/core/calendar/stable-uid";
import { defaultShow } from "../../../src/core/settings/settings";
import { readNote } from "../../support/notes";

const NOW = new Date("2026-02-01T09:00:00Z");
const show = { ...defaultShow("Europe/Madrid", "Podcast"), id: "pod", code: "" };
const text = "---\ndate: 2026-02-12\n---\nGuest:: Ann\n";

describe("a season episode's invite exported before seasons counted", () => {
  // Defect: ownInvite asks only for the UID with the season in it.
  it("is still the episode's own invite, kept under the UID the guests' calendars have", () => {
    const episode = readNote("Podcast/Season 2/S02E05 - Tempo.md", text);
    expect(episode.season).toBe(2);
    const made = episodeInvite(episode, show, text, [], NOW, "en", {});
    if (!made.ok) throw new Error(made.reason);
    const legacy = stableUid(`${show.id}#5`);
    const old = made.ics.replace(`UID:${episodeUid(episode, show)}`, `UID:${legacy}`);
    expect(old).toContain(`UID:${legacy}`);
    expect(ownInvite(old, episode, show)?.uid).toBe(legacy);
  });

  it("is not taken for another episode's: S01E05's own invite is not S02E05's", () => {
    const s1 = readNote("Podcast/Season 1/S01E05 - Logs.md", text);
    const s2 = readNote("Podcast/Season 2/S02E05 - Tempo.md", text);
    const made = episodeInvite(s1, show, text, [], NOW, "en", {});
    if (!made.ok) throw new Error(made.reason);
    expect(ownInvite(made.ics, s2, show)).toBeNull();
  });
});
