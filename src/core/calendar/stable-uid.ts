// Calendar UIDs that stay the same when the same episode is exported again, so a
// calendar app updates its event instead of adding a second one.

import { utf8Bytes } from "./unicode";

// 64-bit FNV-1a in four 16-bit limbs, least significant first: JavaScript numbers are
// exact only to 53 bits, and BigInt literals are not available at the ES2018 target.
const OFFSET_BASIS = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/** 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  const h = [...OFFSET_BASIS] as [number, number, number, number];
  for (const byte of utf8Bytes(text)) {
    h[0] ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3: h * 0x1b3, plus h shifted left 40 bits
    // (limbs move up two places and 8 bits), then carry; bits past 64 fall away.
    const t = [h[0] * 0x1b3, h[1] * 0x1b3, h[2] * 0x1b3 + h[0] * 0x100, h[3] * 0x1b3 + h[1] * 0x100];
    let carry = 0;
    for (let k = 0; k < 4; k += 1) {
      const sum = (t[k] ?? 0) + carry;
      h[k] = sum & 0xffff;
      carry = Math.floor(sum / 0x10000);
    }
  }
  return h
    .map((limb) => limb.toString(16).padStart(4, "0"))
    .reverse()
    .join("");
}

/**
 * A UID such as "3f2a…9c@office-hours", the same for the same seed on every device and
 * run. The seed should name the episode by something that survives edits (the show
 * and the episode number, say), not the note's path, which changes on rename.
 */
export function stableUid(seed: string): string {
  return `${fnv1a64(seed)}@office-hours`;
}
