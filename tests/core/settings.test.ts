// Settings: fresh defaults, the version-0 migration, and repairs of whatever was stored
// (hand edits, corruption), each with a note; for any JSON the result is valid, and
// migrating it again changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILE_NAME_PATTERN,
  SETTINGS_VERSION,
  defaultSettings,
  defaultShow,
  migrateSettings,
  slug,
  type OfficeHoursSettings,
} from "../../src/core/settings/settings";
import { DEFAULT_PHASE_HEADINGS } from "../../src/core/note/phases";
import { DEFAULT_GUEST_FIELDS } from "../../src/core/note/episode";

function isInt(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === "string" && v !== "" && v === v.trim());
}

/** Every one of `keys` is in `object` (keys of a newer version may be there too). */
function hasKeys(object: object, keys: string): boolean {
  return keys.split(",").every((key) => Object.hasOwn(object, key));
}

/** Everything the rest of the plugin relies on, checked field by field: what is wrong, by name. */
function problems(settings: OfficeHoursSettings): string[] {
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) wrong.push(what);
  };
  check(hasKeys(settings, "autoTickChapters,calendarFolder,shows,snippetsFolder,templateFolders,version,warnDaysBefore"), "keys");
  check(typeof settings.autoTickChapters === "boolean", "autoTickChapters");
  check(Number.isInteger(settings.version) && settings.version >= SETTINGS_VERSION, "version");
  check(isStringList(settings.templateFolders), "templateFolders");
  check(typeof settings.snippetsFolder === "string", "snippetsFolder");
  check(typeof settings.calendarFolder === "string", "calendarFolder");
  check(isInt(settings.warnDaysBefore, 0, 365), "warnDaysBefore");
  check(Array.isArray(settings.shows) && settings.shows.length > 0, "shows");
  check(new Set(settings.shows.map((s) => s.id)).size === settings.shows.length, "unique ids");
  const showKeys = Object.keys(defaultShow()).join();
  settings.shows.forEach((show, i) => {
    const at = (what: string) => `show ${i + 1} ${what}`;
    check(hasKeys(show, showKeys), at("keys"));
    for (const key of ["id", "name", "code", "folder", "template", "indexNote", "fileNamePattern", "hostName"] as const) check(typeof show[key] === "string", at(key));
    check(show.id !== "", at("id empty"));
    check(show.name !== "" && show.name === show.name.trim(), at("name"));
    check(show.fileNamePattern !== "", at("fileNamePattern empty"));
    check(isInt(show.numberPadding, 1, 6), at("numberPadding"));
    check(hasKeys(show.schedule, "durationMinutes,time,timeZone,weekday"), at("schedule keys"));
    check(isInt(show.schedule.weekday, 0, 6), at("weekday"));
    check(/^([01]\d|2[0-3]):[0-5]\d$/.test(show.schedule.time), at("time"));
    check(typeof show.schedule.timeZone === "string" && show.schedule.timeZone !== "", at("timeZone"));
    check(isInt(show.schedule.durationMinutes, 5, 1440), at("durationMinutes"));
    check(isStringList(show.displayTimeZones), at("displayTimeZones"));
    check(isStringList(show.guestFields) && show.guestFields.length > 0, at("guestFields"));
    check(hasKeys(show.phaseHeadings, "after,before,other,prep"), at("phase keys"));
    check([show.phaseHeadings.prep, show.phaseHeadings.before, show.phaseHeadings.after, show.phaseHeadings.other].every(isStringList), at("phaseHeadings"));
    check(isStringList(show.timestampHeadings) && show.timestampHeadings.length > 0, at("timestampHeadings"));
    check(hasKeys(show.links, "channel,meetup,playlist,studio"), at("link keys"));
    check([show.links.channel, show.links.playlist, show.links.meetup, show.links.studio].every((link) => typeof link === "string"), at("links"));
    check(isInt(show.deadlines.prepDaysBefore, 0, 365) && isInt(show.deadlines.afterDaysAfter, 0, 365), at("deadlines"));
    check(isInt(show.inviteMinutesBefore, 0, 240) && isInt(show.inviteMinutesAfter, 0, 240), at("invite minutes"));
  });
  return wrong;
}

function expectValid(settings: OfficeHoursSettings): void {
  expect(problems(settings)).toEqual([]);
}

describe("defaults", () => {
  it("are the documented values", () => {
    const settings = defaultSettings("Europe/Berlin");
    expect(settings).toEqual({
      version: 1,
      shows: [
        {
          id: "office-hours",
          name: "Office Hours",
          code: "OH",
          folder: "Office Hours",
          template: "",
          indexNote: "",
          fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
          numberPadding: 2,
          schedule: { weekday: 5, time: "13:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
          displayTimeZones: [],
          guestFields: ["Guest", "Guests"],
          phaseHeadings: DEFAULT_PHASE_HEADINGS,
          timestampHeadings: ["Timestamps", "Chapters", "Marcas de tiempo", "Capítulos"],
          hostName: "",
          links: { channel: "", playlist: "", meetup: "", studio: "" },
          deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 },
          inviteMinutesBefore: 15,
          inviteMinutesAfter: 15,
          language: "",
          breaks: [],
          about: "",
        },
      ],
      templateFolders: [],
      episodesOnlyInShowFolders: false,
      snippetsFolder: "Office Hours/Snippets",
      calendarFolder: "",
      warnDaysBefore: 3,
      autoTickChapters: false,
      tickDoneAtCreation: true,
      guestsFolder: "Office Hours/Guests",
      guestStatusNames: { suggested: "suggested", contacted: "contacted", confirmed: "confirmed", declined: "declined", appeared: "appeared" },
      overdueInStatusBar: true,
      archiveAfterWeeks: 4,
      defaultView: "attention",
      groupByShow: false,
      inviteSequences: {},
    });
    expectValid(settings);
  });

  it("come back for nothing stored, without a note", () => {
    expect(migrateSettings(null, "Asia/Kolkata")).toEqual({ settings: defaultSettings("Asia/Kolkata"), notes: [] });
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings("UTC"), notes: [] });
  });

  it("are never shared: editing migrated or default settings changes no later defaults", () => {
    const before = JSON.stringify([defaultSettings(), DEFAULT_PHASE_HEADINGS, DEFAULT_GUEST_FIELDS]);
    for (const raw of [null, {}, { shows: [{}] }, { showName: "X" }]) {
      const { settings } = migrateSettings(raw);
      const show = settings.shows[0];
      if (!show) throw new Error("no show");
      show.name = "Changed";
      show.schedule.time = "01:00";
      show.links.channel = "x";
      show.deadlines.prepDaysBefore = 99;
      show.guestFields.push("Invitado");
      show.displayTimeZones.push("Europe/Berlin");
      for (const list of Object.values(show.phaseHeadings)) {
        list.push("changed");
        list.shift();
      }
      settings.templateFolders.push("T");
      settings.shows.push(defaultShow());
    }
    const fresh = defaultSettings();
    fresh.shows[0]?.phaseHeadings.prep.push("changed too");
    fresh.shows[0]?.guestFields.pop();
    defaultShow().phaseHeadings.after.length = 0;
    expect(JSON.stringify([defaultSettings(), DEFAULT_PHASE_HEADINGS, DEFAULT_GUEST_FIELDS])).toBe(before);
  });

  it("never change the stored data they were migrated from", () => {
    const raw = { version: 0, showName: "GOH", guestField: "Gast", shows: undefined, extra: { deep: [1, 2] } };
    const copy = structuredClone(raw);
    const { settings } = migrateSettings(raw);
    settings.shows[0]?.guestFields.push("x");
    expect(raw).toEqual(copy);
  });
});

describe("version 0", () => {
  it("moves the flat keys of the first preview into one show", () => {
    const { settings, notes } = migrateSettings({
      showName: "Grafana Office Hours",
      showCode: "GOH",
      folder: "projects/Grafana Office Hours",
      templatePath: "Templates/GOH checklist (template).md",
      fileNamePattern: "{{code}} {{number}} - {{topic}}",
      guestField: "Gast",
      warnDaysBefore: 5,
    });
    expect(notes).toEqual(["Settings from version 0 were migrated."]);
    expect(settings.warnDaysBefore).toBe(5);
    expect(settings.shows).toHaveLength(1);
    expect(settings.shows[0]).toEqual({
      ...defaultShow(),
      id: "grafana-office-hours",
      name: "Grafana Office Hours",
      code: "GOH",
      folder: "projects/Grafana Office Hours",
      template: "Templates/GOH checklist (template).md",
      fileNamePattern: "{{code}} {{number}} - {{topic}}",
      guestFields: ["Gast"],
    });
  });

  it("keeps a list of guest fields as a list", () => {
    expect(migrateSettings({ showName: "X", guestField: ["Gast", "Gäste"] }).settings.shows[0]?.guestFields).toEqual(["Gast", "Gäste"]);
  });

  it("without show keys gives the default show", () => {
    expect(migrateSettings({ warnDaysBefore: 1 })).toEqual({ settings: { ...defaultSettings(), warnDaysBefore: 1 }, notes: [] });
  });

  it("with a shows list already is read as version 1", () => {
    expect(migrateSettings({ shows: [{ name: "A" }] }).settings.shows.map((s) => s.name)).toEqual(["A"]);
  });
});

describe("repairs", () => {
  it("says when the data is not an object at all", () => {
    for (const raw of [42, "text", true, [1, 2]]) {
      expect(migrateSettings(raw)).toEqual({ settings: defaultSettings(), notes: ["The stored settings were not an object; defaults are used."] });
    }
  });

  it("reads what it knows of a newer version's settings, keeps its version number and the rest, without a note", () => {
    const { settings, notes } = migrateSettings({ version: 7, shows: [{ name: "Later" }], futureKey: { a: 1 } });
    expect(notes).toEqual([]);
    expect(settings.version).toBe(7);
    expect(settings.shows[0]?.name).toBe("Later");
    expect(settings).toHaveProperty("futureKey", { a: 1 });
  });

  it("keeps unknown keys at every level as they were, without a note (a downgrade or a synced device must not lose them)", () => {
    const stored = {
      version: 1,
      shows: [
        {
          name: "A",
          color: "red",
          schedule: { weekday: 1, moon: "full" },
          links: { studio: "https://s.example", backup: "https://b.example" },
          deadlines: { prepDaysBefore: 1, reviewDaysAfter: 3 },
          phaseHeadings: { prep: ["Prep"], editing: ["Edit"] },
        },
      ],
      theme: { dark: true, list: [1, 2] },
    };
    const { settings, notes } = migrateSettings(stored);
    expect(notes).toEqual([]);
    expect(settings.shows[0]?.schedule.weekday).toBe(1);
    expect(settings).toHaveProperty("theme", { dark: true, list: [1, 2] });
    expect(settings.shows[0]).toHaveProperty("color", "red");
    expect(settings.shows[0]?.schedule).toHaveProperty("moon", "full");
    expect(settings.shows[0]?.links).toHaveProperty("backup", "https://b.example");
    expect(settings.shows[0]?.deadlines).toHaveProperty("reviewDaysAfter", 3);
    expect(settings.shows[0]?.phaseHeadings).toHaveProperty("editing", ["Edit"]);
    // Through JSON, as data.json stores them.
    expect(JSON.parse(JSON.stringify(settings))).toMatchObject(stored);
  });

  it("keeps a stored __proto__ key as a plain key, never as a prototype", () => {
    const stored = JSON.parse('{"version": 1, "__proto__": {"polluted": true}, "shows": [{"name": "A", "__proto__": {"id": "x"}}]}') as unknown;
    const { settings } = migrateSettings(stored);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.shows[0])).toBe(Object.prototype);
    expect((settings as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings.shows[0]?.id).toBe("a");
    expect(JSON.stringify(settings)).toContain('"__proto__":{"polluted":true}');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["shows", { shows: "GOH" }, "“shows” was not a list; the default show is used."],
    ["templateFolders", { templateFolders: "Templates" }, "templateFolders was not a list of text; the default is used."],
    ["templateFolders entries", { templateFolders: ["a", 1] }, "templateFolders was not a list of text; the default is used."],
    ["snippetsFolder", { snippetsFolder: 5 }, "snippetsFolder was not text; the default is used."],
    ["calendarFolder", { calendarFolder: null }, "calendarFolder was not text; the default is used."],
    ["warnDaysBefore", { warnDaysBefore: "3" }, "warnDaysBefore must be a whole number from 0 to 365; the default is used."],
    ["warnDaysBefore range", { warnDaysBefore: 366 }, "warnDaysBefore must be a whole number from 0 to 365; the default is used."],
    ["warnDaysBefore fraction", { warnDaysBefore: 1.5 }, "warnDaysBefore must be a whole number from 0 to 365; the default is used."],
    ["autoTickChapters", { autoTickChapters: "yes" }, "autoTickChapters was not true or false; the default is used."],
    ["episodesOnlyInShowFolders", { episodesOnlyInShowFolders: "on" }, "episodesOnlyInShowFolders was not true or false; the default is used."],
  ])("repairs %s with a note", (_what, raw, note) => {
    const { settings, notes } = migrateSettings({ version: 1, ...raw });
    expect(notes).toEqual([note]);
    expectValid(settings);
    const defaults = defaultSettings();
    for (const key of Object.keys(raw)) {
      if (key === "shows") expect(settings.shows).toEqual(defaults.shows);
      else expect(settings[key as keyof OfficeHoursSettings]).toEqual(defaults[key as keyof OfficeHoursSettings]);
    }
  });

  it("drops a show that is not an object, with a note", () => {
    const { settings, notes } = migrateSettings({ version: 1, shows: ["GOH", { name: "A&A" }, null] });
    expect(notes).toEqual(["Show 1 was not an object and was dropped.", "Show 3 was not an object and was dropped."]);
    expect(settings.shows.map((s) => s.name)).toEqual(["A&A"]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["name", { name: 1 }, "show 1 name was not text; the default is used."],
    ["id", { id: ["x"] }, "show 1 id was not text; the default is used."],
    ["code", { code: false }, "show 1 code was not text; the default is used."],
    ["folder", { folder: {} }, "show 1 folder was not text; the default is used."],
    ["template", { template: 0 }, "show 1 template was not text; the default is used."],
    ["indexNote", { indexNote: [] }, "show 1 index note was not text; the default is used."],
    ["fileNamePattern", { fileNamePattern: null }, "show 1 file name pattern was not text; the default is used."],
    ["numberPadding", { numberPadding: 0 }, "show 1 number padding must be a whole number from 1 to 6; the default is used."],
    ["numberPadding", { numberPadding: 7 }, "show 1 number padding must be a whole number from 1 to 6; the default is used."],
    ["weekday", { schedule: { weekday: 7 } }, "show 1 weekday must be a whole number from 0 to 6; the default is used."],
    ["time type", { schedule: { time: 1300 } }, "show 1 time was not text; the default is used."],
    ["time format", { schedule: { time: "1pm" } }, 'show 1 time "1pm" is not HH:mm.'],
    ["time range", { schedule: { time: "24:00" } }, 'show 1 time "24:00" is not HH:mm.'],
    ["time zone", { schedule: { timeZone: 2 } }, "show 1 time zone was not text; the default is used."],
    ["duration", { schedule: { durationMinutes: 4 } }, "show 1 duration must be a whole number from 5 to 1440; the default is used."],
    ["duration", { schedule: { durationMinutes: 1441 } }, "show 1 duration must be a whole number from 5 to 1440; the default is used."],
    ["displayTimeZones", { displayTimeZones: "Europe/Berlin" }, "show 1 display time zones was not a list of text; the default is used."],
    ["guestFields", { guestFields: [1] }, "show 1 guest fields was not a list of text; the default is used."],
    ["phase headings", { phaseHeadings: { prep: "Checklist" } }, "show 1 prep headings was not a list of text; the default is used."],
    ["timestampHeadings", { timestampHeadings: "Timestamps" }, "show 1 timestamp headings was not a list of text; the default is used."],
    ["hostName", { hostName: 3 }, "show 1 host name was not text; the default is used."],
    ["channel", { links: { channel: 1 } }, "show 1 channel link was not text; the default is used."],
    ["playlist", { links: { playlist: 1 } }, "show 1 playlist link was not text; the default is used."],
    ["meetup", { links: { meetup: 1 } }, "show 1 Meetup link was not text; the default is used."],
    ["studio", { links: { studio: 1 } }, "show 1 studio link was not text; the default is used."],
    ["prep deadline", { deadlines: { prepDaysBefore: -1 } }, "show 1 prep deadline must be a whole number from 0 to 365; the default is used."],
    ["after deadline", { deadlines: { afterDaysAfter: "7" } }, "show 1 after-show deadline must be a whole number from 0 to 365; the default is used."],
    ["invite before", { inviteMinutesBefore: 241 }, "show 1 invite minutes before must be a whole number from 0 to 240; the default is used."],
    ["invite after", { inviteMinutesAfter: 2.5 }, "show 1 invite minutes after must be a whole number from 0 to 240; the default is used."],
    // Groups of the wrong type were replaced silently before.
    ["schedule", { schedule: "Fridays" }, "show 1 schedule was not a group of settings; the defaults are used."],
    ["links", { links: ["https://x"] }, "show 1 links was not a group of settings; the defaults are used."],
    ["deadlines", { deadlines: 7 }, "show 1 deadlines was not a group of settings; the defaults are used."],
    ["phaseHeadings", { phaseHeadings: null }, "show 1 phase headings was not a group of settings; the defaults are used."],
  ])("repairs a show's %s with a note", (_what, raw, note) => {
    const { settings, notes } = migrateSettings({ version: 1, shows: [{ name: "GOH", ...raw }] });
    expect(notes).toEqual([note]);
    expectValid(settings);
  });

  it("fills a show's missing and blank values from the defaults, without notes", () => {
    const { settings, notes } = migrateSettings({
      version: 1,
      shows: [{ name: "  Grafana Office Hours ", fileNamePattern: "  ", guestFields: [" ", ""], schedule: { timeZone: " " } }, { name: "" }, {}],
    });
    expect(notes).toEqual([]);
    const [first, second, third] = settings.shows;
    expect([first?.id, first?.name, first?.folder, first?.code, first?.fileNamePattern, first?.guestFields, first?.schedule.timeZone]).toEqual([
      "grafana-office-hours",
      "Grafana Office Hours",
      "Grafana Office Hours",
      "OH",
      DEFAULT_FILE_NAME_PATTERN,
      ["Guest", "Guests"],
      "UTC",
    ]);
    // Only the first show gets the default code; shows without a name get the default one and unique ids.
    expect([second?.id, second?.name, second?.code, third?.id, third?.code]).toEqual(["office-hours", "Office Hours", "", "office-hours-2", ""]);
  });

  it("trims lists and drops their blank entries", () => {
    const { settings } = migrateSettings({ version: 1, templateFolders: [" Templates ", "", "  "], shows: [{ displayTimeZones: [" Europe/Berlin", ""] }] });
    expect(settings.templateFolders).toEqual(["Templates"]);
    expect(settings.shows[0]?.displayTimeZones).toEqual(["Europe/Berlin"]);
  });

  it("makes ids unique", () => {
    const { settings } = migrateSettings({ version: 1, shows: [{ id: "x" }, { id: "x" }, { id: "x-2" }, { id: "x" }] });
    expect(settings.shows.map((s) => s.id)).toEqual(["x", "x-2", "x-2-2", "x-3"]);
  });
});

describe("slug", () => {
  it.each([
    ["Grafana Office Hours", "grafana-office-hours"],
    ["A&A: Ask an Engineer!", "a-a-ask-an-engineer"],
    ["Café Técnico", "cafe-tecnico"],
    ["---", ""],
    ["日本語", "日本語"],
  ])("%j → %j", (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe("any stored data", () => {
  it("is held to a check that does catch broken settings", () => {
    const broken = defaultSettings();
    const show = { ...defaultShow(), numberPadding: 0, schedule: { ...defaultShow().schedule, time: "25:00" }, guestFields: [] };
    broken.shows = [show, { ...show, numberPadding: 2 }];
    broken.warnDaysBefore = -1;
    expect(problems(broken)).toEqual([
      "warnDaysBefore",
      "unique ids",
      "show 1 numberPadding",
      "show 1 time",
      "show 1 guestFields",
      "show 2 time",
      "show 2 guestFields",
    ]);
  });

  // Mostly the right shape with any value in any place, so the repairs are reached.
  const anyValue = fc.jsonValue({ maxDepth: 2 });
  const near = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: anyValue });
  const show = fc.record(
    {
      id: near(fc.constantFrom("goh", "x", "", "goh-2")),
      name: near(fc.constantFrom("Grafana Office Hours", " ", "A&A", "")),
      code: near(fc.constantFrom("GOH", "")),
      folder: near(fc.string({ maxLength: 5 })),
      fileNamePattern: near(fc.constantFrom(DEFAULT_FILE_NAME_PATTERN, "")),
      numberPadding: near(fc.integer({ min: -1, max: 8 })),
      schedule: near(
        fc.record(
          {
            weekday: near(fc.integer({ min: -1, max: 8 })),
            time: near(fc.constantFrom("13:00", "9:00", "23:59", "24:00")),
            timeZone: near(fc.constantFrom("UTC", "Europe/Berlin", "")),
            durationMinutes: near(fc.integer({ min: 0, max: 2000 })),
          },
          { requiredKeys: [] },
        ),
      ),
      displayTimeZones: near(fc.array(fc.constantFrom("Europe/Berlin", " ", ""))),
      guestFields: near(fc.array(fc.constantFrom("Guest", "", "Gast"))),
      phaseHeadings: near(fc.record({ prep: near(fc.array(fc.string({ maxLength: 4 }))), other: anyValue }, { requiredKeys: [] })),
      timestampHeadings: near(fc.array(fc.constantFrom("Timestamps", " ", ""))),
      links: near(fc.record({ channel: near(fc.string({ maxLength: 4 })), studio: anyValue }, { requiredKeys: [] })),
      deadlines: near(fc.record({ prepDaysBefore: near(fc.integer({ min: -5, max: 400 })), afterDaysAfter: anyValue }, { requiredKeys: [] })),
      inviteMinutesBefore: near(fc.integer({ min: -5, max: 300 })),
      inviteMinutesAfter: anyValue,
    },
    { requiredKeys: [] },
  );
  const stored = fc.oneof(
    anyValue,
    fc.record(
      {
        version: near(fc.constantFrom(0, 1, 2)),
        shows: near(fc.array(near(show), { maxLength: 4 })),
        showName: near(fc.constantFrom("GOH", "")),
        guestField: near(fc.constantFrom("Gast", "")),
        templateFolders: near(fc.array(fc.string({ maxLength: 4 }))),
        snippetsFolder: anyValue,
        calendarFolder: near(fc.string({ maxLength: 4 })),
        warnDaysBefore: near(fc.integer({ min: -2, max: 400 })),
        autoTickChapters: near(fc.boolean()),
      },
      { requiredKeys: [] },
    ),
  );

  it("gives valid settings and never throws", () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expectValid(migrateSettings(raw).settings);
      }),
      { numRuns: 500 },
    );
  });

  it("stores -0 as 0, so a second migration gives the same settings", () => {
    const once = migrateSettings({ warnDaysBefore: -0 }).settings;
    expect(Object.is(once.warnDaysBefore, 0)).toBe(true);
    expect(migrateSettings(once)).toEqual({ settings: once, notes: [] });
  });

  it("is idempotent: migrating the result again gives the same settings and no notes", () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const once = migrateSettings(raw).settings;
        // Through JSON, as data.json stores it (where an unknown key's -0 becomes 0).
        const saved = JSON.parse(JSON.stringify(once)) as unknown;
        expect(migrateSettings(saved)).toEqual({ settings: saved, notes: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe("a show id from a name in a script without Latin letters", () => {
  it("keeps its letters, so two such shows are two ids (a synced settings file matches shows by id)", async () => {
    const { slug } = await import("../../src/core/settings/show-naming");
    expect(slug("東京ラジオ")).toBe("東京ラジオ");
    expect(slug("大阪ラジオ")).not.toBe(slug("東京ラジオ"));
    expect(slug("Радио Москва")).toBe("радио-москва");
    // Latin names keep the ids earlier versions gave them.
    expect(slug("Grafana Office Hours")).toBe("grafana-office-hours");
    expect(slug("Søren's Show")).toBe("s-ren-s-show");
    expect(slug("🎙️")).toBe("");
  });
});
