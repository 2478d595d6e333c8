// What the texts know about each guest of an episode: the guest note's facts, with the
// guest field's own hints ("(Grafana)", a linked profile) where the note is silent.
import type { Guest } from "../types";
import type { GuestPerson } from "./summary";
import { pronounsIn } from "./pronouns";

export interface GuestProfile {
  /** As the episode writes it. */
  name: string;
  timezone: string | null;
  pronouns: string | null;
  pronunciation: string | null;
  company: string | null;
  role: string | null;
  links: string[];
}

/** The profile of one guest field entry, from the person it names (null: nobody knows them yet). */
export function profileOf(guest: Guest, person: GuestPerson | null): GuestProfile {
  const note = person?.note ?? null;
  const links = [...(note?.links ?? [])];
  const ownUrl = guest.target !== null && /^https?:\/\//i.test(guest.target) ? guest.target : null;
  if (ownUrl !== null && !links.includes(ownUrl)) links.push(ownUrl);
  // "(she/her)" gives pronouns, never a company.
  const written = pronounsIn(guest.affiliation);
  return {
    name: guest.name,
    timezone: note?.timezone ?? null,
    pronouns: note?.pronouns ?? written ?? person?.writtenPronouns ?? null,
    pronunciation: note?.pronunciation ?? null,
    company: note?.company ?? (written === null ? guest.affiliation : null),
    role: note?.role ?? null,
    links: links.filter((l) => /^https?:\/\//i.test(l) || l.startsWith("mailto:")),
  };
}

/**
 * "Principal Engineer at Grafana Labs", "Grafana Labs", "Principal Engineer" or "";
 * `at` is the text's own word for it ("en" in a Spanish snippet).
 */
export function roleAndCompany(profile: GuestProfile, at = "at"): string {
  if (profile.role && profile.company) return `${profile.role} ${at} ${profile.company}`;
  return profile.role ?? profile.company ?? "";
}

/** For the video description: "- Nikola Grcevski, Principal Engineer at Grafana Labs: https://…, https://…". */
export function descriptionLine(profile: GuestProfile, at = "at"): string {
  const who = roleAndCompany(profile, at);
  const head = who === "" ? profile.name : `${profile.name}, ${who}`;
  return profile.links.length === 0 ? `- ${head}` : `- ${head}: ${profile.links.join(", ")}`;
}

/**
 * For the host before the show: how to say the name and which pronouns, and what is
 * still to ask. "- Nikola Grcevski: say “NEE-ko-la GRETCH-ev-ski”; he/him; Principal …".
 */
export function briefingLine(profile: GuestProfile, localTime: string): string {
  const parts = [
    profile.pronunciation ? `say “${profile.pronunciation}”` : "pronunciation not known: ask “How do you pronounce your name?”",
    profile.pronouns ? profile.pronouns : "pronouns not known: ask “What are your pronouns?”",
  ];
  const who = roleAndCompany(profile);
  if (who !== "") parts.push(who);
  if (localTime !== "") parts.push(localTime);
  return `- ${profile.name}: ${parts.join("; ")}`;
}
