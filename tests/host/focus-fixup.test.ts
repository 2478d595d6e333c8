// @vitest-environment happy-dom
import "obsidian";
import { describe, expect, test } from "vitest";

describe("the focus fixup", () => {
  test("a focused checkbox or button that becomes disabled loses the focus to the body; enabled again, it does not get it back", () => {
    for (const el of [createEl("input", { type: "checkbox" }), createEl("button", { text: "Go" })]) {
      document.body.appendChild(el);
      el.focus();
      expect(document.activeElement).toBe(el);
      el.disabled = true;
      expect(el.disabled).toBe(true);
      expect(document.activeElement).toBe(document.body);
      el.disabled = false;
      expect(document.activeElement).toBe(document.body);
      el.remove();
    }
  });

  test("disabling a control that is not focused leaves the focus where it is", () => {
    const [a, b] = [createEl("input"), createEl("input")];
    document.body.append(a, b);
    a.focus();
    b.disabled = true;
    expect(document.activeElement).toBe(a);
    a.remove();
    b.remove();
  });
});
