// The five shows of tests/fixtures/five-shows, set up by hand as their team would type
// them (not by detection: that is tested on its own). Browser-safe (no node:fs), so the
// Chromium page uses the same settings as the Node tests.

/** Monday 15 January 2024, 10:00 UTC: GOH 25 aired ten days ago, A&A 37 and the 2025 calls are ahead. */
export const FIVE_SHOWS_NOW = new Date("2024-01-15T10:00:00Z");
export const FIVE_SHOWS_TODAY = "2024-01-15";

const show = (fields: Record<string, unknown>) => ({
  template: "",
  indexNote: "",
  numberPadding: 2,
  guestFields: ["Guest", "Guests"],
  deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 },
  ...fields,
});

/** data.json for the five shows: the rest is filled in by the settings migration. */
export function fiveShowData(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    shows: [
      show({
        id: "goh",
        name: "Grafana Office Hours",
        code: "GOH",
        folder: "projects/Grafana Office Hours",
        template: "templates/GOH checklist.md",
        indexNote: "projects/Grafana Office Hours/Grafana Office Hours Readme.md",
        fileNamePattern: "{{code}} {{number}} - {{topic}}",
        schedule: { weekday: 5, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
      }),
      show({
        id: "aa",
        name: "Adobo and Avocados",
        code: "A&A",
        folder: "projects/Adobo and Avocados",
        template: "templates/A&A checklist.md",
        indexNote: "projects/Adobo and Avocados/Adobo and Avocados README.md",
        fileNamePattern: "{{code}} {{number}} - {{topic}} with {{guests}}",
        schedule: { weekday: 3, time: "16:00", timeZone: "Europe/Amsterdam", durationMinutes: 60 },
      }),
      show({
        id: "ccg",
        name: "Cafe con Grafana",
        code: "CCG",
        folder: "projects/CafeConGrafana/Episodes",
        template: "projects/CafeConGrafana/Templates/CCG checklist.md",
        indexNote: "projects/CafeConGrafana/README.md",
        fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
        numberPadding: 3,
        guestFields: ["Invitado(s):"],
        language: "es",
        schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
      }),
      show({
        id: "otel",
        name: "Grafana OTel Community Call",
        code: "",
        folder: "projects/Grafana OTel Community Call",
        indexNote: "projects/Grafana OTel Community Call/Grafana OTel Community Call.md",
        fileNamePattern: "{{number}} - {{topic}}",
        schedule: { weekday: 3, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
      }),
      show({
        id: "loki",
        name: "Loki Community Calls",
        code: "",
        folder: "projects/Loki Community Calls",
        indexNote: "projects/Loki Community Calls/Loki Community Calls.md",
        fileNamePattern: "{{date}}-{{topic}}",
        schedule: { weekday: 2, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
      }),
    ],
    ...extra,
  };
}
