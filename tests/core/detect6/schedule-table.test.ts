// A schedule kept as a Markdown table (detect6): Café con Grafana's Calendario.md, and
// tables in other languages. Only what the table says is proposed, marked as read from it.
import { describe, expect, it } from "vitest";
import { byCode, detect, episode, fixtureNotes, vault } from "../detect/fixture-vault";
import { readScheduleTable, tableDate } from "../../../src/core/detect/schedule-table";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { bestGrowth } from "../../support/growth";
import { noteText } from "../../support/notes";

const five = detect(fixtureNotes("five-shows"), { timeZone: "UTC" });
const facts = (text: string) => readNoteFacts("S/Plan.md", text, [], noteText({ path: "S/Plan.md", text }).frontmatter, "UTC");

describe("Calendario.md", () => {
  const ccg = byCode(five, "CCG");

  it("its N/A rows are the breaks, each with the row's note as the reason", () => {
    expect(ccg.show.breaks).toEqual(["2024-02-01 Equipo en Fosdem", "2024-02-15 VKO ocurriendo al mismo tiempo"]);
    expect(ccg.evidence.breaks?.reasons[0]).toContain("Calendario (a schedule table: Fecha = date, Titulo = title, Hosts = hosts, Invitados = guests, Notas = notes)");
  });

  it("its dates agree with the template's Thursday, and that is said", () => {
    expect(ccg.show.schedule.weekday).toBe(4);
    expect(ccg.evidence.weekday?.reasons.join(" ")).toMatch(/so do 13 of 14 dated episode rows of Calendario .* fall on a Thursday/);
  });

  it("the rows dated after the last episode note are said as planned, not written anywhere", () => {
    expect(ccg.warnings.join(" ")).toContain("Calendario lists 4 episodes dated after the last episode note (2024-01-18): 2024-01-22 “11 Conectandose privado” with Leandro Deveikis");
  });

  it("both yearly tables are read as one; the placeholder rows are not", () => {
    const note = fixtureNotes("five-shows").find((n) => n.path.endsWith("Calendario.md"));
    if (!note) throw new Error("fixture missing");
    const table = readScheduleTable(readNoteFacts(note.path, note.text, [], note.frontmatter, "UTC"));
    expect(table?.rows).toHaveLength(16); // 8 dated rows in each year's table
    expect(table?.unread).toBe(3);
  });
});

describe("other tables", () => {
  const show = (plan: string, folder = "Talk") =>
    detect(
      vault({
        [`${folder}/TT 01 - Logs.md`]: episode({ date: "2024-01-05" }),
        [`${folder}/TT 02 - Traces.md`]: episode({ date: "2024-01-12" }),
        "Talk/Plan.md": plan,
      }),
      { timeZone: "UTC" },
    ).shows[0];

  it("German headers: the weekday and the time when the notes say neither", () => {
    const p = show("| Datum | Thema | Gast | Uhrzeit |\n|---|---|---|---|\n| 2024-02-06 | A | Ann | 18:30 |\n| 2024-02-13 | B | Bo | 18:30 |\n| 2024-02-20 | C | Cy | 18:30 |\n| 2024-02-27 | Pause | | |\n");
    // The notes' two Fridays disagree with the table's Tuesdays: the notes' finding is kept, the table's is said.
    expect(p?.warnings.join(" ")).toContain("3 of 3 dated episode rows of Plan");
    expect(p?.show.schedule.time).toBe("18:30");
    expect(p?.evidence.time?.reasons[0]).toContain("Uhrzeit = time");
    expect(p?.show.breaks).toEqual(["2024-02-27"]);
  });

  it("a table without a date column, or with one date, is no schedule", () => {
    expect(show("| Thema | Gast |\n|---|---|\n| A | Ann |\n| B | Bo |\n")?.show.breaks).toEqual([]);
    expect(readScheduleTable(facts("| Date | Topic |\n|---|---|\n| 2024-02-06 | A |\n| TBD | B |\n"))).toBeNull();
  });

  it("a table above two show folders belongs to neither", () => {
    const result = detect(
      vault({
        "Shows/A/AA 01 - X.md": episode({ date: "2024-01-05" }),
        "Shows/A/AA 02 - Y.md": episode({ date: "2024-01-12" }),
        "Shows/B/BB 01 - X.md": episode({ date: "2024-01-05" }),
        "Shows/B/BB 02 - Y.md": episode({ date: "2024-01-12" }),
        "Shows/Plan.md": "| Date | Topic |\n|---|---|\n| 2024-02-06 | N/A |\n| 2024-02-13 | N/A |\n",
      }),
      { timeZone: "UTC" },
    );
    expect(result.shows.map((p) => p.show.breaks)).toEqual([[], []]);
  });

  it("dates: compact, ISO and slashed, valid ones only", () => {
    expect(["20240201", "2024-02-01", "2024/2/1", "**2024-02-01**", "20240230", "20xxxxxx", "YYYYMMDD", "01/02/2024"].map(tableDate)).toEqual([
      "2024-02-01",
      "2024-02-01",
      "2024-02-01",
      "2024-02-01",
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("time grows in proportion (n against 4n)", () => {
  it.each([
    ["table rows", (n: number) => `| Date | Topic |\n|---|---|\n${"| 2024-02-06 | A |\n".repeat(n)}`],
    ["one row of n cells", (n: number) => `| Date | Topic |\n|---|---|\n|${" 2024-02-06 |".repeat(n)}\n`],
    ["a divider of n dashes with no end", (n: number) => `| Date | Topic |\n|${"-".repeat(n)}x\n`],
    ["a divider of n columns", (n: number) => `| Date | Topic |\n${"|---".repeat(n)}x\n`],
  ])("%s", (_name, make) => {
    const run = (text: string) => readScheduleTable(facts(text));
    expect(bestGrowth(run, (n, copies) => make(n * copies), 500, 8)).toBeLessThan(8);
  });
});
