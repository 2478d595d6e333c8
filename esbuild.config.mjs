// Builds the plugin bundle (main.js). `node esbuild.config.mjs production` makes the
// minified release build; without the argument it watches and rebuilds for development.
// The options are exported so that the bench (scripts/bench.mjs) measures the very same build.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { pathToFileURL } from "node:url";

/** The release build's options, without the output file (main.js, or OFFICE_HOURS_OUTFILE). */
export const releaseOptions = {
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  // ES2020 keeps `?.` and `??` as written instead of expanding them (7 KB less gzipped than
  // es2018). The oldest webviews Obsidian's mobile apps meet have them: Safari from iOS 13.4,
  // Chrome 80 on Android; desktop's Electron is far newer. ES2022 would save 0.3 KB gzipped
  // more (docs/bundle-size.md) and lose iOS 14 and older: not worth it.
  target: "es2020",
  platform: "browser",
  treeShaking: true,
  minify: true,
  legalComments: "none",
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const production = process.argv[2] === "production";
  const context = await esbuild.context({
    ...releaseOptions,
    logLevel: production ? "warning" : "info",
    sourcemap: production ? false : "inline",
    minify: production,
    outfile: process.env.OFFICE_HOURS_OUTFILE ?? "main.js",
  });
  if (production) {
    await context.rebuild();
    await context.dispose();
  } else {
    await context.watch();
  }
}
