// The arguments every command takes after its name, read by Node's own parser
// (util.parseArgs) and then checked: one folder that exists, and each option's value as
// the command needs it. A wrong argument is said in one line, and the command does not run.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CliIo } from "./io";
import { isValidDate } from "../core/time/calendar-date";
import { DEFAULT_WIDTH, readWidth } from "./width";

export type OptionName = "json" | "write" | "today" | "config-dir" | "width" | "days";

export interface CommandArgs {
  /** Resolved against the working folder. */
  folder: string;
  /** As typed, for the commands the report suggests. */
  given: string;
  json: boolean;
  write: boolean;
  today: string | null;
  configDir: string;
  width: number;
  days: number | null;
}

const FLAGS: ReadonlySet<OptionName> = new Set<OptionName>(["json", "write"]);

/** Parse `args` for `command`, which takes the options `allowed`; null after saying what is wrong. */
export function readCommandArgs(command: string, args: readonly string[], allowed: readonly OptionName[], usage: string, io: CliIo): CommandArgs | null {
  const options = Object.fromEntries(allowed.map((name) => [name, { type: FLAGS.has(name) ? ("boolean" as const) : ("string" as const) }]));
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: joinValues(args, allowed), options, allowPositionals: true, strict: true });
  } catch (error) {
    io.error(`office-hours: ${reason(error, command)}`);
    return null;
  }
  const [folder, ...more] = parsed.positionals;
  if (folder === undefined) {
    // Each command's usage line is indented to stand under "Usage: " in the full list.
    io.error(`office-hours: ${command} needs a folder\nUsage: ${usage.trimStart()}`);
    return null;
  }
  if (more.length > 0) {
    io.error(`office-hours: only one folder, got "${folder}" and "${more[0] ?? ""}"`);
    return null;
  }
  const root = resolve(io.cwd, folder);
  if (!existsSync(root)) {
    io.error(`office-hours: no folder at ${root}`);
    return null;
  }
  if (!statSync(root).isDirectory()) {
    io.error(`office-hours: ${root} is a file, not a folder`);
    return null;
  }
  const text = (name: OptionName): string | undefined => {
    const value = parsed.values[name];
    return typeof value === "string" ? value : undefined;
  };
  const result: CommandArgs = {
    folder: root,
    given: folder,
    json: parsed.values.json === true,
    write: parsed.values.write === true,
    today: text("today") ?? null,
    configDir: text("config-dir") ?? ".obsidian",
    width: DEFAULT_WIDTH,
    days: null,
  };
  if (result.today !== null && !isValidDate(result.today)) {
    io.error(`office-hours: --today needs a date like 2024-01-05, not "${result.today}"`);
    return null;
  }
  const width = text("width");
  if (width !== undefined) {
    const columns = readWidth(width, io);
    if (columns === null) return null;
    result.width = columns;
  }
  const days = text("days");
  if (days !== undefined) {
    if (!/^\d{1,4}$/.test(days)) {
      io.error(`office-hours: --days needs a whole number of days from 0 to 9999, not "${days}"`);
      return null;
    }
    result.days = Number(days);
  }
  return result;
}

/**
 * `--width -1` as `--width=-1`: the value after an option that takes one is its value,
 * even when it starts with a dash (parseArgs would call it ambiguous, and the message
 * would not say what is wrong with the number).
 */
function joinValues(args: readonly string[], allowed: readonly OptionName[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const name = arg.slice(2) as OptionName;
    const next = args[i + 1];
    if (arg.startsWith("--") && allowed.includes(name) && !FLAGS.has(name) && next !== undefined) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** util.parseArgs's error in the tool's words: which option, and what is wrong with it. */
function reason(error: unknown, command: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option} for ${command}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return message.includes("does not take an argument") ? `${option} takes no value` : `${option} needs a value`;
  return message;
}
