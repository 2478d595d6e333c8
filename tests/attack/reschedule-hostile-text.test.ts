// @vitest-environment happy-dom
// Hostile text in every field the invite is made of (show name, host, guest, topic-free
// title, studio link), carried through an export, a reschedule and its undo: CR/LF that
// would end a line, ; , \ that a reader would split on, lines far past 75 octets full of
// emoji (surrogate pairs, four-byte UTF-8), ZWJ sequences and right-to-left marks. Every
// file written must keep the physical form (CRLF, folds at 75 octets that split no UTF-8
// sequence or surrogate pair) and read back, by ical.js, as exactly the text given.
import { describe, expect, it } from "vitest";
import { onDisk, settle } from "../plugin/harness";
import { checkPhysicalLines, parseIcs, propertyNames, textOf } from "../core/calendar/ics-oracle";
import { ccg, event, ICS_NEW, ICS_OLD, OLD, reschedule, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

const SHOW = "Café; con, Grafana \\ 🎙️👩🏽‍💻 \u202Eevil\u202C " + "🌮".repeat(30);
const HOST = "Mar;iana, \\n not a break\u200F עברית\u200E";
// No ; or , here: the note's Guest:: field splits guests on them (the show name and host carry them instead).
const GUEST = "Zoë 👨‍👩‍👧‍👦 O'Neil \\ أحمد\u200F";
// Not a StreamYard address: the note body's StreamYard link (made from the setting) would be read instead, without its query.
const STUDIO = "https://studio.example/ccg?a=1;b=2,c=ü";

function fields(ics: string): { summary: string | null; description: string | null; location: string | null; names: string[] } {
  checkPhysicalLines(ics);
  const [vevent, ...more] = parseIcs(ics).events;
  if (!vevent || more.length > 0) throw new Error("not one event");
  return { summary: textOf(vevent, "summary"), description: textOf(vevent, "description"), location: textOf(vevent, "location"), names: propertyNames(vevent) };
}

describe("hostile text through export, reschedule and undo", () => {
  it("every invite written keeps its lines and folds, one event of our properties, and reads back as the text given", async () => {
    const show = ccg({ name: SHOW, hostName: HOST });
    show.links.studio = STUDIO;
    const h = await setUp({ show });
    // The guest renamed in the note, and the invite exported again with it.
    const note = h.app.vault.getFileByPath(OLD) ?? fail();
    await h.app.vault.process(note, (d) => d.replace(/Israel Blancas/g, GUEST));
    await settle(h);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h, 8);
    const exported = fields(onDisk(h, ICS_OLD));
    // Long enough to be folded, so the folds were checked.
    expect(onDisk(h, ICS_OLD)).toMatch(/\r\n SUMMARY|\r\n [^\r]/);
    expect(exported.summary).toBe(`${SHOW} #012 with ${GUEST}`);
    expect(exported.location).toBe(STUDIO);
    expect(exported.description).toContain(`Thank you for joining ${SHOW} #012`);
    expect(exported.names.sort()).toEqual(["description", "dtend", "dtstamp", "dtstart", "location", "sequence", "summary", "uid"]);

    await reschedule(h, "2024-02-22", "17:30");
    const moved = fields(onDisk(h, ICS_NEW));
    expect(event(onDisk(h, ICS_NEW)).start).toBe("2024-02-22T16:15:00.000Z");
    expect(moved.summary).toBe(exported.summary);
    expect(moved.location).toBe(STUDIO);
    expect(moved.names.sort()).toEqual(exported.names.sort());
    // The description differs only where it gives the date and time.
    expect(moved.description).toContain(`Thank you for joining ${SHOW} #012`);

    await undo(h);
    const back = fields(onDisk(h, ICS_OLD));
    expect(back.summary).toBe(exported.summary);
    expect(back.description).toBe(exported.description);
    expect(back.location).toBe(STUDIO);
  });
});

function fail(): never {
  throw new Error("missing file");
}
