// @vitest-environment happy-dom
// The new-episode form of a show whose language is es splits "Ana López y Bruno Díaz" into
// two guests, as the show's notes (`Invitado(s): Ana López y Bruno Díaz`) are read. It took
// one guest "Ana López y Bruno Díaz" (tests/core/snippets/known-defects.test.ts), so the
// file name and the guests its form offered to create notes for named one person.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const show = (language: string) => ({ id: "ccg", name: "Cafe con Grafana", code: "CCG", folder: "CCG", language, schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 } });

const EARLIER = "CCG/CCG 01 - Alpha, with Someone.md";

async function create(language: string): Promise<string[]> {
  ({ host } = await start({ files: { [EARLIER]: "---\ndate: 2025-05-01\n---\nGuest:: Someone\n\n## Checklist\n\n- [x] Invite\n" }, data: showData([show(language)]) }));
  await host.runCommand("office-hours:new-episode");
  const modal = topModal(host);
  typeInto(findSetting(modal.modalEl, "Topic").querySelector("input") as HTMLInputElement, "Loki");
  typeInto(findSetting(modal.modalEl, "Guests").querySelector("input") as HTMLInputElement, "Ana López y Bruno Díaz");
  userClick(findButton(modal.modalEl, "Create"));
  await settle(host);
  return host.app.vault
    .getMarkdownFiles()
    .map((f) => f.path)
    .filter((p) => p !== EARLIER);
}

describe("the new-episode form of a Spanish show (review2)", () => {
  it("takes “Ana López y Bruno Díaz” as two guests: the note's name and guest field say both", async () => {
    const files = await create("es");
    expect(files).toEqual(["CCG/CCG 02 - Loki, with Ana López and Bruno Díaz.md"]);
    expect(onDisk(host as TestHost, files[0] ?? "")).toMatch(/Ana López.*Bruno Díaz/);
  });

  it("an English show keeps “y” inside a name (Ortega y Gasset's surname)", async () => {
    expect(await create("")).toEqual(["CCG/CCG 02 - Loki, with Ana López y Bruno Díaz.md"]);
  });
});
