// "Reschedule episode" and "Undo last reschedule". The episode is the active note when it
// is one, else the host picks it. The last reschedule is remembered (for this session)
// so one command takes it back.
import { Notice, type Plugin, type TFile } from "obsidian";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import type { SnippetContext } from "../snippets/snippet-commands";
import { EpisodePickerModal } from "../ui/episode-picker";
import { prepare, type NotPrepared, type Prepared } from "./prepare";
import { chooseForCommand, writeClaim, type ShowChoice } from "../episodes/assign-show";
import { MARKER_KEY } from "../../core/vault/classify";
import type { ShowPickerModal } from "../ui/show-picker";
import { preview } from "./preview";
import { applyReschedule, type RescheduleRecord } from "./apply";
import { undoReschedule } from "./undo";
import { RescheduleModal } from "./reschedule-modal";
import { noEpisodesNotice } from "../commands";

const list = (items: readonly string[]) => items.join("; ");

export class RescheduleService {
  /** The last reschedule, until it is undone (read by tests). */
  last: RescheduleRecord | null = null;
  private busy = false;

  constructor(private readonly ctx: SnippetContext) {}

  /** The form for the active episode, or for one picked. */
  async start(): Promise<void> {
    const file = await this.target();
    if (!file) return;
    const claiming = await this.prepareClaiming(file);
    if (!claiming) return;
    const { prepared, choice } = claiming;
    if ("reason" in prepared) {
      new Notice(prepared.reason);
      return;
    }
    const { show, episode } = prepared;
    // The name before the reschedule: the TFile follows a rename.
    const name = file.basename;
    const initial = { date: episode.date ?? "", time: episode.time ?? show.schedule.time };
    this.ctx.modals.open(
      new RescheduleModal(this.ctx.app, file.basename, show.schedule.timeZone, initial, (target) => preview(this.ctx.app, prepared, target), (target) => {
        void this.run(async () => {
          // The claim goes in now the form is submitted (Cancel left the note as it was),
          // checked on the note as it reads at this moment.
          const claimed = choice ? await writeClaim(this.claimDeps(), choice) : null;
          if (choice && !claimed) return;
          if (claimed) new Notice(`${name} is now an episode of ${claimed.show.name} (${MARKER_KEY}: ${claimed.marker}).`);
          const outcome = await applyReschedule(this.ctx, prepared, target);
          if (!outcome.ok) {
            const kept = claimed ? ` It stays an episode of ${claimed.show.name} (${MARKER_KEY}: ${claimed.marker}).` : "";
            new Notice(`Office Hours did not reschedule ${name}: ${outcome.reason}${kept}`, 10000);
            return;
          }
          this.last = outcome.record;
          new Notice([`Rescheduled ${name}: ${list(outcome.done)}.`, ...outcome.notes, "“Undo last reschedule” takes it all back."].join(" "), 10000);
        });
      }),
    );
  }

  async undo(): Promise<void> {
    const record = this.last;
    if (!record) {
      new Notice("There is no reschedule to undo.");
      return;
    }
    await this.run(async () => {
      const outcome = await undoReschedule(this.ctx, record);
      if (!outcome.ok) {
        new Notice(outcome.reason, 10000);
        return;
      }
      // The note is back either way, so this reschedule cannot be undone again.
      this.last = null;
      if (outcome.left.length === 0) new Notice(`Reschedule undone: ${list(outcome.done)}.`, 10000);
      else new Notice(`Reschedule partly undone: ${list(outcome.done)}. Not undone: ${list(outcome.left)}.`, 15000);
    });
  }

  /** One reschedule or undo at a time: a second would plan on texts the first is changing. */
  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) {
      new Notice("A reschedule is still being written; try again in a moment.");
      return;
    }
    this.busy = true;
    try {
      await work();
    } catch (error) {
      new Notice(`Office Hours could not finish the reschedule: ${error instanceof Error ? error.message : String(error)}`, 10000);
    } finally {
      this.busy = false;
    }
  }

  /**
   * The form's inputs. For an episode of no show among several the host picks its show
   * first (as "Assign to show…"), and the form opens with that show's zone and slot; the
   * claim is written only when the form is submitted. Null when that was dismissed or
   * refused (its notice said why).
   */
  private async prepareClaiming(file: TFile): Promise<{ prepared: Prepared | NotPrepared; choice: ShowChoice | null } | null> {
    const first = await prepare(this.ctx, file);
    if (!("reason" in first) || !first.unclaimed) return { prepared: first, choice: null };
    const choice = await chooseForCommand(this.claimDeps(), file.path, "Reschedule episode");
    if (!choice) return null;
    return { prepared: await prepare(this.ctx, file, choice.marker), choice };
  }

  private claimDeps() {
    return { app: this.ctx.app, index: () => this.ctx.index(), open: (modal: ShowPickerModal) => this.ctx.modals.open(modal) };
  }

  private async target(): Promise<TFile | null> {
    const app = this.ctx.app;
    const active = app.workspace.getActiveFile();
    if (active && this.ctx.index().has(active.path)) return active;
    const episodes = this.ctx.index().all();
    if (episodes.length === 0) {
      new Notice(noEpisodesNotice(this.ctx.settings().shows));
      return null;
    }
    const picked = await new Promise<IndexedEpisode | null>((resolve) => {
      if (!this.ctx.modals.open(new EpisodePickerModal(app, episodes, resolve, "Which episode moves?"))) resolve(null);
    });
    return picked ? app.vault.getFileByPath(picked.episode.path) : null;
  }
}

export function registerRescheduleCommands(plugin: Plugin, service: RescheduleService): void {
  plugin.addCommand({ id: "reschedule-episode", name: "Reschedule episode", callback: () => void service.start() });
  plugin.addCommand({ id: "undo-reschedule", name: "Undo last reschedule", callback: () => void service.undo() });
}
