// The values that carry words, worded in Spanish for a snippet written in Spanish: "un
// show semanal", "una conversación de una hora", "Ann y Bo", "jueves 30 de noviembre a
// las 15:00 en tu zona horaria (Europe/Madrid)". The English ones come from
// episode-values.ts, guest-time.ts and profile.ts; the times, zones and names in them
// are computed the same way, only the words differ.
import type { ShowSettings } from "../settings/settings";
import { roleAndCompany, type GuestProfile } from "../guests/profile";
import { joinGuestNames } from "../note/and-words";
import { isFortnightly } from "../settings/cadence";
import { blank } from "../new-episode/template/episode-values";
import { markdownLink as link } from "../text/markdown-link";
import { formatDate } from "../time/format-date";
import { isReadableInstant, isValidTimeZone } from "../time/zone-clock";

/** "de una hora", "de 2 horas", "de 90 minutos": after "una conversación en vivo". */
export function spanishDuration(minutes: number): string {
  if (minutes === 60) return "de una hora";
  if (minutes % 60 === 0) return `de ${minutes / 60} horas`;
  return minutes === 1 ? "de 1 minuto" : `de ${minutes} minutos`;
}

/**
 * The worded template fields in Spanish, over `fields` as episodeFields wrote them (the
 * episode tag, topic, studio and links are read from there, so a typed answer counts).
 */
export function spanishWords(fields: Readonly<Record<string, string>>, guests: readonly string[], show: ShowSettings, locale: string): Record<string, string> {
  const tag = fields.episode ? ` ${fields.episode}` : "";
  const joined = joinGuestNames(guests, locale);
  const who = joined === "" ? blank("invitado") : joined;
  return {
    guests: joined,
    frequency: show.schedule.weekOfMonth !== undefined ? "mensual" : isFortnightly(show.schedule) ? "quincenal" : "semanal",
    durationtext: spanishDuration(show.schedule.durationMinutes),
    invitetitle: `(In Spanish) ${show.name}${tag} con ${who}`,
    recordingtitle: `(In Spanish) ${show.name}${tag}: grabación con ${who}`,
    broadcasttitle: `(In Spanish) ${fields.topic || blank("tema")} (${show.name}${tag})`,
    channelname: show.links.channel.trim() === "" ? "nuestro canal" : "el canal",
    channellink: link("nuestro canal", show.links.channel),
    playlistlink: link(`la playlist de ${show.name}`, show.links.playlist),
    meetuplink: link("la página de eventos", show.links.meetup),
    studiolink: link("el estudio de transmisión", fields.studio ?? ""),
    recordinglink: link("el estudio de grabación", show.links.studio),
    feedlink: link("el feed de nuestro podcast", show.links.channel),
    // describeTime marks another calendar day "+1 day".
    showtime: (fields.showtime ?? "").replace(/ ([+-]\d+) day(?=[,)]|$)/g, " $1 día"),
  };
}

/** "jueves 30 de noviembre a las 15:00 en tu zona horaria (Europe/Madrid)"; "" for an unknown zone or instant. */
export function spanishLocalTime(start: Date, zone: string, locale: string): string {
  if (!isValidTimeZone(zone) || !isReadableInstant(start)) return "";
  return `${formatDate(start, zone, "EEEE d 'de' MMMM", locale)} a las ${formatDate(start, zone, "HH:mm", locale)} en tu zona horaria (${zone})`;
}

export interface ZonedProfile {
  name: string;
  profile: GuestProfile | null;
  zone: string | null;
}

/** The guests' own times, and the host's briefing, in Spanish (guestZoneFields in context.ts writes the English). */
export function spanishGuestFields(start: Date | null, zoned: readonly ZonedProfile[], locale: string): Record<string, string> {
  const localOf = (zone: string | null) => (start && zone ? spanishLocalTime(start, zone, locale) : "");
  const local = localOf(zoned[0]?.zone ?? null);
  const lines = zoned
    .map(({ name, zone }) => ({ name, text: localOf(zone) }))
    .filter((g) => g.text !== "")
    .map((g) => `- ${g.name}: ${g.text}`)
    .join("\n");
  return {
    guestlocaltime: local,
    yourtime: local === "" ? "" : `, es decir, el ${local}`,
    guesttimes: lines,
    guesttimesblock: lines === "" ? "" : `\n\nEn tu zona horaria:\n${lines}`,
    guestbriefing: zoned.map(({ name, profile, zone }) => briefing(name, profile, localOf(zone))).join("\n"),
  };
}

function briefing(name: string, profile: GuestProfile | null, localTime: string): string {
  const parts = [
    profile?.pronunciation ? `se pronuncia “${profile.pronunciation}”` : "no sabemos cómo se pronuncia: pregunta “¿Cómo se pronuncia tu nombre?”",
    profile?.pronouns ? profile.pronouns : "no sabemos sus pronombres: pregunta “¿Qué pronombres usas?”",
  ];
  const who = profile ? roleAndCompany(profile, "en") : "";
  if (who !== "") parts.push(who);
  if (localTime !== "") parts.push(localTime);
  return `- ${name}: ${parts.join("; ")}`;
}
