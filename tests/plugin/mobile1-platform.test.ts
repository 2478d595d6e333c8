// Obsidian's mobile app has no Node.js and no Electron: a plugin that touches `process`,
// `Buffer`, `require`, `__dirname` or `global`, or imports anything but `obsidian` at run
// time, breaks there (the manifest says isDesktopOnly: false). The lint forbids importing
// Node's modules, but not Node's globals: @types/node is in the project's types (the tests
// and the command-line tool need it), so `process.env.X` in src/plugin/ type-checks and
// lints clean. This reads the plugin's whole module graph with TypeScript's checker and
// names every use of a value only Node declares, every call of window.open (on a phone it
// opens nothing for a file path), and builds main.js to see what it imports.
// Also: styles.css keeps to Obsidian's CSS variables (no colour of its own), and its mobile
// rules sit under Obsidian's body classes.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { builtinModules } from "node:module";
import { build } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** Is `node` inside a type (an annotation, an interface), where a Node type costs nothing at run time? */
function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isImportDeclaration(n)) return true;
    if (ts.isExpressionStatement(n) || ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

const fromNodeTypes = (decl: ts.Declaration) => decl.getSourceFile().fileName.includes("/@types/node/");
/** Window.open, as a method (window.open, activeWindow.open) or the global function open(). */
const isWindowOpen = (decl: ts.Declaration) =>
  decl.getSourceFile().fileName.endsWith("lib.dom.d.ts") &&
  ((ts.isMethodSignature(decl) && decl.name.getText() === "open" && ts.isInterfaceDeclaration(decl.parent) && decl.parent.name.text === "Window") ||
    (ts.isFunctionDeclaration(decl) && decl.name?.text === "open"));

/**
 * What in the module graph of `entries` (our files, not node_modules) would fail in the mobile
 * app: each as "path:line name".
 */
export function mobileProblems(entries: string[]): string[] {
  const program = ts.createProgram({
    rootNames: entries,
    options: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"], types: ["node"], resolveJsonModule: true, strict: true, noEmit: true, skipLibCheck: true, typeRoots: [join(ROOT, "node_modules", "@types")] },
  });
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes("/node_modules/")) continue;
    const visit = (node: ts.Node): void => {
      // The object of a member access is checked (process in process.env), not the member.
      const member = node.parent !== undefined && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
      if (ts.isIdentifier(node) && !inType(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const decls = symbol?.declarations ?? [];
        const where = `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (!member && decls.length > 0 && decls.every(fromNodeTypes)) problems.push(`${where} ${node.text} (Node.js only)`);
        else if (decls.some(isWindowOpen)) problems.push(`${where} window.open`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return problems;
}

describe("the plugin runs in Obsidian's mobile app", () => {
  // One program for both (the checker's start is most of the time): the plugin's graph from
  // main.ts, and a probe file (type-checked with the tests, never bundled) that uses each
  // thing once, and Vault.process, which is Obsidian's, not Node's.
  const PROBE = join(import.meta.dirname, "mobile1-platform-probe.ts");
  let problems: string[] | null = null;
  const found = () => (problems ??= mobileProblems([join(ROOT, "src", "main.ts"), PROBE]));
  const inProbe = (p: string) => p.startsWith(relative(ROOT, PROBE));

  it("uses no Node.js global and never calls window.open, anywhere in main.ts's module graph", () => {
    expect(found().filter((p) => !inProbe(p))).toEqual([]);
  }, 120_000);

  it("the check names Node's globals and window.open, and not a method that shares a name", () => {
    const named = found().filter(inProbe).map((p) => p.replace(/^[^ ]* /, ""));
    expect(named.sort()).toEqual(["Buffer (Node.js only)", "__dirname (Node.js only)", "global (Node.js only)", "process (Node.js only)", "require (Node.js only)", "window.open", "window.open"].sort());
  }, 120_000);

  it("main.js imports nothing at run time but obsidian", async () => {
    // esbuild.config.mjs's way (it cannot be imported from here): what the desktop app
    // provides is left out as external, so each one the code imports shows in the metafile.
    const result = await build({
      entryPoints: [join(ROOT, "src", "main.ts")],
      bundle: true,
      format: "cjs",
      platform: "browser",
      target: "es2020",
      external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      write: false,
      metafile: true,
      outfile: join(ROOT, "main.js"),
      logLevel: "silent",
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
    expect(imports.length).toBeGreaterThan(0);
    expect([...new Set(imports)]).toEqual(["obsidian"]);
    // And no require() of anything else slipped in as text (a dependency's own require call).
    const text = result.outputFiles.map((f) => f.text).join("\n");
    const required = [...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(["obsidian"]);
  }, 60_000);
});

describe("styles.css in every theme and on mobile", () => {
  const css = readFileSync(join(ROOT, "styles.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

  it("names no colour of its own: every colour is one of Obsidian's variables", () => {
    const literals = [...css.matchAll(/#[0-9a-fA-F]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(\s*\d|:\s*(?:white|black|red|green|blue|gray|grey)\s*[;!]/g)].map((m) => m[0]);
    expect(literals).toEqual([]);
  });

  it("keeps its phone and tablet rules under Obsidian's body classes, not under a screen width", () => {
    // A media query on width would also fire in a narrow desktop pane, and miss a tablet's wide one.
    expect(css).not.toMatch(/@media[^{]*width/);
    const mobile = [...css.matchAll(/([^{}]+)\{/g)].map((m) => (m[1] ?? "").trim()).filter((s) => /is-(mobile|phone|tablet)/.test(s));
    expect(mobile.length).toBeGreaterThan(3);
    for (const selector of mobile) for (const part of selector.split(",")) expect(part.trim()).toMatch(/^(body(:not\()?)?\.is-(mobile|phone|tablet)\b|^body:not\(\.is-mobile\)/);
  });
});
