// app.commands: the registry behind the command palette and hotkeys. Not in
// the public d.ts, but it is how the host (and tests) run a plugin's command.
// Execution follows the Command doc comments: editorCheckCallback overrides
// editorCallback, which overrides checkCallback, which overrides callback;
// editor commands only run while a Markdown editor is active; check callbacks
// are asked with checking=true first, as the palette does.
import type { App } from "./app";
import type { Editor } from "./editor";
import { Platform } from "./platform";
import type { MarkdownView } from "./file-views";

export interface HostCommand {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
  hotkeys?: unknown[];
}

export class Commands {
  commands: Record<string, HostCommand> = {};
  readonly #app: App;

  constructor(app: App) {
    this.#app = app;
  }

  addCommand(command: HostCommand): void {
    this.commands[command.id] = command;
  }

  removeCommand(id: string): void {
    delete this.commands[id];
  }

  findCommand(id: string): HostCommand | undefined {
    return this.commands[id];
  }

  listCommands(): HostCommand[] {
    return Object.values(this.commands);
  }

  /** Whether the palette would list the command right now. */
  hostIsAvailable(command: HostCommand): boolean {
    if (command.mobileOnly && !Platform.isMobile) return false;
    const view = this.#app.workspace.activeEditor;
    if (command.editorCheckCallback) return view !== null && command.editorCheckCallback(true, view.editor, view) === true;
    if (command.editorCallback) return view !== null;
    if (command.checkCallback) return command.checkCallback(true) === true;
    return command.callback !== undefined;
  }

  executeCommandById(id: string): boolean {
    const command = this.findCommand(id);
    return command ? this.executeCommand(command) : false;
  }

  /** Runs the command if it is available; returns whether it ran. Async callbacks are tracked for host.flush(). */
  executeCommand(command: HostCommand): boolean {
    if (!this.hostIsAvailable(command)) return false;
    const view = this.#app.workspace.activeEditor;
    let result: unknown;
    if (command.editorCheckCallback && view) result = command.editorCheckCallback(false, view.editor, view);
    else if (command.editorCallback && view) result = command.editorCallback(view.editor, view);
    else if (command.checkCallback) result = command.checkCallback(false);
    else result = command.callback?.();
    if (result instanceof Promise) this.#app.hostScheduler.track(result);
    return true;
  }
}
