// The phrases every show starts with: which heading names which phase of an episode
// (phases.ts reads them). A user's own phrases are added in the show's settings.
import type { PhaseHeadings } from "./phases";

export const DEFAULT_PHASE_HEADINGS: PhaseHeadings = {
  prep: [
    "checklist",
    // An audio podcast's production phases: pre-production, recording, editing, publishing.
    "pre-production",
    "pre-show",
    "preshow",
    "prep",
    "preparation",
    "to do",
    "todo",
    "tasks",
    "promotion",
    "outreach",
    "lista",
    "preparación",
    "pendientes",
    // The other languages Detect shows knows (detect/language.ts), so their notes need no setting.
    "préparation",
    "preparação",
    "preparazione",
    "vorbereitung",
    "checkliste",
    "voorbereiding",
  ],
  before: [
    "before",
    "just before the show",
    "before the show",
    // "Before-show checklist" must outweigh the generic "checklist" (prep), as "pre-show" does.
    "before-show",
    "before the stream",
    "before going live",
    "minutes before",
    "day of the show",
    "show day",
    "minutos antes",
    "justo antes",
    "antes de la transmisión",
    "antes del show",
    // A podcast records rather than streams.
    "recording day",
    "recording",
    "before recording",
    // Each language's bare "before", named only when placed against the show or a time
    // (phase-anchor.ts), as "before" is: "Antes da gravação", "Prima della puntata", "Avant
    // le direct", "Vor der Sendung", "Kurz vor dem Start". Not Dutch "voor": it is "for" too
    // ("Vragen voor de gast").
    "antes",
    "avant",
    "prima",
    "vor",
    "avant l'émission",
    "avant le live",
    "antes da transmissão",
    "prima della diretta",
    "vor der sendung",
    "vor dem stream",
    "voor de uitzending",
  ],
  after: [
    "after",
    "after the show",
    // "After recording" outweighs "recording" (before) by length.
    "after recording",
    "editing",
    "publish",
    "publishing",
    // Without it "After-show checklist" was prep: "checklist" is longer than "after".
    "after-show",
    "post-show",
    "postshow",
    "post-stream",
    "post-production",
    "follow-up",
    "wrap-up",
    // A show's closing moments: after the show at the top level, a talking point under the
    // talking points (phase-context.ts).
    "wrapup",
    "outro",
    "closing",
    "cierre",
    "después",
    "después de la transmisión",
    "después del show",
    // Not "après" alone: "Après-midi" (afternoon) would be after the show.
    "après l'émission",
    "après le live",
    // The bare "after" of each language, anchored likewise ("Dopo la puntata", "Depois da
    // gravação", "Nach der Show"). Not French "après" (see above) nor Dutch and Portuguese
    // "na", which is also "in the" ("Na gravação": during the recording).
    "depois",
    "dopo",
    "nach",
    "depois da transmissão",
    "dopo la diretta",
    "nachbereitung",
    "nach der sendung",
    "nach dem stream",
    "na de uitzending",
  ],
  other: [
    "talking points",
    "puntos a hablar",
    "temas a hablar",
    "agenda",
    "questions",
    "preguntas",
    "outline",
    "run of show",
    "timestamps",
    "reference links",
    "show notes",
  ],
};
