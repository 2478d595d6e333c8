// The built-in snippets for a show whose language is Spanish (any es-*), written as the
// Café con Grafana team writes to its guests and audience: neutral Latin-American
// Spanish, "link" and "demo" as people in tech say them. Same ids, names and order as the
// English ones (catalog.ts, podcast-snippets.ts), so a user's snippet note replaces
// them the same way; only the text changes. Titles and posts seen where English speakers
// also read (the company calendar, the shared YouTube channel, social posts, Slack)
// start with "(In Spanish)", as the team's own checklist does.
import { builtin, type Snippet } from "./snippet";

// The show date as a Spanish sentence writes it: "jueves 30 de noviembre".
const DAY = "{{date:EEEE d 'de' MMMM}}";
const FULL_DAY = "{{date:EEEE d 'de' MMMM 'de' yyyy}}";

/** Spanish text by id, line by line, for the live stream. */
const LIVESTREAM: Record<string, string[]> = {
  outreach: [
    "¡Hola, {{guestFirstName}}! Hacemos un show {{frequency}} en vivo llamado {{showLink}}, donde invitamos a gente a hablar sobre {{about}}. Vi tu ==[blog post/video/publicación]== en ==[fuente]== y creo que sería genial tenerte en el show para que nos cuentes tu experiencia con {{topic}}.",
    "",
    `{{show}} es una conversación en vivo {{durationText}} que se transmite en {{channelLink}}. Es muy casual, y si quieres también puedes compartir tu pantalla para hacer una demo (no es obligatorio). Podríamos hacerlo el ${DAY} a las {{showTime}}{{yourTime}}. Si te animas, ¡nos encantaría tenerte!`,
  ],
  "invite-title": ["(In Spanish) {{show}} {{episode}} con {{guests}}"],
  "invite-body": [
    "¡Gracias por acompañarnos en {{show}} {{episode}}: {{topic}}!",
    "",
    `Salimos en vivo el ${FULL_DAY} a las {{showTime}}. La invitación empieza {{minutesBefore}} minutos antes para probar audio y video, y termina {{minutesAfter}} minutos después del show para comentar cómo nos fue: {{inviteWindow}}.{{guestTimesBlock}}`,
    "",
    "Entra al estudio: {{studio}}",
    "",
    "Qué esperar:",
    "- Una conversación casual de {{duration}} minutos, transmitida en vivo en {{channel}}.",
    "- Los puntos a tratar son una guía, no un guion; si quieres, comparte tu pantalla para una demo.",
    "- Vas a ver los comentarios en vivo; manda los links por el chat privado y yo los comparto.",
  ],
  "broadcast-title": ["(In Spanish) {{topic}} ({{show}} {{episode}})"],
  "video-description": [
    "En este episodio de {{show}}, {{host}} conversa con {{guests}} sobre {{topic}}.",
    "",
    "Invitados:",
    "{{guestLinks}}",
    "",
    "Conduce: {{host}}",
    "",
    "Más episodios: {{playlist}}{{chaptersBlock}}",
  ],
  meetup: [
    "{{show}} {{episode}}: {{topic}}",
    "",
    `Acompáñanos en vivo el ${DAY} a las {{showTime}}: {{host}} conversa con {{guests}} sobre {{topic}}. ==[Dos o tres frases sobre lo que vamos a ver.]==`,
    "",
    "Míralo en vivo y deja tus preguntas en el chat: {{url}}",
  ],
  "live-now": ["(In Spanish) ¡Empieza la transmisión de {{show}} {{episode}}! {{topic}}, con {{guests}}. Acompáñanos: {{url}}"],
  "slack-internal": [
    `(In Spanish) {{show}} {{episode}} es el ${DAY} a las {{showTime}}: *{{topic}}* con {{guests}}. Conéctate y trae tus preguntas: {{url}}`,
  ],
  "slack-public": [
    `(In Spanish) ¡Acompáñanos en {{show}} {{episode}}! {{host}} conversa con {{guests}} sobre *{{topic}}*, en vivo el ${DAY} a las {{showTime}}. Tus preguntas son bienvenidas en el chat: {{url}}`,
  ],
  "guest-briefing": ["Un par de cosas antes de salir en vivo:", "{{beforeItems}}"],
  "host-briefing": [`{{show}} {{episode}}: {{topic}}, ${DAY} a las {{showTime}}`, "", "{{guestBriefing}}"],
  "thank-you": [
    "¡Hola, {{guestFirstName}}! Muchas gracias por acompañarnos en {{show}} {{episode}}, fue una gran conversación. Aquí está la grabación para que la compartas: {{url}}",
    "",
    "Si algo de lo que hablamos necesita una corrección o un link en la descripción, avísame.",
  ],
  timestamps: ["{{timestamps}}"],
  "youtube-chapters": ["{{youtubeChapters}}"],
  "calendar-link": ["[Agrega {{show}} {{episode}} a Google Calendar]({{calendarLink}})"],
};

/** Spanish text by id for a recorded podcast. */
const PODCAST: Record<string, string[]> = {
  ...LIVESTREAM,
  outreach: [
    "¡Hola, {{guestFirstName}}! Hacemos un podcast {{frequency}} llamado {{showLink}}, donde invitamos a gente a hablar sobre {{about}}. Vi tu ==[blog post/video/publicación]== en ==[fuente]== y creo que sería genial tenerte en el podcast para que nos cuentes tu experiencia con {{topic}}.",
    "",
    `{{show}} es una conversación grabada {{durationText}} que editamos y publicamos en {{feedLink}}. Es muy casual y nada tiene que salir perfecto: lo que haga falta se corta en la edición. Podríamos grabar el ${DAY} a las {{showTime}}{{yourTime}}. Si te animas, ¡nos encantaría tenerte!`,
  ],
  "invite-title": ["(In Spanish) {{show}} {{episode}}: grabación con {{guests}}"],
  "invite-body": [
    "¡Gracias por acompañarnos en {{show}} {{episode}}: {{topic}}!",
    "",
    `Grabamos el ${FULL_DAY} a las {{showTime}}. La invitación empieza {{minutesBefore}} minutos antes para probar el audio y termina {{minutesAfter}} minutos después de la grabación para comentar cómo nos fue: {{inviteWindow}}.{{guestTimesBlock}}`,
    "",
    "Entra a la grabación: {{studio}}",
    "",
    "Qué esperar:",
    "- Una conversación casual de {{duration}} minutos, grabada para el podcast y editada antes de publicarla en {{channel}}.",
    "- Por favor usa audífonos, y un micrófono si tienes, en un lugar sin ruido.",
    "- Los puntos a tratar son una guía, no un guion; un error o una pausa se corta en la edición.",
  ],
  "broadcast-title": ["{{show}} {{episode}}: {{topic}}"],
  "video-description": [
    "En este episodio de {{show}}, {{host}} conversa con {{guests}} sobre {{topic}}.",
    "",
    "Invitados:",
    "{{guestLinks}}",
    "",
    "Conduce: {{host}}",
    "",
    "Todos los episodios: {{playlist}}{{chaptersBlock}}",
  ],
  meetup: [
    "{{show}} {{episode}}: {{topic}}",
    "",
    "En el nuevo episodio de {{show}}, {{host}} conversa con {{guests}} sobre {{topic}}. ==[Dos o tres frases sobre lo que hablamos.]==",
    "",
    "Escúchalo: {{url}}",
  ],
  "live-now": ["(In Spanish) ¡Nuevo episodio! {{show}} {{episode}}: {{topic}}, con {{guests}}. Escúchalo ya: {{url}}"],
  "slack-internal": ["(In Spanish) Ya salió {{show}} {{episode}}: *{{topic}}* con {{guests}}. Escúchalo y compártelo: {{url}}"],
  "slack-public": ["(In Spanish) ¡Nuevo episodio de {{show}}! {{host}} conversa con {{guests}} sobre *{{topic}}*. Escúchalo y cuéntanos qué te pareció: {{url}}"],
  "guest-briefing": ["Un par de cosas antes de empezar a grabar:", "{{beforeItems}}"],
  "host-briefing": [`{{show}} {{episode}}: {{topic}}, grabación el ${DAY} a las {{showTime}}`, "", "{{guestBriefing}}"],
  "thank-you": [
    "¡Hola, {{guestFirstName}}! Muchas gracias por grabar {{show}} {{episode}} conmigo, fue una gran conversación. Te mando el link en cuanto se publique el episodio.",
    "",
    "Si algo de lo que hablamos necesita una corrección, un corte o un link en las notas del episodio, avísame.",
  ],
  "calendar-link": ["[Agrega la grabación de {{show}} {{episode}} a Google Calendar]({{calendarLink}})"],
};

/** The English set with each text in Spanish: same ids, names and order. Throws when an id has no Spanish text (a test catches it). */
function inSpanish(english: readonly Snippet[], texts: Record<string, string[]>): readonly Snippet[] {
  return english.map((s) => {
    const lines = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    if (lines === undefined) throw new Error(`No Spanish text for the built-in snippet ${s.id}`);
    return builtin(s.id, s.name, s.description, lines, "es");
  });
}

export function spanishSnippets(english: readonly Snippet[], format: "livestream" | "podcast"): readonly Snippet[] {
  return inSpanish(english, format === "podcast" ? PODCAST : LIVESTREAM);
}
