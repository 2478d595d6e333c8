import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    // The `obsidian` package ships types only; tests run the plugin against the
    // stand-in host in tests/host/, which follows obsidian.d.ts's documented behaviour.
    alias: { obsidian: fileURLToPath(new URL("./tests/host/obsidian.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20000,
    pool: "forks",
  },
});
