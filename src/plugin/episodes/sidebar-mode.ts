// One mode of the Episodes sidebar: a toolbar and a list of its own. Today's only mode is
// "Episodes"; an "Agenda" of every open item or a "Guests" pipeline would each be another
// file implementing this, listed in episodes-view.ts.

export interface SidebarMode {
  readonly id: string;
  readonly label: string;
  /** Build the mode's toolbar and content into `el` (emptied when another mode takes over). */
  open(el: HTMLElement): void;
  /** Bring what is shown up to date; returns the rows built anew (0 when nothing changed). */
  redraw(): number;
  close(): void;
  /** What the saved layout keeps of this mode (filters and the like). */
  getState(): Record<string, unknown>;
  setState(state: Record<string, unknown>): void;
}
