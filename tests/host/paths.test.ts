import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalizePath } from "./paths";

describe("normalizePath follows the documented rules", () => {
  test.each([
    ["//my-folder\\file", "my-folder/file"],
    ["folder/sub//note.md", "folder/sub/note.md"],
    ["/leading/and/trailing/", "leading/and/trailing"],
    ["back\\\\slashes\\too", "back/slashes/too"],
    ["non\u00A0breaking\u00A0space.md", "non breaking space.md"],
    ["Cafe\u0301.md", "Café.md"],
    ["", "/"],
    ["/", "/"],
    ["///", "/"],
    ["Episodes/GOH 12 - Govable.md", "Episodes/GOH 12 - Govable.md"],
  ])("%j → %j", (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });

  test("keeps names as they are otherwise: no trimming of dots or spaces inside segments", () => {
    expect(normalizePath("a /b. /c")).toBe("a /b. /c");
  });

  test("is idempotent and never leaves a slash at either end or doubled", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const once = normalizePath(input);
        expect(normalizePath(once)).toBe(once);
        if (once !== "/") expect(once).not.toMatch(/^\/|\/$|\/\/|\\|\u00A0/);
      }),
    );
  });
});
