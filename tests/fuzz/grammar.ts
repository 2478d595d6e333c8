// A grammar-based generator of adversarial inputs for the time-scaling fuzzer. A seed
// picks a motif (a few tokens every reader knows: backticks, `<%` `%>`, `{{` `}}`, `::`,
// brackets, fences, quotes, list markers, indentation, `---`, YAML indicators …) and a
// shape (one long line, many lines, deep nesting, a ladder of indentation, tags in code,
// a far-away closer …). The shape is then built at any size, so the same input can be
// measured at n and 4n: linear code takes about 4 times as long, quadratic code 16.

/** A deterministic random source (mulberry32): the same seed gives the same inputs. */
export type Rng = () => number;

export function seeded(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Every token one of the readers treats specially, and some plain text between them. */
export const TOKENS: readonly string[] = [
  // code and fences
  "`", "``", "```", "~~~", "````",
  // template tags, Templater calls and core Templates variables
  "<%", "%>", "<%*", "<%-", "-%>", "{{", "}}", "{{title}}", "{{date}}", "{{date:", "{{time:", "{{show}}", "{{guests}}", "{{x}}",
  "tp.file.title", "tp.date.now(", "tp.frontmatter.", "tp.frontmatter[", '"YYYY"', ", 3)", ")",
  // inline fields and links
  "::", "Guest::", "guest", "Guests", "[", "]", "(", ")", "[[", "]]", "|", "[guest::", "(Guest::", "**", "__", "==", "*", "_", "~", "\\",
  // Markdown structure
  ">", "> ", "> [!todo] ", "- ", "* ", "+ ", "1. ", "12) ", "- [ ] ", "- [x] ", "- [-] ", "[ ]", "[x]", "#", "## ", "###### ", "=", "===", "---", "...",
  // YAML indicators
  ":", ": ", "- ", "-", "?", "|", ">-", "'", '"', "''", "#", "{", "}", ",", "&", "*a", "!", "%", "@", "~", "null", "true",
  // white space and line ends
  " ", "  ", "    ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u2028",
  // text: names, joins, dates, numbers, emoji, lone surrogates, object property names
  "a", "Ann", "Bo Lee", " and ", "with", ", with ", "GOH", "25", "2024-01-05", "231130", "13:00", "😀", "\ud83d", "é",
  "constructor", "__proto__", "toString", "office-hours", "url", "date",
];

/** Opening and closing pieces that nest. */
const PAIRS: readonly [string, string][] = [
  ["[", "]"], ["(", ")"], ["[[", "]]"], ["{{", "}}"], ["<%", "%>"], ["`", "`"], ["**", "**"], ['"', '"'], ["> ", ""], ["- ", ""],
  ["[guest:: ", "]"], ["(a (", "))"], ["{", "}"], ["[a](", ")"],
];

/** Keys that put a motif where a reader looks hardest. */
const LINE_STARTS: readonly string[] = ["", "Guest:: ", "- [ ] ", "> ", "## ", "key: ", "  - ", "[guest:: ", "Guest: ", "1. "];

export interface Shape {
  /** What the input looks like, to report and to rebuild it from its seed. */
  description: string;
  /** The input at about `size` characters (a ladder grows by lines, so it is near, not exact). */
  build(size: number): string;
}

export function motif(rng: Rng, maxTokens = 5): string {
  const count = 1 + Math.floor(rng() * maxTokens);
  let out = "";
  for (let i = 0; i < count; i++) out += pick(rng, TOKENS);
  return out;
}

/** `unit` repeated to at least `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / Math.max(1, unit.length))));
}

const show = (text: string) => JSON.stringify(text.length > 40 ? text.slice(0, 40) + "…" : text);

type ShapeKind = (rng: Rng) => Shape;

/** The ways to grow a motif to any size. */
export const SHAPE_KINDS: Readonly<Record<string, ShapeKind>> = {
  "long line": (rng) => {
    const start = pick(rng, LINE_STARTS);
    const unit = motif(rng).replace(/[\r\n\u2028]/g, " ");
    return { description: `one line ${show(start)} + ${show(unit)}…`, build: (size) => start + repeatTo(unit, size) };
  },
  "many lines": (rng) => {
    const start = pick(rng, LINE_STARTS);
    const unit = start + motif(rng) + "\n";
    return { description: `lines of ${show(unit)}`, build: (size) => repeatTo(unit, size) };
  },
  nested: (rng) => {
    const [open, close] = pick(rng, PAIRS);
    const core = motif(rng);
    return {
      description: `${show(open)}… ${show(core)} …${show(close)}`,
      build: (size) => {
        const k = Math.ceil(size / Math.max(1, open.length + close.length));
        return open.repeat(k) + core + close.repeat(k);
      },
    };
  },
  "unclosed nesting": (rng) => {
    const [open] = pick(rng, PAIRS);
    const unit = open + motif(rng, 2);
    return { description: `${show(unit)} never closed`, build: (size) => repeatTo(unit, size) };
  },
  ladder: (rng) => {
    const unit = pick(rng, ["k:", "- ", "-", "> ", "- [ ] a", "k: v", "? k", "#"]) + motif(rng, 2).replace(/[\r\n\u2028]/g, "");
    const frontmatter = rng() < 0.5;
    return {
      description: `${frontmatter ? "frontmatter " : ""}indentation ladder of ${show(unit)}`,
      build: (size) => {
        const lines: string[] = [];
        for (let i = 0, total = 0; total < size; i++) {
          const line = " ".repeat(i) + unit;
          lines.push(line);
          total += line.length + 1;
        }
        return frontmatter ? `---\nk:\n${lines.map((l) => ` ${l}`).join("\n")}\n---\nGuest:: A\n- [ ] a\n` : lines.join("\n");
      },
    };
  },
  "in code": (rng) => {
    const inner = pick(rng, ["<%%>", "<% x %>", "{{title}}", "{{date}}", "[[a]]", "a::b", "{{x}}", "<%"]) + motif(rng, 2);
    const unit = "`" + inner + "`";
    return { description: `${show(unit)} repeated`, build: (size) => repeatTo(unit, size) };
  },
  "far closer": (rng) => {
    const unit = motif(rng, 3);
    const closer = pick(rng, ["%>", "}}", "]", ")", "`", "\n", "::", "]]", ":: x]", '"', "x) %>", "\n---\n"]);
    const start = pick(rng, ["", "<% tp.date.now(", "{{", "[", "---\nk: ", "Guest:: ", "`"]);
    return { description: `${show(start)} + ${show(unit)}… + ${show(closer)}`, build: (size) => start + repeatTo(unit, size) + closer };
  },
  "many fields": (rng) => {
    const key = pick(rng, ["Guest", "guest", "a", "constructor", "Status", "**Guest**", "[guest", "(guest"]);
    const unit = `${key}:: ${motif(rng, 2)}${pick(rng, ["\n", " ", "] ", ") "])}`;
    return { description: `fields ${show(unit)}`, build: (size) => repeatTo(unit, size) };
  },
  frontmatter: (rng) => {
    const unit = pick(rng, ["k: ", "- ", "  - ", "k:\n  ", "guests: [", "'", '"', "k: |\n  ", "k: >\n  "]) + motif(rng, 3) + "\n";
    return { description: `frontmatter of ${show(unit)}`, build: (size) => `---\n${repeatTo(unit, size)}---\nGuest:: A\n- [ ] a\n` };
  },
};

export const SHAPE_NAMES = Object.keys(SHAPE_KINDS);

/**
 * The shape a seed stands for, of the given kind (or the one the seed picks). The kind is
 * drawn either way, so shapeFor(seed, kind) rebuilds what shapeFor(seed) made of that kind.
 */
export function shapeFor(seed: number, kind?: string): Shape {
  const rng = seeded(seed);
  const drawn = pick(rng, SHAPE_NAMES);
  const name = kind ?? drawn;
  const make = SHAPE_KINDS[name];
  if (!make) throw new Error(`no shape kind ${name}`);
  const shape = make(rng);
  return { description: `${name}: ${shape.description} (seed ${seed})`, build: (size) => shape.build(size) };
}
