import { configDefaults, defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Time and calendar code must give the same answers whatever zone the device is in, so
// their tests run once per zone below. Each project's `env` reaches the forked worker's
// environment before it starts, so TZ is in force from the first Date the tests make
// (tests/core/time/process-zone.test.ts proves it). `isolate: false` lets each zone's
// worker run all its files in one module graph (the modules under test hold nothing but
// caches), which saves a fork and an import per file and keeps the matrix quick.
const TIME_ZONE_MATRIX = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata"];
const ZONE_SENSITIVE_TESTS = ["tests/core/time/**/*.test.ts", "tests/core/calendar/**/*.test.ts"];

export default defineConfig({
  resolve: {
    // The `obsidian` package ships types only; tests run the plugin against the
    // stand-in host in tests/host/, which follows obsidian.d.ts's documented behaviour.
    alias: { obsidian: fileURLToPath(new URL("./tests/host/obsidian.ts", import.meta.url)) },
  },
  test: {
    testTimeout: 20000,
    // Fixed fast-check seed unless FC_RANDOM=1 (see the file).
    setupFiles: ["tests/support/fast-check-seed.ts"],
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, ...ZONE_SENSITIVE_TESTS] },
      },
      ...TIME_ZONE_MATRIX.map((timeZone) => ({
        extends: true as const,
        test: { name: `TZ=${timeZone}`, include: ZONE_SENSITIVE_TESTS, env: { TZ: timeZone }, isolate: false },
      })),
    ],
  },
});
