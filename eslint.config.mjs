// Lint: the Obsidian directory's own rules (eslint-plugin-obsidianmd, recommended and
// type-aware) over the whole project, zero warnings allowed (see package.json), plus
// the architecture rule that src/core/ stays pure.
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { globalIgnores } from "eslint/config";

export default tseslint.config(
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".json"],
      },
    },
  },
  ...obsidianmd.configs.recommended,
  {
    // The core is shared by the plugin and the command-line tool: it may name
    // Obsidian's types but never load a value from it, and it must not touch Node
    // or the DOM, so it stays testable and portable.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "obsidian", message: "src/core/ is pure: import Obsidian types with `import type` only.", allowTypeImports: true },
          ],
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core/ is pure: no Node APIs." },
            { group: ["**/plugin/**", "**/cli/**", "**/main"], message: "src/core/ must not depend on its shells." },
          ],
        },
      ],
    },
  },
  {
    // Node-side code: the command-line shell, build/demo/bench scripts and tests run
    // under Node.js by design and never ship in main.js, so Node built-ins are allowed.
    files: ["src/cli/**/*.ts", "tests/**/*.ts", "scripts/**/*.ts", "scripts/**/*.mjs", "*.mjs", "vitest.config.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "import/no-nodejs-modules": "off",
      // No Vault here to ask for configDir: the command-line tool takes --config-dir.
      "obsidianmd/hardcoded-config-path": "off",
      // Popout windows do not exist under Node: `global` is the only global object here.
      "obsidianmd/no-global-this": "off",
    },
  },
  {
    // The manifest the directory reads: checked with the directory's own rule.
    files: ["manifest.json"],
    plugins: { obsidianmd },
    languageOptions: { parser: tseslint.parser },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
  globalIgnores(["node_modules", "dist", "main.js", "demo-vault", ".bench", "coverage", "docs", "tests/fixtures"]),
);
