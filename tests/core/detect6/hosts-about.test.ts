// Hosts and what the show covers (detect6): proposed where the description note says them
// plainly, never guessed from names elsewhere.
import { describe, expect, it } from "vitest";
import { byCode, byName, detect, episode, fixtureNotes, vault } from "../detect/fixture-vault";
import { nameList } from "../../../src/core/detect/show-about";
import { correction } from "../../../src/core/detect/configured";
import { defaultShow } from "../../../src/core/settings/settings";

const five = detect(fixtureNotes("five-shows"), { timeZone: "UTC" });

const withReadme = (readme: string) =>
  detect(
    vault({
      "Talk/TT 01 - Logs.md": episode({ date: "2024-01-05" }),
      "Talk/TT 02 - Traces.md": episode({ date: "2024-01-12" }),
      "Talk/README.md": readme,
    }),
    { timeZone: "UTC" },
  ).shows[0];

describe("the five-show vault", () => {
  it("A&A: “hosted by Marie Cruz and Nicole van der Hoeven, where we talk about …” gives both", () => {
    const aa = byCode(five, "A&A");
    expect(aa.show.hostName).toBe("Marie Cruz and Nicole van der Hoeven");
    expect(aa.show.about).toBe("intersectionality in tech, diversity, and how to make tech a welcoming place to everyone");
    expect(aa.evidence.hostName?.confidence).toBe("found");
  });

  it("GOH: “… about all things Grafana Labs and observability.”; no host is named, none is proposed", () => {
    const goh = byCode(five, "GOH");
    expect(goh.show.about).toBe("all things Grafana Labs and observability");
    expect(goh.show.hostName).toBe("");
    expect(goh.evidence.hostName?.confidence).toBe("default");
  });

  it("Café con Grafana: the hosts its Calendario.md names in at least half of the rows; the README's “a temas de …”", () => {
    const ccg = byCode(five, "CCG");
    expect(ccg.show.hostName).toBe("Antonio, Leandro, Nicole");
    expect(ccg.evidence.hostName?.reasons[0]).toContain("Calendario");
    expect(ccg.show.about).toBe("Grafana y sus sub productos como k6, Loki, Mimir, Tempo,etc");
  });

  it("the calls' index notes are lists of episodes: neither hosts nor a description is read from their items", () => {
    for (const name of ["Loki Community Calls", "Grafana OTel Community Call"]) {
      const p = byName(five, name);
      expect([p.show.hostName, p.show.about]).toEqual(["", ""]);
    }
  });
});

describe("what counts as said plainly", () => {
  it("a host: property, a Hosts:: line, “Presentado por …” in Spanish", () => {
    expect(withReadme("---\nhost: Ann Lee\n---\n# Talk\n")?.show.hostName).toBe("Ann Lee");
    expect(withReadme("# Talk\n\nHosts:: Ann Lee, Bo Chen\n")?.show.hostName).toBe("Ann Lee, Bo Chen");
    expect(withReadme("# Charla\n\nUn programa semanal presentado por Ana de la Cruz y Juan Pérez, donde hablamos de datos.\n")?.show.hostName).toBe("Ana de la Cruz y Juan Pérez");
  });

  it("no names, no host: a team, a sentence, a section further down", () => {
    expect(withReadme("# Talk\n\nA weekly show hosted by our amazing DevRel team.\n")?.show.hostName).toBe("");
    expect(withReadme("# Talk\n\nWe talk shop.\n\n## Old\n\nHosted by Ann Lee.\n")?.show.hostName).toBe("");
    expect(withReadme("# Talk\n\n- Hosted by Ann Lee\n")?.show.hostName).toBe("");
  });

  it("nameList takes names only", () => {
    expect(nameList("Marie Cruz and Nicole van der Hoeven, where we talk")).toBe("Marie Cruz and Nicole van der Hoeven");
    expect(nameList("Ann Lee & Bo Chen.")).toBe("Ann Lee & Bo Chen");
    expect(nameList("the team")).toBeNull();
    expect(nameList("Ann Lee and the whole wonderful team of people")).toBeNull();
    expect(nameList("Ann ".repeat(30_000))).toBeNull();
  });

  it("a configured show's host or description typed by hand stays; an empty one is filled", () => {
    const proposal = byCode(five, "A&A");
    const typed = { ...defaultShow("UTC"), folder: proposal.show.folder, hostName: "Marie", about: "" };
    const { show, changes } = correction(typed, proposal);
    expect(show.hostName).toBe("Marie");
    expect(show.about).toBe(proposal.show.about);
    expect(changes).toContain("about");
    expect(changes).not.toContain("hostName");
  });
});
