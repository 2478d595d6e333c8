// Going live and ending: the start and end instants (and, for an episode of no show, the
// claim of the show chosen) go into the note's frontmatter as
// one-line edits (note-writer.ts writeMarks: nothing else in the note changes, comments in
// the properties included; processFrontMatter only where that cannot be done safely), after checking the note
// still says what it said when the command started. Also the video URL pasted after the
// show. Which episode: see live-targets.ts.
import { Notice, TFile } from "obsidian";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { ENDED_KEY, LIVE_KEY, instantText } from "../../core/live/live-state";
import { formatTimecode } from "../../core/live/timecode";
import type { LiveService } from "./live-service";
import { writeMarks } from "./note-writer";
import { RECHECK, type MarkChange } from "../../core/live/mark-lines";
import { otherDayQuestion } from "../../core/live/go-live-day";
import { todayIn } from "../../core/note/dates";
import { askChoice } from "../ui/choice-modal";
import { isUnclaimed } from "../../core/vault/no-show";
import { MARKER_KEY } from "../../core/vault/classify";
import { chooseForCommand, claimChange, claimState, type ShowChoice } from "../episodes/assign-show";
import type { ShowPickerModal } from "../ui/show-picker";

/** A frontmatter value as the reader keeps it: trimmed text, or null when empty. */
function markOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value instanceof Date) return instantText(value.getTime());
  return JSON.stringify(value);
}

function fileOf(service: LiveService, path: string): TFile | null {
  const file = service.app.vault.getFileByPath(path);
  if (file instanceof TFile) return file;
  new Notice(`The note ${path} no longer exists.`);
  return null;
}

const CHANGED = "The note's live: or ended: value changed since the command started (another device?); nothing was written. Try again.";

export async function goLive(service: LiveService, found: IndexedEpisode): Promise<void> {
  // An episode of no show among several: its clock, zone and chapter headings would be
  // another show's guess, and the host pressed Go live with the guest waiting. Ask which
  // show, then go live as its episode; the claim (as "Assign to show…" writes it) goes in
  // with `live:`, in one write after every question, so a Cancel anywhere changes nothing.
  const settings = service.deps.settings();
  let choice: ShowChoice | null = null;
  if (isUnclaimed(found.show, settings)) {
    const deps = { app: service.app, index: () => service.deps.indexer.index, open: (modal: ShowPickerModal) => service.deps.modals.open(modal) };
    choice = await chooseForCommand(deps, found.episode.path, "Go live");
    if (!choice) return;
  }
  const indexed = choice ? { ...found, show: choice.show } : found;
  const { episode } = indexed;
  const state = service.stateOf(indexed);
  if (state.kind === "live") {
    new Notice(`${episode.basename} is already live (${formatTimecode(state.elapsed)} on air).`);
    await service.deps.openView(episode.path);
    return;
  }
  // Another day's note (next week's, open for preparing it): ask before a second clock of the show starts.
  const otherDay = otherDayQuestion(episode.basename, episode.date, todayIn(service.deps.clock.now(), service.zoneOf(indexed)));
  if (otherDay !== null) {
    const go = await askChoice(service.app, service.deps.modals, "Go live on another day's episode?", otherDay, [
      { label: "Go live now", value: true, cta: true },
      { label: "Cancel", value: false },
    ]);
    if (!go) return;
  }
  if (state.kind !== "off") {
    const why =
      state.kind === "ended"
        ? `The note says this show already went live and ended (${formatTimecode(state.duration)} on air).`
        : state.reason;
    const again = await askChoice(service.app, service.deps.modals, "Go live again?", `${why} Going live now replaces the recorded start${state.kind === "ended" ? " and end" : ""}.`, [
      { label: "Go live now", value: true, cta: true },
      { label: "Cancel", value: false },
    ]);
    if (!again) return;
  }
  const file = fileOf(service, episode.path);
  if (!file) return;
  const start = instantText(service.deps.clock.now().getTime());
  // Read again at the write: another device may have claimed the note meanwhile, and
  // `live:` in this show's zone would then be read in that one's.
  const claim = (marker: unknown) => (choice ? claimState(choice, service.deps.settings().shows, marker) : { write: false, refusal: null });
  const check = (marker: unknown, live: unknown, ended: unknown): string | null => {
    const { refusal } = claim(marker);
    if (refusal !== null) return `${refusal} Check which show it is, then press Go live again.`;
    return markOf(live) !== episode.live.start || markOf(ended) !== episode.live.end ? CHANGED : null;
  };
  const marks: MarkChange[] = [{ key: LIVE_KEY, value: start }, { key: ENDED_KEY, value: null }];
  const result = await writeMarks(
    service.app,
    file,
    [MARKER_KEY, LIVE_KEY, ENDED_KEY],
    // As written: any difference (a marker written meanwhile too) is judged again on the parsed frontmatter.
    (v) => (check(v[MARKER_KEY], v[LIVE_KEY], v[ENDED_KEY]) === null && (!choice || v[MARKER_KEY] === null) ? null : RECHECK),
    choice ? [claimChange(choice), ...marks] : marks,
    (fm) => {
      const refusal = check(fm[MARKER_KEY], fm[LIVE_KEY], fm[ENDED_KEY]);
      if (refusal !== null) return refusal;
      if (choice && claim(fm[MARKER_KEY]).write) fm[MARKER_KEY] = choice.marker;
      fm[LIVE_KEY] = start;
      if (ENDED_KEY in fm) delete fm[ENDED_KEY];
      return null;
    },
  );
  if (!result.ok) {
    new Notice(`Could not go live: ${result.reason}`, choice ? 10000 : undefined);
    return;
  }
  if (choice) new Notice(`${episode.basename} is now an episode of ${choice.show.name} (${MARKER_KEY}: ${choice.marker}).`);
  service.noteChanged(episode.path, null);
  await service.deps.openView(episode.path);
}

export async function endShow(service: LiveService, indexed: IndexedEpisode): Promise<void> {
  const { episode } = indexed;
  const state = service.stateOf(indexed);
  if (state.kind !== "live" && state.kind !== "stale") {
    new Notice(`${episode.basename} is not live, so there is no show to end.`);
    return;
  }
  const file = fileOf(service, episode.path);
  if (!file) return;
  // Never an end before the start: with `live:` ahead of this device's clock (another
  // device went live, within the 5 minutes still read as live) the end is the start itself,
  // a show of 0 s, and the notice names the difference between the clocks.
  const nowMs = service.deps.clock.now().getTime();
  const behind = Math.ceil((state.startMs - nowMs) / 1000);
  const end = instantText(Math.max(nowMs, state.startMs));
  const unchanged = (live: unknown, ended: unknown) => markOf(live) === episode.live.start && markOf(ended) === null;
  const result = await writeMarks(
    service.app,
    file,
    [LIVE_KEY, ENDED_KEY],
    (v) => (unchanged(v[LIVE_KEY], v[ENDED_KEY]) ? null : RECHECK),
    [{ key: ENDED_KEY, value: end, after: LIVE_KEY }],
    (fm) => {
      if (!unchanged(fm[LIVE_KEY], fm[ENDED_KEY])) return CHANGED;
      fm[ENDED_KEY] = end;
      return null;
    },
  );
  if (!result.ok) {
    new Notice(`Could not end the show: ${result.reason}`);
    return;
  }
  if (behind > 0) new Notice(`This device's clock is ${behind} s behind the note's live:, so ended: is the start itself (a show of 0 s). Check the clock, then correct ended: if the show ran longer.`);
  service.noteChanged(episode.path, null);
}

/** A link to the video, as the url property the snippets use. */
export function checkUrl(value: string): string | null {
  return /^https?:\/\/\S+$/i.test(value.trim()) ? null : "Paste the full video link, starting with https://.";
}

export async function setVideoUrl(service: LiveService, path: string, url: string): Promise<boolean> {
  const problem = checkUrl(url);
  if (problem !== null) {
    new Notice(problem);
    return false;
  }
  const file = fileOf(service, path);
  if (!file) return false;
  const result = await writeMarks(service.app, file, [], () => null, [{ key: "url", value: url.trim() }], (fm) => {
    fm.url = url.trim();
    return null;
  });
  if (!result.ok) new Notice(`The video link was not saved: ${result.reason}`);
  else service.noteChanged(path, null);
  return result.ok;
}
