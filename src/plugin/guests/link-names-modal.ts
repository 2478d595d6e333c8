// The one confirmation of "Link guest names in this episode", shown when a name has no
// guest note: every name with what will happen to it. For each name without a note the
// user picks "create the note and link" or "leave plain"; names that link to a note, or
// cannot be linked, are listed so the user sees the whole change before it is made.
import { Modal, Setting, type App } from "obsidian";

export type LinkRow =
  | { name: string; kind: "link"; note: string }
  | { name: string; kind: "new"; note: string }
  | { name: string; kind: "plain"; reason: string };

export class LinkNamesModal extends Modal {
  private readonly create = new Map<string, boolean>();

  constructor(
    app: App,
    private readonly episode: string,
    private readonly rows: readonly LinkRow[],
    /** The names to create notes for, when the user confirms. */
    private readonly onConfirm: (create: string[]) => void,
  ) {
    super(app);
    for (const row of rows) if (row.kind === "new") this.create.set(row.name, true);
  }

  override onOpen(): void {
    this.setTitle(`Link guest names in ${this.episode}`);
    this.modalEl.addClass("office-hours-link-names");
    const { contentEl } = this;
    contentEl.createEl("p", { text: "Each plain name in the episode's guest fields, and what will happen to it. Nothing else in the note changes." });
    for (const row of this.rows) {
      const setting = new Setting(contentEl).setName(row.name);
      if (row.kind === "link") setting.setDesc(`Link to ${row.note}`);
      else if (row.kind === "plain") setting.setDesc(`Stays plain: ${row.reason}`);
      else {
        setting.setDesc(`No guest note yet (${row.note})`);
        setting.addDropdown((dropdown) => {
          dropdown.addOption("create", "Create the note and link").addOption("plain", "Leave plain").setValue("create");
          dropdown.selectEl.setAttr("aria-label", `What to do with ${row.name}`);
          dropdown.onChange((value) => this.create.set(row.name, value === "create"));
        });
      }
    }
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Link names")
          .setCta()
          .onClick(() => {
            // Answered before closing: closing unanswered means "dismissed".
            this.onConfirm([...this.create].filter(([, on]) => on).map(([name]) => name));
            this.close();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
