// A note path typed into the settings (the index note) stays inside the vault.
import { describe, expect, it } from "vitest";
import { checkNotePath } from "../../src/core/vault/vault-path";

describe("checkNotePath", () => {
  it.each([
    ["Office Hours/Index", "Office Hours/Index.md"],
    ["  Shows\\GOH\\Readme.MD ", "Shows/GOH/Readme.MD"],
    ["Grafana Office Hours Readme", "Grafana Office Hours Readme.md"],
    ["a//b", "a/b.md"],
    ["Notes/v1..2", "Notes/v1..2.md"],
  ])("accepts %j as %j", (input, path) => {
    expect(checkNotePath(input)).toEqual({ ok: true, path });
  });

  it.each([
    ["../../x", "leaves its folder"],
    ["Shows/../../x", "leaves its folder"],
    ["./x", "leaves its folder"],
    ["Shows/ .. /x", "leaves its folder"],
    ["/etc/x", "is not a path inside the vault"],
    ["\\\\server\\share\\x", "is not a path inside the vault"],
    ["C:\\Users\\x", "is not a path inside the vault"],
    ["c:x", "is not a path inside the vault"],
    ["~/x", "is not a path inside the vault"],
    [".obsidian/plugins/x", "hidden folder"],
    ["Shows/.hidden", "hidden folder"],
    ["", "empty"],
  ])("refuses %j: %s", (input, why) => {
    const checked = checkNotePath(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain(why);
  });
});
