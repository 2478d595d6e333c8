// The rows of the settings tab: a text or number row that checks what is typed (an
// invalid value is shown and not saved) and can show a stored value's problem from the
// start, and the checks the show rows share.
import type { Setting } from "obsidian";
import { isKnownTimeZone } from "../../core/settings/time-zones";
import { checkNotePath } from "../../core/vault/vault-path";

export function list(text: string, separator: RegExp = /,/): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** One setting: its name, description and how to fill its row with controls. */
export interface Row {
  name: string;
  desc: string;
  render(setting: Setting): void;
}

/** Empty is fine (the default index note); anything else must stay inside the vault. */
export function notePathProblem(path: string): string | null {
  const checked = path.trim() === "" ? null : checkNotePath(path);
  return checked && !checked.ok ? checked.reason : null;
}

export function zoneProblem(zone: string): string | null {
  return isKnownTimeZone(zone) ? null : "Not a time zone this device knows.";
}

export function zonesProblem(zones: readonly string[]): string | null {
  const bad = zones.find((zone) => !isKnownTimeZone(zone));
  return bad === undefined ? null : `“${bad}” is not a time zone this device knows.`;
}

/**
 * A text row whose `apply` returns an error message (shown, not saved) or null.
 * `problem` is the stored value's own error, shown before anything is typed.
 */
export function textRow(name: string, desc: string, value: string, apply: (value: string) => string | null, problem: string | null = null): Row {
  return {
    name,
    desc,
    render: (setting) => {
      const error = setting.descEl.createDiv({ cls: "office-hours-field-error", text: problem ?? "" });
      setting.addText((text) => {
        text.inputEl.toggleClass("is-invalid", problem !== null);
        text.setValue(value).onChange((next) => {
          const found = apply(next);
          error.setText(found ?? "");
          text.inputEl.toggleClass("is-invalid", found !== null);
        });
      });
    },
  };
}

export function numberRow(name: string, desc: string, value: number, min: number, max: number, apply: (n: number) => void): Row {
  return textRow(name, desc, String(value), (text) => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isInteger(n) || n < min || n > max) return `A whole number from ${min} to ${max}.`;
    apply(n);
    return null;
  });
}

/**
 * Declarative definitions of rows built when drawn, not when listed: Obsidian keeps the
 * definitions and draws a page from them again later (back and forth), and rows built
 * earlier would show settings as they were. Built once per drawing, not once per row
 * drawn (a page of R rows built R times over, for every show): a page draws its rows in
 * order, so a row at or before the last one drawn starts a new drawing, and so does a
 * change saved since (`generation` counts them).
 */
export function definitionsOf(rows: () => Row[], generation: () => number): { name: string; desc: string; render: (setting: Setting) => void }[] {
  let built: Row[] | null = null;
  let last = -1;
  let at = -1;
  const drawing = (i: number): Row[] => {
    if (built === null || i <= last || at !== generation()) {
      built = rows();
      at = generation();
    }
    last = i;
    return built;
  };
  return rows().map((row, i) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => drawing(i)[i]?.render(setting) }));
}
