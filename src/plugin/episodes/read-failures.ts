// The sidebar's quiet line about notes that could not be read: "1 note could not be
// read", which unfolds into the notes, each with the reason, a click opening it. One
// note that fails never hides the others; this says which one failed and why.
import { Keymap, type PaneType } from "obsidian";
import type { ReadFailure } from "../../core/vault/episode-index";

export class ReadFailures {
  private drawn = "";

  constructor(
    private readonly el: HTMLElement,
    private readonly open: (path: string, pane: PaneType | boolean) => void,
  ) {}

  /** Draw `failures`, rebuilding only when they changed (an open list stays open). */
  render(failures: readonly ReadFailure[]): void {
    const signature = JSON.stringify(failures);
    if (signature === this.drawn) return;
    this.drawn = signature;
    this.el.empty();
    if (failures.length === 0) return;
    const details = this.el.createEl("details");
    const count = failures.length;
    details.createEl("summary", { text: `${count} note${count === 1 ? "" : "s"} could not be read` });
    const list = details.createEl("ul");
    for (const failure of failures) {
      const item = list.createEl("li");
      const link = item.createEl("a", {
        cls: "office-hours-failure-path",
        text: failure.path,
        attr: { tabindex: "0", role: "link", "aria-label": `Open ${failure.path}` },
      });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.open(failure.path, Keymap.isModEvent(event));
      });
      link.addEventListener("keydown", (event) => {
        if (event.key !== "Enter") return;
        event.preventDefault();
        this.open(failure.path, Keymap.isModEvent(event));
      });
      item.createDiv({ cls: "office-hours-failure-reason", text: failure.message });
    }
  }
}
