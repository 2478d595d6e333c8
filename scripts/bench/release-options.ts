// esbuild.config.mjs's release options, handed over by scripts/bench.mjs (which imports
// them) in an environment variable: a script bundled from TypeScript cannot import that
// .mjs file itself, and the bench must measure the very build users get.
import type { BuildOptions } from "esbuild";

export const RELEASE_OPTIONS_VARIABLE = "OFFICE_HOURS_RELEASE_OPTIONS";

export function releaseOptions(): BuildOptions {
  const text = process.env[RELEASE_OPTIONS_VARIABLE];
  if (text === undefined || text === "") throw new Error(`Run this through scripts/bench.mjs: it passes esbuild.config.mjs's options in ${RELEASE_OPTIONS_VARIABLE}.`);
  return JSON.parse(text) as BuildOptions;
}
