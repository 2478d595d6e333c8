import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fnv1a64, stableUid } from "../../../src/core/calendar/stable-uid";
import { anyText } from "./arbitraries";

/** 64-bit FNV-1a with BigInt, straight from the definition, over Node's UTF-8 bytes. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

describe("fnv1a64", () => {
  it("matches the published test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("matches a BigInt implementation for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fnv1a64(text)).toBe(reference(text));
      }),
    );
  });
});

describe("stableUid", () => {
  it("is the same for the same seed and different for different seeds", () => {
    expect(stableUid("Grafana Office Hours #25")).toBe(stableUid("Grafana Office Hours #25"));
    expect(stableUid("Grafana Office Hours #25")).not.toBe(stableUid("Grafana Office Hours #26"));
    expect(stableUid("Grafana Office Hours #25")).toMatch(/^[0-9a-f]{16}@office-hours$/);
  });

  it("has no collisions among many episode seeds", () => {
    const uids = new Set<string>();
    for (let show = 0; show < 20; show += 1) for (let episode = 0; episode < 1000; episode += 1) uids.add(stableUid(`show ${show} #${episode}`));
    expect(uids.size).toBe(20_000);
  });
});
