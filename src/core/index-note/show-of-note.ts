// Which show a note belongs to, for a command run from it: the show of the episode it
// is, the show whose index note it is, or the show whose folder holds it. The index-note
// command asks "which show?" only when the note does not say.
import type { ShowSettings } from "../settings/settings";
import { cleanFolder, isUnder } from "../vault/classify";

function withoutMd(path: string): string {
  return cleanFolder(path).replace(/\.md$/i, "");
}

export function showOfNote(path: string, shows: readonly ShowSettings[], episodeShow: ShowSettings | null): ShowSettings | null {
  if (episodeShow) return episodeShow;
  const note = withoutMd(path);
  const byIndex = shows.find((s) => s.indexNote.trim() !== "" && withoutMd(s.indexNote) === note);
  if (byIndex) return byIndex;
  let best: ShowSettings | null = null;
  for (const show of shows) {
    const folder = cleanFolder(show.folder);
    if (isUnder(path, folder) && (best === null || folder.length > cleanFolder(best.folder).length)) best = show;
  }
  return best;
}
