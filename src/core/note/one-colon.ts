// Guest fields written with one colon, `Invitado(s): Nicole V. y Antonio C.`, as the notes
// of a real show do. Dataview needs two colons, so such a line is read only for a show
// whose settings name the field with its colon (`Invitado(s):`, the form detection
// proposes), and only where Dataview would read a full-line field: at the start of a
// paragraph line, a quote or a list item, never a task.

/** Longest key looked at: keys are short, and prose lines then cost little. */
const MAX_KEY = 60;

/** A configured guest field name that carries its one colon: `Invitado(s):`. */
export function isOneColonName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.endsWith(":") && !trimmed.endsWith("::") && oneColonKey(trimmed.slice(0, -1)) !== "";
}

/** The name without its colon, for a reader that keeps Dataview's rule (`Invitado(s)`). */
export function withoutOneColon(name: string): string {
  return isOneColonName(name) ? name.trim().slice(0, -1).trim() : name;
}

/**
 * How a one-colon name is compared: as written but for case, emphasis marks and runs of
 * spaces. Unlike Dataview's canonical key, `(s)` stays part of the name, so `Invitado(s)`
 * does not also read `Invitados:` or `Invitado:` lines.
 */
export function oneColonKey(name: string): string {
  return name.replace(/[*_]/g, "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The keys of the names in `names` that are written with one colon. */
export function oneColonKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) if (isOneColonName(name)) keys.add(oneColonKey(name.trim().slice(0, -1)));
  return keys;
}

export interface OneColonField {
  key: string;
  value: string;
  /** Where the value starts on the line (after the colon and any closing emphasis). */
  valueAt: number;
}

/** `Name: value` starting at `at` when Name is one of `keys` (see oneColonKey); the value may be empty. */
export function oneColonField(line: string, at: number, keys: ReadonlySet<string>): OneColonField | null {
  const stop = Math.min(line.length, at + MAX_KEY);
  let colon = -1;
  for (let i = at; i < stop; i++) {
    if (line.charCodeAt(i) === 58) {
      colon = i;
      break;
    }
  }
  if (colon <= at || line.charCodeAt(colon + 1) === 58) return null;
  // `**Invitado(s):** Ann`: the emphasis closes after the colon.
  let valueAt = colon + 1;
  while (line.charCodeAt(valueAt) === 42 || line.charCodeAt(valueAt) === 95) valueAt++;
  const after = line.charCodeAt(valueAt);
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
  const key = line.slice(at, colon);
  if (!keys.has(oneColonKey(key))) return null;
  return { key: key.replace(/[*_]/g, "").trim(), value: line.slice(valueAt).trim(), valueAt };
}
