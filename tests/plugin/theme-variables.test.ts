// The screenshots are drawn with a stand-in theme (tests/screenshots/theme.css) that mimics
// Obsidian's default. A spacing variable styles.css uses that the stand-in lacks makes the
// whole declaration invalid in the picture (the Guests view's buttons sat on the card's
// border: `margin: var(--size-2-3) …` with no --size-2-3), while Obsidian draws it right.
// So every Obsidian spacing variable styles.css uses must be in the stand-in, with the
// value Obsidian's docs give (Reference › CSS variables › Foundations › Spacing).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const styles = readFileSync(join(root, "styles.css"), "utf8");
const theme = readFileSync(join(root, "tests", "screenshots", "theme.css"), "utf8");

describe("the stand-in theme defines the spacing variables styles.css uses", () => {
  const used = [...new Set([...styles.matchAll(/var\(--size-(\d+)-(\d+)\)/g)].map((m) => `--size-${m[1]}-${m[2]}`))];

  it("finds some to check", () => {
    expect(used.length).toBeGreaterThan(5);
  });

  it.each(used)("%s, as base × multiple pixels", (name) => {
    const [, base, times] = /--size-(\d+)-(\d+)/.exec(name) ?? [];
    expect(theme).toMatch(new RegExp(`${name}:\\s*${Number(base) * Number(times)}px;`));
  });
});
