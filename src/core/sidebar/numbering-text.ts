// The numbers a show's notes leave out, as the sidebar says them under the show's title.

/**
 * The quiet line under a show's title: the numbers no note has, and the notes named in
 * the show's series that are not read as episodes (they may need a guest field, a
 * checklist or the show's folder), so a missing episode is explained, not just counted.
 */
export function numberingText(group: {
  gaps: readonly number[];
  moreGaps?: number;
  seasonGaps?: readonly { season: number; numbers: readonly number[]; more?: number }[];
  notEpisodes: readonly string[];
}): string {
  const parts: string[] = [];
  // Past the cap the count of the rest: "11–60" alone read as if 61–999 were there.
  const andMore = (more: number | undefined) => (more !== undefined && more > 0 ? ` and ${more} more` : "");
  // A show numbered within seasons: "No episode numbered 3–5 in season 1, 2 in season 2".
  const missing = [
    ...(group.gaps.length > 0 ? [`${numberRanges(group.gaps)}${andMore(group.moreGaps)}`] : []),
    ...(group.seasonGaps ?? []).map((g) => `${numberRanges(g.numbers)}${andMore(g.more)} in season ${g.season}`),
  ];
  if (missing.length > 0) parts.push(`No episode numbered ${missing.join(", ")}`);
  if (group.notEpisodes.length > 0) {
    const names = group.notEpisodes.slice(0, 3).map((path) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
    const more = group.notEpisodes.length > 3 ? ` and ${group.notEpisodes.length - 3} more` : "";
    parts.push(`Not read as ${group.notEpisodes.length === 1 ? "an episode" : "episodes"}: ${names.join(", ")}${more}`);
  }
  return parts.join(" · ");
}

/** "13–15, 17, 18, 20–29": runs of three or more numbers as a range, so a long gap reads at a glance. */
export function numberRanges(sorted: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i] ?? ""}–${sorted[j] ?? ""}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(", ");
}
