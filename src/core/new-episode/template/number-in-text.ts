// How a show's texts write an episode number: Café con Grafana pads its file names to three
// digits so they sort (CCG 005, CCG 013), while its template writes titles as people do,
// "(In Spanish) Café con Grafana #10 con Pancho", "(Café con Grafana #11)". Zero padding
// belongs to file names; a text (a title, a snippet, an invite) writes the number as the
// show's own texts write it after its name or code:
// - "#01", "#005" (a leading zero): padded to that many digits, as GOH's "Office Hours #01",
//   never more than the file names are (a text pads no more than the names it sorts);
// - "#10", "#11" (none): unpadded ("#5", "#13", "#113"): numbers written with no zero in
//   front show no padding to copy;
// - no such text: as the file names write it (the show's padding), the one thing the user
//   has told: a show whose texts never say keeps the "#05" its settings give.
import type { ShowSettings } from "../../settings/settings";

/** Lower case without accents: "Café" in a note is the show "Cafe". */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The digit runs written right after "<name> #" or "<code> #" in `text`. */
function numbersAfter(text: string, labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const label of labels) {
    const needle = `${label} #`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      // The label starts a word: "Hours #01" is no "Office Hours" example.
      if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
      let end = at + needle.length;
      while (end < text.length && end - at - needle.length < 7 && /\d/.test(text.charAt(end))) end++;
      const digits = text.slice(at + needle.length, end);
      if (digits !== "" && !/\d/.test(text.charAt(end))) out.push(digits);
    }
  }
  return out;
}

/** How many digits a text writes `show`'s numbers with, from the show's `texts` (a template, an episode note). */
export function textNumberWidth(show: Pick<ShowSettings, "name" | "code" | "numberPadding">, ...texts: readonly string[]): number {
  const labels = [...new Set([show.name, show.code].map((l) => folded(l.trim())).filter((l) => l !== ""))];
  const found = texts.flatMap((text) => numbersAfter(folded(text), labels));
  const padded = found.filter((d) => d.length > 1 && d.startsWith("0"));
  if (padded.length > 0) return Math.max(1, Math.min(show.numberPadding, Math.max(...padded.map((d) => d.length))));
  if (found.length === 0) return Math.max(1, show.numberPadding);
  return 1;
}
