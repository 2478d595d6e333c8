// A show's name, short code and folder rows. Until the folder exists, the code and folder
// follow the name as it is typed (core/settings/show-naming.ts), and the fields on the page
// show it at once.
import { normalizePath, type App } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { followName } from "../../core/settings/show-naming";
import { textRow, type Row } from "./setting-rows";
import { pathRow } from "./path-picker";

type Field = "folder" | "code";

export class ShowIdentityRows {
  /** The folder and code fields last drawn, per show id. */
  private readonly drawn = new Map<string, Partial<Record<Field, HTMLInputElement>>>();

  constructor(private readonly app: App) {}

  rows(show: ShowSettings, saveRenamed: () => void, save: () => void): Row[] {
    const drawnFolder = show.folder;
    return [
      textRow("Name", "Used in commands and texts. Until the show's folder exists, the folder and short code follow the name.", show.name, (value) => {
        if (value.trim() === "") return "A show needs a name.";
        const followed = followName(show, value.trim(), (folder) => this.folderExists(folder));
        show.name = value.trim();
        const fields = this.drawn.get(show.id);
        if (fields?.folder && followed.folder !== show.folder) fields.folder.value = followed.folder;
        if (fields?.code && followed.code !== show.code) fields.code.value = followed.code;
        show.folder = followed.folder;
        show.code = followed.code;
        saveRenamed();
        return null;
      }),
      this.remembered(
        show,
        "code",
        textRow("Short code", "Starts file names: GOH gives “GOH 25 - Topic”.", show.code, (value) => {
          show.code = value.trim();
          save();
          return null;
        }),
      ),
      this.remembered(
        show,
        "folder",
        pathRow(
          this.app,
          "Folder",
          "Every note in this folder that has a checklist or a guest field is an episode.",
          "folder",
          show.folder,
          (value) => {
            show.folder = value === "/" ? "" : value;
            save();
          },
          // A show whose folder was not there when the page was drawn has no notes in it: a
          // new folder is fine, the first episode makes it (judged on the drawn folder, so
          // typing past an existing "Podcasts" to "Podcasts/Berlin" is not cut short). A show
          // with notes keeps refusing a misspelt folder.
          () => drawnFolder.trim() !== "" && !this.folderExists(drawnFolder),
        ),
      ),
    ];
  }

  /** The row, keeping its input so that a rename can show the value that followed the name. */
  private remembered(show: ShowSettings, field: Field, row: Row): Row {
    return {
      ...row,
      render: (setting) => {
        row.render(setting);
        const input = setting.controlEl.querySelector("input");
        if (input) this.drawn.set(show.id, { ...this.drawn.get(show.id), [field]: input });
      },
    };
  }

  /** In any spelling: on macOS, Windows and Sync, "office hours" is the folder "Office Hours". */
  private folderExists(folder: string): boolean {
    const wanted = normalizePath(folder).normalize("NFC").toLowerCase();
    return this.app.vault.getAllLoadedFiles().some((f) => f.path.normalize("NFC").toLowerCase() === wanted);
  }
}
