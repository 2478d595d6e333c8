// Slugs of titles in Chinese, Japanese and Korean (src/core/note/slug.ts): the letters are
// kept, as Obsidian's file names allow them; a title of letters never slugs to nothing, and
// every name made with `{{topic:slug}}` is a safe file name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "../../../src/core/note/slug";
import { renderName } from "../../../src/core/note/name-pattern";
import { episodePath } from "../../../src/core/new-episode/naming";
import { validateDraft, type EpisodeDraft } from "../../../src/core/new-episode/new-episode";
import { normalizePath } from "obsidian";

const FORBIDDEN = /[/\\:*?"<>|]/;

describe("titles in other scripts", () => {
  it.each([
    ["Rustの話", "rustの話"],
    ["配信 第3回: 振り返り", "配信-第3回-振り返り"],
    ["러스트 이야기", "러스트-이야기"],
    ["可观测性 / 入门?", "可观测性-入门"],
    ["ＯＢＳ 配信", "ｏｂｓ-配信"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("a Korean or Chinese slug of two words reads back as a slug (Detect's `{{topic:slug}}` rule)", () => {
    expect(isSlug("러스트-이야기")).toBe(true);
    expect(isSlug("可观测性-入门")).toBe(true);
  });

  it("the new-episode form takes a topic of CJK letters for a slugged pattern, and refuses one of punctuation only", () => {
    const draft: EpisodeDraft = { number: 3, date: "2026-03-03", time: "18:00", topic: "配信の話", guests: [] };
    expect(validateDraft(draft, [], "{{date}}-{{topic:slug}}").topic).toBeUndefined();
    expect(validateDraft({ ...draft, topic: "？！・" }, [], "{{date}}-{{topic:slug}}").topic).toMatch(/at least one letter or digit/);
  });
});

describe("for every title", () => {
  const cjk = fc.constantFrom(..."配信話回第の振り返り러스트이야기可观测性入门ラジオ한국어中文".split(""));
  const other = fc.constantFrom(..."/\\:*?\"<>| .,&'’😀-_#%\t".split(""), "a", "Z", "é", "9");
  const title = fc.array(fc.oneof(cjk, other), { minLength: 1, maxLength: 30 }).map((a) => a.join(""));

  it("the slug keeps every CJK letter in order, holds no character a file name may not, and is empty only without a letter or digit", () => {
    fc.assert(
      fc.property(title, (t) => {
        const slug = slugify(t);
        const letters = [...t].filter((c) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c)).join("");
        expect(slug.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, "")).toBe(letters);
        expect(FORBIDDEN.test(slug) || /\s/.test(slug)).toBe(false);
        expect(slug === "").toBe(!/[\p{L}\p{N}]/u.test(t));
      }),
    );
  });

  it("a name made with {{date}}-{{topic:slug}} is one safe, non-empty file name in the show's folder", () => {
    fc.assert(
      fc.property(title, (t) => {
        const name = renderName("{{date}}-{{topic:slug}}", { code: "", number: "", date: "2026-03-03", topic: t, guests: "", show: "配信" });
        const path = episodePath("配信", name);
        expect(normalizePath(path)).toBe(path);
        const file = path.slice("配信/".length);
        expect(file.endsWith(".md") && file.length > 3).toBe(true);
        expect(FORBIDDEN.test(file)).toBe(false);
      }),
    );
  });
});
