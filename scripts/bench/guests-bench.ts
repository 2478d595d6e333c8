// The guests index: built for 10,000 episodes and 3,000 guests, then one changed episode and
// one changed guest note applied to it (never a rebuild), side by side in one process.
import { GuestDirectory } from "../../src/core/guests/directory";
import { readGuestNote, type GuestNote } from "../../src/core/guests/guest-note";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import { defaultStatusNames } from "../../src/core/guests/statuses";
import type { EpisodeGuests } from "../../src/core/guests/mention";
import type { Guest } from "../../src/core/types";
import { fmt, row, sideBySide } from "./measure";

const FIRST = ["Ann", "Bo", "Cy", "Dee", "Ed", "Fay", "Gus", "Hana", "Ivan", "Jack", "Kim", "Lea", "Mat", "Nikola", "Oda", "Paul", "Quinn", "Raul", "Sara", "Tom", "Uma", "Vic", "Wen", "Xavi", "Yuki", "Zoë"];
const LAST = ["Lee", "Ray", "Welch", "Berg", "Grčevski", "Andrade", "Kovalov", "Taneli", "Rogers", "Bangser", "Müller", "O'Neil", "Núñez", "Tsilias", "Blancas", "Porta", "Ortega", "Marin", "Chen", "Singh", "Kaur", "Smith", "Okafor", "Nakamura", "Silva", "Dubois", "Rossi", "Novak", "Haddad", "Kim", "Lopez", "Ivanova", "Brown", "Garcia", "Moreau", "Costa", "Weber", "Horvat", "Jensen", "Sato", "Patel", "Ali", "Khan", "Cohen", "Fischer", "Bauer", "Wagner", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas"];

/** A seeded generator, so every run measures the same vault. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export function benchGuests(lines: string[]): void {
  const rand = random(42);
  // Every first name with every last name (3,068 pairs), the first 3,000 taken: a random draw
  // of pairs would never finish once few unused pairs remain.
  const people = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`)).slice(0, 3000);
  const statusNames = defaultStatusNames();
  const noteTexts = people.map((name, i) => [
    `Guests/${name}.md`,
    `---\npronouns: they/them\ntimezone: ${i % 3 === 0 ? "Europe/Belgrade" : "America/Chicago"}\ncompany: Company ${i}\nlinks:\n  - https://example.com/${i}\n${i % 5 === 0 ? `aliases: [${name.split(" ")[0] ?? ""} ${i}]\n` : ""}status: ${i % 7 === 0 ? "contacted" : "confirmed"}\n---\nNotes about ${name}.\n`,
  ] as const);
  let notes: GuestNote[] = [];
  const read = sideBySide(5, { read: () => (notes = noteTexts.map(([path, text]) => readGuestNote(path, text, statusNames, lazyFrontmatter(text)))) });
  // Guests written as the real notes write them: plain, lower case, as a link, with "(Company)".
  const written = (name: string, k: number): Guest => {
    const form = k % 4;
    if (form === 0) return { name, target: null, affiliation: null };
    if (form === 1) return { name: name.toLowerCase(), target: null, affiliation: null };
    if (form === 2) return { name, target: name, affiliation: null };
    return { name, target: null, affiliation: "Grafana" };
  };
  const episodes: EpisodeGuests[] = Array.from({ length: 10_000 }, (_, i) => {
    const count = 1 + (i % 3);
    const guests = Array.from({ length: count }, (_, k) => written(people[Math.floor(rand() * people.length)] ?? "Ann Lee", i + k));
    const month = String(1 + (i % 12)).padStart(2, "0");
    return { path: `Shows/S${i % 5}/E ${i}.md`, title: `Episode ${i}`, show: `Show ${i % 5}`, date: `${2020 + (i % 8)}-${month}-10`, guests };
  });
  const today = "2025-06-02";
  const build = () => {
    const directory = new GuestDirectory();
    for (const note of notes) directory.setNote(note.path, note);
    for (const episode of episodes) directory.setEpisode(episode.path, episode);
    directory.people(today);
    return directory;
  };
  const live = build();
  const target = episodes[1234];
  const noteTarget = notes[321];
  if (!target || !noteTarget) throw new Error("bench data");
  let flip = false;
  const changedEpisode: EpisodeGuests = { ...target, guests: [...target.guests, { name: people[7] ?? "Ann Lee", target: null, affiliation: null }] };
  const changedNote: GuestNote = { ...noteTarget, aliases: [...noteTarget.aliases, "Someone Else"], pronunciation: "as it sounds" };
  // Eleven rounds: one build is long enough for a collection or a busy neighbour to land in it.
  const t = sideBySide(11, {
    build: () => void build(),
    episode: () => {
      flip = !flip;
      live.setEpisode(target.path, flip ? changedEpisode : target);
      live.people(today);
    },
    note: () => {
      flip = !flip;
      live.setNote(noteTarget.path, flip ? changedNote : noteTarget);
      live.people(today);
    },
  });
  // How many people one change re-summarises (the rest are the same objects as before).
  const before = live.people(today);
  live.setEpisode(target.path, changedEpisode);
  const after = live.people(today);
  const same = new Set(before);
  const redone = after.filter((p) => !same.has(p)).length;
  live.setEpisode(target.path, target);
  const mentions = episodes.reduce((n, e) => n + e.guests.length, 0);
  lines.push(`Guests index: 10,000 episodes (${mentions.toLocaleString("en")} guest entries), ${people.length.toLocaleString("en")} guest notes, ${after.length.toLocaleString("en")} people`);
  lines.push(row("read 3,000 guest notes (the CLI's yaml parser)", fmt(read.read ?? 0)));
  lines.push(row("build the index and every person's summary", fmt(t.build ?? 0), "goal < 100 ms"));
  lines.push(row("one episode's guests changed (update + summaries)", fmt(t.episode ?? 0), "goal: no rebuild"));
  lines.push(row("one guest note changed, alias added (update + summaries)", fmt(t.note ?? 0)));
  lines.push(row("build ÷ one change", `${((t.build ?? 0) / Math.max(t.episode ?? 0, 1e-6)).toFixed(0)}×`));
  lines.push(row("people re-summarised after one episode changed", `${redone} of ${after.length}`));
}
