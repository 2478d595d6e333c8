// The note's part of a reschedule: the date and time properties edited as text, open
// items' dates moved by the same number of days, done and cancelled ones kept; refusals
// for what cannot be edited safely. Properties: a reschedule by d then by -d gives the
// note back byte for byte, and no line but the properties and the open dated items changes.
import { readNote } from "../../support/notes";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";
import { addDays } from "../../../src/core/time/calendar-date";
import { realNote } from "../../plugin/harness";

const plan = (text: string, date: string, time = "13:00", nameCarriesDate = false) =>
  planNoteReschedule(text, readNote("Shows/OH 01 - X.md", text), { date, time }, "13:00", nameCarriesDate);

const textOf = (text: string, date: string, time = "13:00", nameCarriesDate = false): string => {
  const result = plan(text, date, time, nameCarriesDate);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

const NOTE = [
  "---",
  "url: https://youtu.be/x",
  "date: 2026-11-27 # moved once already",
  "time: \"13:00\"",
  "tags: [show]",
  "---",
  "Guest:: Ann",
  "## Checklist",
  "- [x] Invite 📅 2026-11-06",
  "- [ ] Thumbnail 📅 2026-11-17",
  "\t- [ ] Nested [due:: 2026-11-19]",
  "- [-] Dropped 📅 2026-11-10",
  "- [ ] No date",
  "> - [ ] In a callout 📅 2026-11-20",
  "```",
  "- [ ] In code 📅 2026-11-01",
  "```",
].join("\n");

describe("planning the note's edit", () => {
  it("moves the date and the open items' dates a week; done, cancelled and code stay", () => {
    const result = plan(NOTE, "2026-12-04");
    expect(result).toMatchObject({ ok: true, shiftDays: 7, moved: 3, changes: ["date 2026-11-27 → 2026-12-04", "3 open items due 7 days later"] });
    expect(textOf(NOTE, "2026-12-04")).toBe(
      NOTE.replace("date: 2026-11-27 #", "date: 2026-12-04 #")
        .replace("Thumbnail 📅 2026-11-17", "Thumbnail 📅 2026-11-24")
        .replace("[due:: 2026-11-19]", "[due:: 2026-11-26]")
        .replace("callout 📅 2026-11-20", "callout 📅 2026-11-27"),
    );
  });

  it("changes a quoted time in place, and a time written in the date value", () => {
    expect(textOf(NOTE, "2026-11-27", "16:30")).toBe(NOTE.replace('time: "13:00"', 'time: "16:30"'));
    const inDate = "---\ndate: '2026-11-27T13:00:00'\n---\n- [ ] A 📅 2026-11-20\n";
    expect(textOf(inDate, "2026-11-28", "09:15")).toBe("---\ndate: '2026-11-28T09:15:00'\n---\n- [ ] A 📅 2026-11-21\n");
  });

  it("adds a time line when the note had the show's usual time and gets another", () => {
    const text = "---\ndate: 2026-11-27\nurl:\n---\n- [ ] A\n";
    expect(textOf(text, "2026-11-27", "17:00")).toBe("---\ndate: 2026-11-27\ntime: 17:00\nurl:\n---\n- [ ] A\n");
  });

  it("fills an empty date, and adds one only when the new name does not carry it", () => {
    expect(textOf("---\ndate:\n---\n- [ ] A\n", "2026-11-27")).toBe("---\ndate: 2026-11-27\n---\n- [ ] A\n");
    expect(textOf("- [ ] A\n", "2026-11-27")).toBe("---\ndate: 2026-11-27\n---\n- [ ] A\n");
    expect(textOf("Guest:: Ann\n- [ ] A\n", "2026-11-27", "13:00", true)).toBe("Guest:: Ann\n- [ ] A\n");
  });

  it("edits the real notes' date lines only: CCG 005's date, and none for Loki's empty date: when its name carries it", () => {
    const ccg = realNote("CCG 005 - 231130 - RepasemosElGStack.md");
    const ccgEpisode = readNote("CCG 005 - 231130 - RepasemosElGStack.md", ccg);
    const moved = planNoteReschedule(ccg, ccgEpisode, { date: "2023-12-07", time: "13:00" }, "13:00", true);
    expect(moved).toMatchObject({ ok: true, shiftDays: 7, moved: 0 });
    expect(moved.ok && moved.text).toBe(ccg.replace("date: 2023-11-30", "date: 2023-12-07"));

    const loki = realNote("2025-03-25-loki-cache.md");
    const lokiEpisode = readNote("2025-03-25-loki-cache.md", loki);
    expect(lokiEpisode.date).toBe("2025-03-25");
    const renamed = planNoteReschedule(loki, lokiEpisode, { date: "2025-04-01", time: "13:00" }, "13:00", true);
    expect(renamed.ok && renamed.text).toBe(loki);
    const kept = planNoteReschedule(loki, lokiEpisode, { date: "2025-04-01", time: "13:00" }, "13:00", false);
    expect(kept.ok && kept.text).toBe(loki.replace("date:\n", "date: 2025-04-01\n"));
  });

  it("keeps CRLF and a byte order mark", () => {
    const text = "\ufeff---\r\ndate: 2026-11-27\r\n---\r\n- [ ] A 📅 2026-11-20\r\n";
    expect(textOf(text, "2026-11-20")).toBe("\ufeff---\r\ndate: 2026-11-20\r\n---\r\n- [ ] A 📅 2026-11-13\r\n");
  });

  it("refuses what it cannot edit safely, saying why", () => {
    expect(plan(NOTE, "2026-11-27")).toEqual({ ok: false, reason: "The episode is already at that date and time." });
    expect(plan("---\ndate: soon\n---\n", "2026-11-27")).toEqual({ ok: false, reason: "The note's date “soon” is not a date like 2024-01-05; correct it, then reschedule." });
    expect(plan("---\ndate: 2026-11-20\ndate: 2026-11-21\n---\n", "2026-11-27")).toEqual({ ok: false, reason: "The note's frontmatter has several date: lines; keep one and try again." });
    expect(plan("---\ndate: 2026-11-20\ntime: noon\n---\n", "2026-11-27", "14:00")).toEqual({ ok: false, reason: "The note's time “noon” is not a time like 13:00; correct it, then reschedule." });
    expect(plan(NOTE, "2026-02-30")).toEqual({ ok: false, reason: "“2026-02-30” is not a date like 2026-11-27." });
    expect(plan(NOTE, "2026-12-04", "25:00")).toEqual({ ok: false, reason: "“25:00” is not a time like 13:00." });
    expect(plan("---\ndate: 9999-12-20\n---\n- [ ] A 📅 9999-12-30\n", "9999-12-27").ok).toBe(false);
  });

  it("moves the real GOH 25 note (no item dates) by its date line only", () => {
    const text = realNote("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
    const moved = textOf(text, "2024-01-12");
    expect(moved).toBe(text.replace("date: 2024-01-05", "date: 2024-01-12"));
  });
});

// Notes made of the parts a reschedule meets: frontmatter in its forms, open, done and
// cancelled items with and without dates, fenced code, callouts, both line endings.
const dateText = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const item = fc.tuple(fc.constantFrom("- [ ] ", "- [x] ", "- [-] ", "\t- [ ] ", "> - [ ] ", "1. [ ] ", "- [/] "), fc.constantFrom("Invite", "Post 😀", "A [link](x)", ""), fc.option(dateText), fc.constantFrom("📅 ", "📅", "📆 ", "[due:: ", "(due:: "));
const line = fc.oneof(
  item.map(([box, text, date, mark]) => `${box}${text}${date === null ? "" : ` ${mark}${date}${mark.endsWith(":: ") ? (mark.startsWith("[") ? "]" : ")") : ""}`}`),
  fc.constantFrom("## Checklist", "Guest:: Ann", "", "```", "Some text 📅 2026-01-01", "- plain item"),
);
const frontmatter = fc.tuple(dateText, fc.constantFrom("plain", "quoted", "comment", "datetime", "none", "time")).map(([date, kind]) => {
  switch (kind) {
    case "plain":
      return [`---`, `date: ${date}`, `url:`, `---`];
    case "quoted":
      return [`---`, `date: "${date}"`, `---`];
    case "comment":
      return [`---`, `date: ${date} # set by hand`, `---`];
    case "datetime":
      return [`---`, `date: ${date}T13:00`, `---`];
    case "time":
      return [`---`, `time: 13:00`, `date: ${date}`, `---`];
    default:
      return [`---`, `date: ${date}`, `---`];
  }
});
const note = fc.tuple(frontmatter, fc.array(line, { maxLength: 25 }), fc.constantFrom("\n", "\r\n"), fc.boolean()).map(([head, body, eol, trailing]) => [...head, ...body].join(eol) + (trailing ? eol : ""));

describe("properties of a reschedule", () => {
  it("by d, then by -d, gives the note back byte for byte", () => {
    fc.assert(
      fc.property(note, fc.integer({ min: -400, max: 400 }).filter((d) => d !== 0), (text, days) => {
        const episode = readNote("Shows/OH 01 - X.md", text);
        const date = episode.date ?? "";
        const there = addDays(date, days);
        fc.pre(there !== null);
        const forth = planNoteReschedule(text, episode, { date: there ?? "", time: "13:00" }, "13:00", false);
        if (!forth.ok) return;
        const moved = readNote("Shows/OH 01 - X.md", forth.text);
        expect(moved.date).toBe(there);
        const back = planNoteReschedule(forth.text, moved, { date, time: "13:00" }, "13:00", false);
        expect(back.ok && back.text).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it("changes no line but the date and time properties and the open items' dates", () => {
    fc.assert(
      fc.property(note, fc.integer({ min: -60, max: 60 }).filter((d) => d !== 0), (text, days) => {
        const episode = readNote("Shows/OH 01 - X.md", text);
        const there = addDays(episode.date ?? "", days);
        fc.pre(there !== null);
        const result = planNoteReschedule(text, episode, { date: there ?? "", time: "13:00" }, "13:00", false);
        if (!result.ok) return;
        const before = text.split(/\r?\n/);
        const after = result.text.split(/\r?\n/);
        expect(after.length).toBe(before.length);
        const open = new Set(episode.tasks.filter((t) => t.state === "open").map((t) => t.line));
        let moved = 0;
        before.forEach((was, n) => {
          const now = after[n];
          if (was === now) return;
          if (/^date:/.test(was)) return;
          // An open item: only its date's ten characters differ, by exactly `days`.
          expect(open.has(n)).toBe(true);
          const at = [...was].findIndex((ch, i) => ch !== [...(now ?? "")][i]);
          const old = /\d{4}-\d{2}-\d{2}/.exec(was.slice(Math.max(0, at - 9)))?.[0] ?? "";
          expect(now).toBe(was.replace(old, addDays(old, days) ?? ""));
          moved++;
        });
        expect(moved).toBe(result.moved);
      }),
      { numRuns: 400 },
    );
  });
});
