// DEFECT (core/snippets/catalog.ts, not walk2's): the built-in "Guest outreach invitation"
// snippet says "We do a weekly livestream" for a monthly show. The built-in template now
// says "{{frequency}}" ("weekly", or "monthly" for a show with a week of the month,
// core/new-episode/template/episode-values.ts); the snippet's text should use it too.
import { describe, expect, it } from "vitest";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { defaultShow } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";

describe("a monthly show's snippets", () => {
  it("the outreach message calls a monthly show monthly", () => {
    const show = defaultShow("America/New_York", "NY Monthly");
    show.code = "NM";
    show.schedule = { weekday: 2, time: "19:00", timeZone: "America/New_York", durationMinutes: 60, weekOfMonth: 1 };
    const text = "---\ndate: 2025-06-03\n---\nGuest:: Ann Lee\n## Checklist\n- [ ] Invite\n";
    const episode = readNote("NY Monthly/NM 01 - Pilot.md", text, { guestFields: show.guestFields });
    const outreach = BUILTIN_SNIPPETS.find((s) => s.id === "outreach");
    if (!outreach) throw new Error("no outreach snippet");
    const filled = fillSnippet(outreach.text, snippetValues(episode, show, text));
    expect(filled.text).toContain("We do a monthly livestream called NY Monthly");
  });
});
