// What accepting left as it was, in words: the notice after "Add" and `detect --write`
// say it, so a value the user changed while the review was open is seen to be kept, not
// silently lost or silently overwritten.
import { FIELD_LABELS } from "./describe";
import type { Merged } from "./merge";

/** One sentence per thing not applied; empty when everything accepted was applied. */
export function notApplied(merged: Pick<Merged, "conflicts" | "dropped" | "alreadySetUp">): string[] {
  const out: string[] = [];
  for (const c of merged.conflicts) {
    out.push(`${c.show}: ${FIELD_LABELS[c.field].toLowerCase()} kept as ${c.kept}, changed since Detect ran (it proposed ${c.proposed}).`);
  }
  for (const name of merged.dropped) out.push(`The corrections to ${name} were dropped: the show was deleted since Detect ran.`);
  for (const { proposed, existing } of merged.alreadySetUp) out.push(`${proposed} was not added: ${existing} was set up in its folder since Detect ran.`);
  return out;
}
