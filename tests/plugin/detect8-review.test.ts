// @vitest-environment happy-dom
// The review on the power user's vault (tests/fixtures/walk10-vault): one show, Platform Hour,
// whose summary names the archive as its earlier folder, and the Folder row says why.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "./harness";
import { fakeWeekTimers } from "../walk/walk8-week";
import { install } from "../walk/walk10-steps";

let host: TestHost | undefined;
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

describe("Detect shows' review on a vault with an archive", () => {
  it("offers one show whose summary and Folder row name the archive as its earlier episodes", async () => {
    fakeWeekTimers();
    const { h } = await install();
    host = h;
    expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(h);
    const text = topModal(h).modalEl.textContent ?? "";
    expect(text).toContain("112 episodes in Shows (English), and 40 earlier episodes in Archive");
    expect(text).toContain("Archive holds 40 earlier episodes of this show");
    expect(text).not.toContain("Archive (PH)");
  });
});
