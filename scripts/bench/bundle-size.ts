// `node scripts/bench.mjs bundle-size`: where main.js's bytes go, by area of the plugin and by
// kind (code, user-facing text, word tables, regular expressions, date-fns), minified and
// gzipped, and what a 60 KB gzipped main.js would have to leave out (docs/bundle-size.md).
//
// It builds main.js as esbuild.config.mjs does, with a source map: each byte of the
// output is owned by the source file its mapping names. "gzipped" is measured two ways,
// since gzip is not additive: "alone" gzips an area's bytes by themselves, "saved" is
// what main.js's gzipped size drops by when that area's bytes are taken out (the honest
// figure for "what would leaving this out buy").
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { releaseOptions } from "./release-options";

const root = process.argv[2] ?? ".";
const KB = (bytes: number): string => (bytes / 1024).toFixed(1);
const gz = (text: string): number => gzipSync(Buffer.from(text, "utf8"), { level: 9 }).length;

const result = await build({ ...releaseOptions(), absWorkingDir: root, outfile: "main.js", sourcemap: "external", write: false, logLevel: "silent" });
const outputText = (ending: string): string => result.outputFiles?.find((f) => f.path.endsWith(ending))?.text ?? "";
const code = outputText(".js");
const map = JSON.parse(outputText(".map")) as { sources: string[]; mappings: string };

/** The owner (index into map.sources, -1 for esbuild's own glue) of each UTF-16 unit of the output. */
function owners(): Int16Array {
  const owner = new Int16Array(code.length).fill(-1);
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let source = 0;
  let lineStart = 0;
  const lines = map.mappings.split(";");
  for (const line of lines) {
    const lineEnd = code.indexOf("\n", lineStart) === -1 ? code.length : code.indexOf("\n", lineStart);
    let column = 0;
    let previous: { column: number; source: number } | null = null;
    for (const segment of line === "" ? [] : line.split(",")) {
      // Base64 VLQ: the generated column, then (when mapped) the source index, relative.
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const d = digits.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (previous) owner.fill(previous.source, lineStart + previous.column, lineStart + column);
      if (fields.length > 1) source += fields[1] ?? 0;
      previous = { column, source: fields.length > 1 ? source : -1 };
    }
    if (previous) owner.fill(previous.source, lineStart + previous.column, lineEnd);
    lineStart = lineEnd + 1;
  }
  return owner;
}

/** The feature area a source belongs to: core/ and plugin/ folders of one name are one area. */
const AREA_NAMES: Record<string, string> = {
  note: "note reader", vault: "vault index", status: "status and report", sidebar: "sidebar", episodes: "sidebar",
  tick: "ticking items", detect: "Detect shows", guests: "guests", "index-note": "index note (guest lists)",
  snippets: "snippets", calendar: "calendar (.ics, invites)", "new-episode": "new episode", live: "live show",
  reschedule: "reschedule", deadlines: "deadlines and agenda", agenda: "deadlines and agenda", settings: "settings",
  time: "dates and zones (own code)", text: "text helpers", ui: "shared UI parts",
};
function areaOf(source: string | undefined): string {
  if (source === undefined) return "esbuild's glue";
  if (source.includes("node_modules/")) return "date-fns and @date-fns/tz";
  const m = /src\/(?:core|plugin)\/([^/]+)\//.exec(source);
  const folder = m?.[1];
  return folder === undefined ? "wiring (main.ts, commands, clock)" : (AREA_NAMES[folder] ?? folder);
}

/** The kind of each unit of the output, from TypeScript's parse of the minified code. */
function kinds(): Uint8Array {
  const kind = new Uint8Array(code.length); // 0 code
  const file = ts.createSourceFile("main.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const isString = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
  const words = /\p{L}+[ \u00a0]+\p{L}+/u;
  // Returns nothing: forEachChild stops at the first child whose visit returns a value.
  const mark = (start: number, end: number, k: number): void => void kind.fill(k, start, end);
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) return mark(node.getStart(file), node.end, 3);
    const parent = node.parent as ts.Node | undefined;
    if (isString(node)) {
      // A word table: three or more strings side by side in one array (phrase lists, stop words).
      const inTable = parent !== undefined && ts.isArrayLiteralExpression(parent) && parent.elements.filter(isString).length >= 3;
      return mark(node.getStart(file), node.end, inTable ? 2 : words.test(node.text) ? 1 : 5);
    }
    // Property and method names: minify shortens local names, never these.
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && parent !== undefined && isNamedMember(parent) && parent.name === node) {
      return mark(node.getStart(file), node.end, 4);
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head, ...node.templateSpans.map((s) => s.literal)];
      const k = parts.some((p) => words.test(p.text)) ? 1 : 5;
      for (const p of parts) mark(p.getStart(file), p.end, k);
      for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, (child) => void visit(child));
  };
  visit(file);
  return kind;
}
function isNamedMember(node: ts.Node): node is ts.Node & { name: ts.Node } {
  return ts.isPropertyAccessExpression(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}
const KIND_NAMES = ["other code", "user-facing text (strings of two words or more)", "word tables (3+ strings in one array)", "regular expressions", "property and method names (minify keeps them)", "other strings (keys, CSS classes, tokens)"];

const owner = owners();
const kind = kinds();
const total = { min: Buffer.byteLength(code), gz: gz(code) };

interface Measure {
  min: number;
  alone: number;
  saved: number;
}

/** Bytes (UTF-8) and gzipped sizes of the units `select` selects, and what main.js saves without them. */
function measure(select: (unit: number) => boolean): Measure {
  let inside = "";
  let outside = "";
  let start = 0;
  for (let i = 1; i <= code.length; i++) {
    if (i === code.length || select(i) !== select(start)) {
      if (select(start)) inside += code.slice(start, i);
      else outside += code.slice(start, i);
      start = i;
    }
  }
  return { min: Buffer.byteLength(inside), alone: gz(inside), saved: total.gz - gz(outside) };
}

const sources = map.sources;
const areaOfUnit = Array.from(new Set(sources.map(areaOf)).add("esbuild's glue"));
const areaIndex = new Int8Array(code.length).map((_, i) => areaOfUnit.indexOf(areaOf(sources[owner[i] ?? -1])));
const dateFns = areaOfUnit.indexOf("date-fns and @date-fns/tz");

const table = (title: string, head: string[], rows: string[][]): void => {
  process.stdout.write(`\n${title}\n\n| ${head.join(" | ")} |\n|${head.map((h, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|\n`);
  for (const r of rows) process.stdout.write(`| ${r.join(" | ")} |\n`);
};

process.stdout.write(`main.js: ${KB(total.min)} KB minified, ${KB(total.gz)} KB gzipped (level 9), ${sources.length} source files\n`);

const areas = areaOfUnit.map((name, a) => ({ name, ...measure((i) => areaIndex[i] === a) })).sort((x, y) => y.min - x.min);
table("By area (core and plugin folders of one name together)", ["area", "minified KB", "share", "gzipped alone KB", "gzip saved without it KB"],
  areas.map((r) => [r.name, KB(r.min), `${Math.round((r.min / total.min) * 100)}%`, KB(r.alone), KB(r.saved)]));

// Kinds: date-fns counts whole as its own kind; the rest by what the parse says.
const kindRows: ({ name: string } & Measure)[] = [{ name: "date-fns and @date-fns/tz (all of it)", ...measure((i) => areaIndex[i] === dateFns) }];
for (let k = 0; k < KIND_NAMES.length; k++) kindRows.push({ name: KIND_NAMES[k] ?? "", ...measure((i) => areaIndex[i] !== dateFns && kind[i] === k) });
const accented = /[À-ÿ¿¡]/;
table("By kind (own code; strings as written in main.js, quotes included)", ["kind", "minified KB", "share", "gzipped alone KB", "gzip saved without it KB"],
  kindRows.map((r) => [r.name, KB(r.min), `${Math.round((r.min / total.min) * 100)}%`, KB(r.alone), KB(r.saved)]));
{
  const strings = measure((i) => areaIndex[i] !== dateFns && (kind[i] === 1 || kind[i] === 2 || kind[i] === 5));
  process.stdout.write(`\nEvery string and template of our own taken out: main.js ${KB(total.gz - strings.saved)} KB gzipped (${KB(total.min - strings.min)} KB minified)\n`);
  // A floor for text in other languages: strings with an accented letter or ¿ ¡ (esbuild writes them as \u escapes).
  const file = ts.createSourceFile("main.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  let bytes = 0;
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && accented.test(node.text)) bytes += node.end - node.getStart(file);
    else ts.forEachChild(node, (child) => void visit(child));
  };
  visit(file);
  process.stdout.write(`\nStrings holding an accented letter or ¿ ¡ (a floor for the Spanish, Portuguese, French and German text): ${KB(bytes)} KB minified\n`);
}

// The largest source files, for where to look first.
const perSource = new Map<number, number>();
for (const source of owner) perSource.set(source, (perSource.get(source) ?? 0) + 1);
const largest = [...perSource.entries()].filter(([s]) => s >= 0).sort((a, b) => b[1] - a[1]).slice(0, 15);
process.stdout.write(`\nLargest source files (minified KB): ${largest.map(([s, n]) => `${(sources[s] ?? "").replace(/^.*?(src\/|node_modules\/)/, "")} ${KB(n)}`).join(", ")}\n`);

// A 60 KB gzipped main.js: what the plugin cannot do without (reading notes, the index, the
// sidebar with its ticks, settings, dates), then each other area added to that alone.
const BASE = ["wiring (main.ts, commands, clock)", "esbuild's glue", "note reader", "vault index", "status and report", "sidebar", "ticking items", "settings", "dates and zones (own code)", "text helpers", "shared UI parts", "date-fns and @date-fns/tz"];
const inBase = new Uint8Array(areaOfUnit.length).map((_, a) => (BASE.includes(areaOfUnit[a] ?? "") ? 1 : 0));
const isBase = (i: number): boolean => inBase[areaIndex[i] ?? -1] === 1;
const base = measure(isBase);
process.stdout.write(`\nThe base alone (${BASE.join(", ")}): ${KB(base.min)} KB minified, ${KB(base.alone)} KB gzipped\n`);
const extras = areaOfUnit.filter((name) => !BASE.includes(name)).map((name) => {
  const a = areaOfUnit.indexOf(name);
  const withIt = measure((i) => isBase(i) || areaIndex[i] === a);
  return { name, added: withIt.alone - base.alone };
}).sort((x, y) => x.added - y.added);
table("Each other area added to the base", ["area", "gzipped KB added"], extras.map((r) => [r.name, KB(r.added)]));
