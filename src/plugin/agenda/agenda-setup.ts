// The agenda's wiring: its service (a child of the plugin, so it unloads with it), its
// view, the "Open agenda" command and the status-bar count.
import type { Plugin } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { Clock } from "../clock";
import { AgendaService } from "./agenda-service";
import { AGENDA_VIEW, AgendaView } from "./agenda-view";
import { OverdueStatus } from "./overdue-status";

export interface AgendaHandle {
  /** The settings changed: show, hide or recount the status-bar count. */
  refresh(): void;
}

export function setUpAgenda(plugin: Plugin, indexer: EpisodeIndexer, clock: Clock, settings: () => OfficeHoursSettings): AgendaHandle {
  const service = plugin.addChild(new AgendaService(indexer, clock));
  plugin.registerView(AGENDA_VIEW, (leaf) => new AgendaView(leaf, service));
  const open = async () => {
    const leaf = await plugin.app.workspace.ensureSideLeaf(AGENDA_VIEW, "right", { active: true, reveal: true });
    await plugin.app.workspace.revealLeaf(leaf);
  };
  plugin.addCommand({ id: "open-agenda", name: "Open agenda", callback: () => void open() });
  const status = new OverdueStatus(plugin, service, () => settings().overdueInStatusBar, () => void open());
  plugin.app.workspace.onLayoutReady(() => status.start());
  return { refresh: () => status.refresh() };
}
