// @vitest-environment happy-dom
// The real GOH template's "Create a new `.md` file…" item is ticked when New episode writes
// the note (new-episode.test.ts checks every byte); with the setting off it stays open and
// nothing is said, and the template note itself is never changed.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { GOH25, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const TEMPLATE_PATH = "Templates/GOH checklist (template).md";
const GOH = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", template: "Templates/GOH checklist (template)" };

async function createLoki(extra: Record<string, unknown>): Promise<{ h: TestHost; text: string }> {
  ({ host } = await start({ data: showData([GOH], extra), files: { [TEMPLATE_PATH]: realNote("GOH checklist (template).md"), [`GOH/${GOH25}`]: realNote(GOH25) } }));
  const h = host;
  await h.runCommand("office-hours:new-episode");
  const input = findSetting(topModal(h).modalEl, "Topic").querySelector("input");
  if (!input) throw new Error("no topic field");
  typeInto(input, "Loki");
  userClick(findButton(topModal(h).modalEl, "Create"));
  await settle(h);
  return { h, text: onDisk(h, "GOH/GOH 26 - Loki.md") };
}

describe("items New episode did", () => {
  it("ticked by default: the create-the-file item only, the Readme item left open, the template untouched", async () => {
    const { h, text } = await createLoki({});
    expect(text).toContain("- [x] Create a new `.md` file and copy this template into it.");
    expect(text).toContain("- [ ] Update [Grafana Office Hours Readme]");
    expect((text.match(/- \[x\]/g) ?? []).length).toBe(1);
    expect(onDisk(h, TEMPLATE_PATH)).toBe(realNote("GOH checklist (template).md"));
    expect(h.noticeMessages()).toHaveLength(1);
  });

  it("with the setting off: left open, and no notice", async () => {
    const { h, text } = await createLoki({ tickDoneAtCreation: false });
    expect(text).toContain("- [ ] Create a new `.md` file and copy this template into it.");
    expect(text).not.toContain("- [x]");
    expect(h.noticeMessages()).toEqual([]);
  });
});
