import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blindIndex, seal, unseal } from "./sealed.ts";

describe("sealed personal data (law2.md §9, T62)", () => {
  const key = randomBytes(32);
  it("round-trips and never contains the plain text", () => {
    const sealed = seal(key, "079203001234");
    expect(sealed.includes(Buffer.from("079203001234"))).toBe(false);
    expect(unseal(key, sealed).toString()).toBe("079203001234");
  });
  it("uses a fresh nonce each time", () => {
    expect(seal(key, "x").equals(seal(key, "x"))).toBe(false);
  });
  it("refuses a tampered ciphertext or the wrong key", () => {
    const sealed = seal(key, "079203001234");
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 1, sealed.length - 1);
    expect(() => unseal(key, sealed)).toThrow();
    expect(() => unseal(randomBytes(32), seal(key, "a"))).toThrow();
  });
  it("blind index is stable per secret and purpose", () => {
    expect(blindIndex("s", "cccd", "1").equals(blindIndex("s", "cccd", "1"))).toBe(true);
    expect(blindIndex("s", "cccd", "1").equals(blindIndex("t", "cccd", "1"))).toBe(false);
    expect(blindIndex("s", "cccd", "1").equals(blindIndex("s", "other", "1"))).toBe(false);
  });
});
