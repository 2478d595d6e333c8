// What Detect shows proposes for the sixth probe's notes (tests/fixtures/unseen6/, and
// unseen2's streamer), where it asks the reader which headings name a phase (readSections):
// a callout titled by a phase names one, so nothing is proposed for the headings inside it; the Italian and Portuguese "before"/"after"
// words placed against the episode are named by the defaults, so only a heading the defaults
// cannot know ("📋 Pré-produção") is added, by its place.
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS } from "../../../src/core/note/phases";
import { detect, fixtureNotes } from "../detect/fixture-vault";

const result = detect(fixtureNotes("unseen6"));
/** Each phase's phrases the proposal adds to the defaults. */
const added = (folder: string, found = result) => {
  const proposal = found.shows.find((p) => p.show.folder === folder);
  if (!proposal) throw new Error(`no show for ${folder}`);
  const phases = proposal.show.phaseHeadings;
  return Object.fromEntries(Object.entries(phases).map(([phase, phrases]) => [phase, phrases.filter((p) => !DEFAULT_PHASE_HEADINGS[phase as keyof typeof phases].includes(p))]));
};

describe("Detect shows on the sixth probe", () => {
  // Before reader6 it proposed "Green room" (a heading in a quote, naming nothing) as just before
  // the show: its item sat under no phase. It is in a callout titled "Just before the show".
  it("adds no phrase for a heading inside a callout titled by a phase", () => {
    expect(added("Streams", detect(fixtureNotes("unseen2")))).toEqual({ prep: [], before: [], after: [], other: [] });
  });

  it("adds no phrase for 'Prima della puntata' and 'Dopo la puntata': the defaults name them", () => {
    expect(added("Puntate")).toEqual({ prep: [], before: [], after: [], other: [] });
  });

  it("adds 'Pré-produção' by its place, and not 'Antes da gravação' (named by the defaults, before the show)", () => {
    expect(added("Episódios")).toEqual({ prep: ["📋 Pré-produção"], before: [], after: [], other: [] });
  });
});
