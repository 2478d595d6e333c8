// Command-line entry: argument parsing and dispatch only.
import { resolve } from "node:path";
import type { CliIo } from "./io";
import { statusCommand } from "./status-command";
import { writeDemoVault } from "./demo-vault";
import { DETECT_USAGE, detectCommand, parseDetectArgs } from "./detect-command";
import { GUESTS_USAGE, guestsCommand, parseGuestsArgs } from "./guests-command";
import { AGENDA_USAGE, agendaCommand, parseAgendaArgs } from "./agenda-command";
import { readCommandArgs } from "./args";
import { CLI_NAME, usageLine } from "../core/detect/cli-name";
import { plural } from "../core/status/alerts";

const STATUS_USAGE = usageLine("status <folder> [--json] [--today YYYY-MM-DD] [--width 80] [--config-dir .obsidian]");

const USAGE = `Usage: ${STATUS_USAGE.trimStart()}
${DETECT_USAGE}
${GUESTS_USAGE}
${AGENDA_USAGE}
${usageLine("demo <folder>")}

  status    Report every episode note in a vault (or a git checkout of one):
            show, number, state, when, topic, guests, and what is late or next.
  --json    Print {"episodes": [...]} instead of a table.
  --today   Judge what is late as of this date instead of today.
  --width   The table's width in columns (default 80).
  detect    Propose the shows the notes describe (folders, codes, templates, schedule,
            guest fields), with the reasons. --json prints them in the settings' shape;
            --write saves them into the vault's plugin settings (the old file is kept).
  guests    Every guest (from guest fields and the guests folder's notes): status,
            shows, episodes, last and next appearance, missing facts, problems.
  agenda    Every open checklist item of every episode by deadline: Overdue, Today,
            This week, Later, No date; then schedule conflicts. --days N keeps what is
            late or due within N days.
  demo      Make (or complete) a demo vault with the built plugin installed.

In a clone of the repository, after npm install, ${CLI_NAME} runs the tool as built;
npm run --silent office-hours -- status <folder> runs it too, rebuilt first when a
source changed.`;

export function run(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    if (command === undefined) {
      io.error(USAGE);
      return 2;
    }
    io.out(USAGE);
    return 0;
  }
  if (command === "demo") return demoCommand(rest, io);
  if (command === "agenda") {
    const options = parseAgendaArgs(rest, io);
    return options === null ? 2 : agendaCommand(options, io);
  }
  if (command === "detect") {
    const options = parseDetectArgs(rest, io);
    return options === null ? 2 : detectCommand(options, io);
  }
  if (command === "guests") {
    const options = parseGuestsArgs(rest, io);
    return options === null ? 2 : guestsCommand(options, io);
  }
  if (command !== "status") {
    io.error(`office-hours: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  const options = readCommandArgs("status", rest, ["json", "today", "width", "config-dir"], STATUS_USAGE, io);
  return options === null ? 2 : statusCommand(options, io);
}

function demoCommand(rest: readonly string[], io: CliIo): number {
  const [folder, ...extra] = rest;
  if (folder === undefined || extra.length > 0) {
    io.error(`office-hours: demo needs exactly one folder\n${USAGE}`);
    return 2;
  }
  const root = resolve(io.cwd, folder);
  const result = writeDemoVault(root, io.projectRoot, io.now(), io);
  io.out(`Demo vault: ${root}`);
  io.out(`  ${plural(result.created.length, "file")} written, ${result.kept.length} kept as they were; plugin installed and enabled.`);
  io.out(`  Open this folder as a vault in Obsidian to use the plugin.\n`);
  return 0;
}
