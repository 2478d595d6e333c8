// The agenda's figures: 1,000 episodes made by the built-in template (every item dated,
// about 30 open items each), the agenda built from the index, drawn as groups for a
// day, and kept up to date after one note changed (the index reads that note again, the
// agenda re-reads only its items and merges them in); and every episode's status, which
// reads the same deadlines.
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultSettings } from "../../src/core/settings/settings";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { Agenda } from "../../src/core/deadlines/agenda";
import { addDays } from "../../src/core/time/calendar-date";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import { fmt, row, sideBySide } from "./measure";

export function benchAgenda(lines: string[], count = 1000): void {
  const settings = defaultSettings("UTC");
  const show = settings.shows[0];
  if (!show) return;
  const index = new EpisodeIndex(createClassifier(settings));
  const notes: { path: string; text: string }[] = [];
  // Made before the first episode, so no date is moved to its creation day: every item keeps
  // its template offset and the figures stay comparable across stops.
  const created = new Date("2021-12-01T09:00:00Z");
  for (let n = 1; n <= count; n++) {
    // Two episodes a week across ten years, so every group has items.
    const date = addDays("2022-01-07", Math.floor(n / 2) * 7) ?? "2022-01-07";
    const plan = planEpisode({ topic: `Topic ${n}`, guests: [`Guest ${n}`], date, time: "13:00", number: n }, show, null, created);
    const path = `${String(n).padStart(4, "0")} ${plan.path}`;
    notes.push({ path, text: plan.content });
    index.update(path, plan.content, lazyFrontmatter(plan.content));
  }
  const rules = () => ({ deadlines: show.deadlines, schedule: show.schedule });
  const today = () => "2026-11-20";
  const build = () => {
    const agenda = new Agenda(rules);
    agenda.sync(index.all());
    return agenda;
  };
  const live = build();
  const items = live.entries.length;
  let flip = false;
  const target = notes[Math.floor(count / 2)] ?? { path: "", text: "" };
  const oneChanged = () => {
    // A tick elsewhere: the note read again by the index, then the agenda brought in line.
    flip = !flip;
    const text = flip ? target.text.replace("- [ ] ", "- [x] ") : target.text;
    index.update(target.path, text, lazyFrontmatter(text));
    live.sync(index.all());
  };
  // Every episode's status, as the report and the sidebar ask for it: the same items' deadlines.
  const statuses = () => void index.items(today);
  // Two days in turn: each view judges every episode again (a redraw for the same day reuses that).
  // (On an agenda of its own: a view for another day would make the redraw below a new day too.)
  let day = 0;
  const other = build();
  const newDay = () => void other.view(() => (++day % 2 === 0 ? "2026-11-21" : "2026-11-22"));
  const t = sideBySide(15, {
    build: () => void build(),
    newDay,
    view: () => void live.view(today),
    oneChanged,
    statuses,
  });
  lines.push(`Agenda of ${count.toLocaleString("en")} episodes (${items.toLocaleString("en")} open items)`);
  lines.push(row("build from the index (every item's deadline, sorted)", fmt(t.build ?? 0), "goal < 20 ms"));
  lines.push(row("group for a new day (Overdue / Today / This week / Later)", fmt(t.newDay ?? 0)));
  lines.push(row("group again for the same day (a redraw)", fmt(t.view ?? 0)));
  lines.push(row("one changed note: index reads it, agenda updates", fmt(t.oneChanged ?? 0)));
  lines.push(row("full build ÷ one-note update", `${((t.build ?? 0) / (t.oneChanged ?? 1)).toFixed(1)}×`, "incremental"));
  lines.push(row("status of every episode (report and sidebar)", fmt(t.statuses ?? 0)));
}
