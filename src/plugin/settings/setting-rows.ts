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
