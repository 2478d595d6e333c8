// The StreamYard link found in a note's body is taken whole (its ?query and #fragment
// are part of the link), and punctuation that ends the sentence around it is not.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { noteStudioLink } from "../../src/core/snippets/studio-link";
import { readNote } from "../support/notes";

function linkIn(body: string): string | null {
  const text = `---\ndate: 2024-02-15\n---\n# Episode\n\n${body}\n`;
  return noteStudioLink(readNote("Shows/Ep 1.md", text), text);
}

describe("a StreamYard link in the body", () => {
  it("keeps its query and fragment", () => {
    expect(linkIn("https://streamyard.com/v56yt9b6ry?guest=1&lang=es")).toBe("https://streamyard.com/v56yt9b6ry?guest=1&lang=es");
    expect(linkIn("Studio: https://streamyard.com/v56yt9b6ry?x=a%20b#top here")).toBe("https://streamyard.com/v56yt9b6ry?x=a%20b#top");
  });

  it("leaves out the sentence's punctuation and a Markdown link's closing parenthesis", () => {
    expect(linkIn("Join at https://streamyard.com/abc?g=1.")).toBe("https://streamyard.com/abc?g=1");
    expect(linkIn("Join (https://streamyard.com/abc?g=1), then wait.")).toBe("https://streamyard.com/abc?g=1");
    expect(linkIn("[studio](https://streamyard.com/abc?g=1)")).toBe("https://streamyard.com/abc?g=1");
    expect(linkIn("https://streamyard.com/abc/, or ask")).toBe("https://streamyard.com/abc/");
    expect(linkIn("is it https://streamyard.com/abc?")).toBe("https://streamyard.com/abc");
  });

  it("the home page alone is no studio link", () => {
    expect(linkIn("[Streamyard](https://streamyard.com), then https://streamyard.com/?x=1")).toBeNull();
  });

  it("any query of URL characters comes back whole, whatever punctuation follows", () => {
    const queryChar = fc.constantFrom(..."abcXYZ019-_.~%=&+/:@!$,;*".split(""));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{4,12}$/), fc.array(queryChar, { minLength: 1, maxLength: 20 }), fc.constantFrom("", ".", ",", ")", ";", "!", "?", ":"), (id, q, end) => {
        const query = `q=${q.join("")}x`;
        expect(linkIn(`See https://streamyard.com/${id}?${query}${end} soon`)).toBe(`https://streamyard.com/${id}?${query}`);
      }),
    );
  });
});
