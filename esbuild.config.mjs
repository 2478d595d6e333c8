// Builds the plugin bundle (main.js). `node esbuild.config.mjs production` makes the
// minified release build; without the argument it watches and rebuilds for development.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";
const outfile = process.env.OFFICE_HOURS_OUTFILE ?? "main.js";

const context = await esbuild.context({
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
  // Chrome 80 on Android; desktop's Electron is far newer.
  target: "es2020",
  platform: "browser",
  logLevel: production ? "warning" : "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  legalComments: "none",
  outfile,
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
