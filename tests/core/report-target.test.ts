// The report's guest link rule (reportedTarget) for every input: what it hands on is a link
// the plugin follows, a web page or a note, never a script, a data URL or a forged line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportedTarget } from "../../src/core/status/report";
import { webLink } from "../../src/core/snippets/web-link";
import { isWebAddress } from "../../src/core/guests/mention";

const schemes = fc.constantFrom("javascript:", "JavaScript:", "data:", "mailto:", "file:", "vbscript:", "https://", "http://", "HTTPS://", "obsidian://", "//", "");
const target = fc.tuple(fc.constantFrom("", " ", "\t"), schemes, fc.string({ maxLength: 30 })).map(([space, scheme, rest]) => space + scheme + rest);

describe("reportedTarget", () => {
  it("is null, a web page webLink accepts, or a note link with no scheme, no control character and no //", () => {
    fc.assert(
      fc.property(target, (written) => {
        const reported = reportedTarget(written);
        if (reported === null) return;
        expect(reported).toBe(written.trim());
        if (isWebAddress(reported)) expect(webLink(reported)).toBe(reported);
        else {
          expect(reported).not.toMatch(/^\/\/|\p{Cc}/u);
          expect(reported).not.toBe("");
        }
      }),
    );
  });

  it("keeps what the plugin follows", () => {
    expect(reportedTarget("https://example.com/in/ann")).toBe("https://example.com/in/ann");
    expect(reportedTarget(" People/Ann Lee ")).toBe("People/Ann Lee");
    expect([reportedTarget("javascript:alert(1)"), reportedTarget("Ann\nLee"), reportedTarget(null), reportedTarget("obsidian://open?x")]).toEqual([null, null, null, null]);
  });
});
