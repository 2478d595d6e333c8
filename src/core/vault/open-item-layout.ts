// Where each number sits in an episode's typed array of open items (open-items.ts).
// One typed array, in four blocks: per item, per section, per repeated section (only when
// a heading path occurs twice), per item out of the ordinary; then one number for the
// whole note. One array instead of one per kind: each typed array costs about 200 bytes
// of headers, as much as eight items.
export const LINE = 0;
/**
 * The usual item is alone among its section's look-alikes (its twin numbers are its own,
 * see `aloneTwins` in open-items.ts) and in the whole note (no copy under another heading),
 * and sits in one of the first 65,536 sections at a depth under 32,768: then its section
 * and depth, packed. Otherwise the one's complement of its entry in the
 * block of the others, which holds them whole.
 */
export const PLACE = 1;
export const NEIGHBOURS = 2;
export const ABOVE = 3;
export const OUTSIDE = 4;
/** Its own date as a day number, or NO_DUE, or OFFSET_DUE (the line is read again for the offset: rare). */
export const DUE = 5;
export const ITEM_STRIDE = 6;
export const SECTION_BITS = 0xffff;
export const DEPTH_SHIFT = 16;
export const DEPTH_LIMIT = 0x8000;

// Per section: the hash of its lines and its look-alikes (the same for every item in it).
export const SECTION_LINES = 0;
export const LOOKALIKES = 1;
export const SECTION_STRIDE = 2;

/** Per section, when a heading path repeats: its text's hash and its place among namesakes with that text. */
export const REPEATED_STRIDE = 3;

/** Per item out of the ordinary: its place and twin numbers, whole. */
export const SECTION = 0;
export const DEPTH = 1;
export const TWINS = 2;
export const OCCURRENCE = 3;
export const TWIN_STATUSES = 4;
export const TWIN_OFFSETS = 5;
/** How many task lines of the whole note read like it (TaskRef.copies). */
export const COPIES = 6;
/** How many lines in code or comments read like it (TaskRef.hidden). */
export const HIDDEN = 7;
export const OTHER_STRIDE = 8;

/** After the blocks: the note's heading and code-fence lines, order aside (TaskRef.headings). */
export const NOTE_STRIDE = 1;

export const NO_DUE = -0x80000000;
export const OFFSET_DUE = -0x7fffffff;
