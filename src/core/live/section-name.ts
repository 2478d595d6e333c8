// The name of a Timestamps section the plugin creates, in the language of the note's own
// headings: the Spanish show (CafeConGrafana: "Puntos a hablar", "15 minutos antes",
// "Después de la transmisión") gets "Marcas de tiempo", every other note the first
// configured name. The name is always one the reader recognises.
import { normalizeHeading } from "../note/phases";

const LANGUAGES: { name: string; words: string[] }[] = [
  {
    name: "Marcas de tiempo",
    words: ["puntos a hablar", "temas a hablar", "minutos antes", "justo antes", "despues de la transmision", "despues del show", "antes de la transmision", "preguntas", "invitado", "invitados", "preparacion", "pendientes"],
  },
];

export function sectionNameFor(noteHeadings: readonly string[], configured: readonly string[]): string {
  const fallback = configured[0] ?? "Timestamps";
  const headings = noteHeadings.map((h) => ` ${normalizeHeading(h)} `);
  const known = new Set(configured.map(normalizeHeading));
  for (const language of LANGUAGES) {
    const speaks = headings.some((h) => language.words.some((w) => h.includes(` ${w} `)));
    if (speaks && known.has(normalizeHeading(language.name))) return configured.find((c) => normalizeHeading(c) === normalizeHeading(language.name)) ?? language.name;
  }
  return fallback;
}
