// @vitest-environment happy-dom
// probe7: New episode run twice at once. Promise (README, "The new-episode form"): it
// never overwrites; if the note exists it offers to open it or to use a free name; the
// show folder is created when missing.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { createEpisode } from "../../src/plugin/new-episode/new-episode-flow";
import { OpenModals } from "../../src/plugin/ui/open-modals";
import { defaultShow } from "../../src/core/settings/settings";
import type { EpisodeDraft } from "../../src/core/new-episode/new-episode";
import { finish, onDisk, settle, start, topModal } from "../plugin/harness";
import { findButton, userClick } from "../host/interactions";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const show = { ...defaultShow("UTC", "Office Hours"), folder: "Shows/Office Hours" };
const draft = (topic: string): EpisodeDraft => ({ number: 12, topic, date: "2025-06-06", time: "13:00", guests: ["Ann Lee"] });

describe("two New episode runs at once", () => {
  it("into a show folder that does not exist yet: both notes are made", async () => {
    ({ host } = await start({}));
    const h = host;
    const modals = new OpenModals();
    const clock = { now: () => new Date("2025-06-02T10:00:00Z") };
    const runs = await Promise.allSettled([createEpisode(h.app, show, draft("Alpha"), clock, modals), createEpisode(h.app, show, draft("Beta"), clock, modals)]);
    await settle(h);
    expect(runs.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const made = h.app.vault.getMarkdownFiles().map((f) => f.path).sort();
    expect(made).toEqual(["Shows/Office Hours/OH 12 - Alpha, with Ann Lee.md", "Shows/Office Hours/OH 12 - Beta, with Ann Lee.md"]);
  });

  // The second run's write fails on the note the first has just made: it is asked about
  // like a note that was there before (open it, or a free name), not a bare failure.
  it("of the same note: the second asks, and its free name is made; the first note is left alone", async () => {
    ({ host } = await start({ files: { "Shows/Office Hours/.keep.md": "" } }));
    const h = host;
    const modals = new OpenModals();
    const clock = { now: () => new Date("2025-06-02T10:00:00Z") };
    const first = createEpisode(h.app, show, draft("Alpha"), clock, modals);
    const second = createEpisode(h.app, show, draft("Alpha"), clock, modals);
    await first;
    await settle(h);
    const path = "Shows/Office Hours/OH 12 - Alpha, with Ann Lee.md";
    const written = onDisk(h, path);
    const question = topModal(h);
    expect(question.titleEl.textContent).toBe("This episode note already exists");
    userClick(findButton(question.modalEl, "Create “OH 12 - Alpha, with Ann Lee (2)”"));
    expect((await second)?.path).toBe("Shows/Office Hours/OH 12 - Alpha, with Ann Lee (2).md");
    expect(onDisk(h, path)).toBe(written);
  });
});

