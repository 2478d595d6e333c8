// Phrases whose phase depends on where the heading stands in the note, or on what kind of
// show the note is for (sections.ts asks these of the phrase that decided a heading).
import { normalizeHeading } from "./phases";
import { SHOW_WORDS } from "./phase-anchor";

/**
 * The show's closing moments. At the top level "## Wrap-up" is the list for after the show;
 * under the talking points "### Wrap-up" is the last segment of the running order, a moment of
 * the show like "### Before the break", so it is a talking point (it names no phase there).
 */
const MOMENTS: ReadonlySet<string> = new Set(["wrap up", "wrapup", "outro", "closing", "cierre"]);

export function isMoment(phrase: string): boolean {
  return MOMENTS.has(phrase);
}

/**
 * A phrase that is one word for the show itself ("recording"). An audio podcast's note plans
 * its recording like a stage (pre-production, recording, editing, publishing): there "##
 * Recording" is the recording session's list, just before the show as the defaults read it. In
 * any other note (a live stream's) "## Recording" is the show itself, on air, as "## Live" or
 * "## Stream" are: it names no phase, and its list is read as its place gives it (at the top
 * level none, under "## After the show" after it).
 */
export function namesTheShow(phrase: string): boolean {
  return phrase.indexOf(" ") < 0 && SHOW_WORDS.has(phrase);
}

/**
 * Words for the stages of producing a recorded episode, any one of which in a heading makes the
 * note a podcast's production note. Not "recording" alone (a live stream's word too) nor
 * "after the recording" (a live stream uploads its recording).
 */
const PRODUCTION = [
  "pre production",
  "preproduction",
  "post production",
  "postproduction",
  "editing",
  "edit",
  "mixing",
  "mastering",
  "publish",
  "publishing",
  "recording day",
  "before recording",
  "after recording",
  "preproduccion",
  "postproduccion",
  "edicion",
  "publicacion",
  "postproduktion",
  "schnitt",
  "montage",
].map((p) => ` ${p} `);

/** Whether any of the headings names a stage of producing a recording (normalised text, each searched once per stage word). */
export function isProductionNote(headings: readonly string[]): boolean {
  for (const heading of headings) {
    const text = ` ${normalizeHeading(heading)} `;
    for (const stage of PRODUCTION) if (text.includes(stage)) return true;
  }
  return false;
}
