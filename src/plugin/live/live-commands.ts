// The live-show commands. None has a default hotkey; "Log timestamp" is meant to get one
// (Settings → Hotkeys). The time of a log is taken the moment the command runs.
import type { Plugin } from "obsidian";
import type { LiveService } from "./live-service";
import { endShow, goLive } from "./live-actions";
import { askAndShift, logChapter, undoLastLog } from "./chapter-actions";
import { activeEpisode, goLiveTarget, liveTarget } from "./live-targets";

export function registerLiveCommands(plugin: Plugin, service: LiveService, openLiveView: () => Promise<void>): void {
  plugin.addCommand({
    id: "go-live",
    name: "Go live",
    callback: () =>
      void goLiveTarget(service).then((target) => {
        if (target) return goLive(service, target);
      }),
  });
  plugin.addCommand({
    id: "end-show",
    name: "End show",
    callback: () =>
      void liveTarget(service, "which show ends?", (e) => service.stateOf(e).kind === "stale").then((target) => {
        if (target) return endShow(service, target);
      }),
  });
  plugin.addCommand({
    id: "log-timestamp",
    name: "Log timestamp",
    callback: () => {
      const at = service.deps.clock.now().getTime();
      void liveTarget(service, "log the timestamp for which?").then((target) => {
        if (target) return logChapter(service, target, at);
      });
    },
  });
  plugin.addCommand({ id: "undo-last-timestamp", name: "Undo last timestamp", callback: () => void undoLastLog(service) });
  plugin.addCommand({
    id: "shift-show-start",
    name: "Shift show start",
    callback: () =>
      // Also after the show: the ended episode open in the editor.
      void liveTarget(service, "shift which?", (e) => e === activeEpisode(service) && service.stateOf(e).kind === "ended").then((target) => {
        if (target) return askAndShift(service, target);
      }),
  });
  plugin.addCommand({ id: "open-live-view", name: "Open live view", callback: () => void openLiveView() });
}
