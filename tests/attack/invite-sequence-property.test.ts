// @vitest-environment happy-dom
// Calendar apps drop an update whose SEQUENCE is not above the one they saw. So every write
// of the episode's .ics (create, overwrite by "Create calendar invite", reschedule, undo)
// must leave a SEQUENCE strictly above the file it replaces, whatever happened to that file
// in between: a revision synced from another device (any SEQUENCE, in any case), an edit
// of its text, its deletion, the clock moving on. Checked on every write the plugin makes,
// read back with ical.js, over random runs of those operations. And every write, a new
// file made after a deletion included, is above every SEQUENCE written before for the event.
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { TFile } from "obsidian";
import type { TestHost } from "../host/test-host";
import { onDisk, settle } from "../plugin/harness";
import { parseIcs } from "../core/calendar/ics-oracle";
import { findButton, userClick } from "../host/interactions";
import { ccg, reschedule, scene, undo, sceneHosts } from "./reschedule-setup";

const { keep } = sceneHosts();

type Op =
  | { kind: "export" }
  | { kind: "reschedule"; date: string; time: string }
  | { kind: "undo" }
  | { kind: "synced"; sequence: number; lowerCase: boolean }
  | { kind: "retitled" }
  | { kind: "deleted" }
  | { kind: "later"; minutes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: "export" as const }),
  fc.record({ kind: fc.constant("reschedule" as const), date: fc.constantFrom("2024-02-15", "2024-02-22", "2024-02-29"), time: fc.constantFrom("16:00", "17:30") }),
  fc.constant({ kind: "undo" as const }),
  fc.record({ kind: fc.constant("synced" as const), sequence: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 ** 31 - 2 })), lowerCase: fc.boolean() }),
  fc.constant({ kind: "retitled" as const }),
  fc.constant({ kind: "deleted" as const }),
  fc.record({ kind: fc.constant("later" as const), minutes: fc.integer({ min: 0, max: 60 * 24 * 400 }) }),
);

/** The SEQUENCE of the one event, as ical.js reads it (0 when absent). */
function sequenceOf(ics: string): number {
  const [event] = parseIcs(ics).events;
  if (!event) throw new Error("no event");
  const value: unknown = event.getFirstPropertyValue("sequence");
  return typeof value === "number" ? value : 0;
}

interface Write {
  path: string;
  replaced: string | null;
  written: string;
}

/** Every write of an .ics file through the vault, with the text it replaced (null: a new file). */
function recordWrites(h: TestHost): Write[] {
  const writes: Write[] = [];
  const vault = h.app.vault;
  const process = vault.process.bind(vault);
  vi.spyOn(vault, "process").mockImplementation((file: TFile, fn: (data: string) => string, options) =>
    process(file, (data) => {
      const written = fn(data);
      if (file.extension === "ics") writes.push({ path: file.path, replaced: data, written });
      return written;
    }, options),
  );
  const modify = vault.modify.bind(vault);
  vi.spyOn(vault, "modify").mockImplementation(async (file: TFile, data: string, options) => {
    if (file.extension === "ics") writes.push({ path: file.path, replaced: await vault.read(file), written: data });
    return modify(file, data, options);
  });
  const create = vault.create.bind(vault);
  vi.spyOn(vault, "create").mockImplementation(async (path: string, data: string, options) => {
    if (path.endsWith(".ics")) writes.push({ path, replaced: null, written: data });
    return create(path, data, options);
  });
  return writes;
}

/** The episode's invite files (the scene has no other .ics). */
function invites(h: TestHost): string[] {
  return h.app.vault
    .getFiles()
    .filter((f) => f.extension === "ics")
    .map((f) => f.path)
    .sort();
}

async function closeModals(h: TestHost): Promise<void> {
  for (let modal = h.activeModal(); modal; modal = h.activeModal()) {
    modal.close();
    await settle(h);
  }
}

/** A numbered episode (UID from its number), and a numberless one named by date (UID from its first path, found again by its start after a rename). */
const EPISODES = [
  { what: "a numbered episode", options: {} },
  { what: "a numberless episode named by its date", options: { show: ccg({ fileNamePattern: "{{date}}-{{topic}}" }), episode: { topic: "loki-cache", number: null, date: "2024-02-15" } } },
];

describe.each(EPISODES)("the SEQUENCE of every write of the invite of $what", ({ options }) => {
  it("is strictly above the file it replaces, through exports, reschedules, undos and outside edits in any order", { timeout: 240_000 }, async () => {
    let replacements = 0;
    let fresh = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const s = await scene(options);
        const h = keep(s.host);
        const writes = recordWrites(h);
        try {
          for (const step of ops) {
            const [path] = invites(h);
            if (step.kind === "export") {
              await h.runCommand("office-hours:create-calendar-invite");
              await settle(h);
              // A numberless episode's invite asks for the number: left out, as a user would.
              const asked = h.activeModal();
              if (asked) userClick(findButton(asked.modalEl, "Leave them out"));
              await settle(h, 8);
            } else if (step.kind === "reschedule") await reschedule(h, step.date, step.time);
            else if (step.kind === "undo") await undo(h);
            else if (step.kind === "later") s.clock.current = new Date(s.clock.current.getTime() + step.minutes * 60_000);
            else if (path !== undefined && step.kind === "deleted") await h.externalDelete(path);
            else if (path !== undefined && step.kind === "retitled") await h.externalWrite(path, onDisk(h, path).replace(/^SUMMARY:/m, "SUMMARY:(moved) "));
            else if (path !== undefined && step.kind === "synced") {
              const line = `${step.lowerCase ? "sequence" : "SEQUENCE"}:${step.sequence}`;
              await h.externalWrite(path, onDisk(h, path).replace(/^SEQUENCE:\d+$/im, line));
            }
            await settle(h);
            await closeModals(h);
          }
        } finally {
          vi.restoreAllMocks();
        }
        // Every write, a new file included (its old one deleted), is above every SEQUENCE the
        // plugin wrote before for the same event: the ledger in its data remembers them.
        const highest = new Map<unknown, number>();
        for (const write of writes) {
          const uid: unknown = parseIcs(write.written).events[0]?.getFirstPropertyValue("uid");
          const before = highest.get(uid);
          if (before !== undefined) {
            expect(sequenceOf(write.written), `${write.path} after SEQUENCE ${before} was written`).toBeGreaterThan(before);
            if (write.replaced === null) fresh += 1;
          }
          highest.set(uid, Math.max(before ?? 0, sequenceOf(write.written)));
        }
        for (const write of writes) {
          if (write.replaced === null) continue;
          replacements += 1;
          expect(sequenceOf(write.written), `${write.path} over SEQUENCE ${sequenceOf(write.replaced)}`).toBeGreaterThan(sequenceOf(write.replaced));
          // The same event: a write over the invite never changes its UID.
          expect(parseIcs(write.written).events[0]?.getFirstPropertyValue("uid")).toBe(parseIcs(write.replaced).events[0]?.getFirstPropertyValue("uid"));
        }
      }),
      { numRuns: 40 },
    );
    // Not vacuous: the runs did replace invites, and made new ones after a deletion.
    expect(replacements).toBeGreaterThan(10);
    expect(fresh).toBeGreaterThan(0);
  });
});
