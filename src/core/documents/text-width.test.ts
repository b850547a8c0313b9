import { describe, expect, it } from "vitest";
import { TIEU_NGU } from "./official-header.ts";
import { boldWidth, wrappedWidth } from "./text-width.ts";

const mm = (twips: number) => (twips * 25.4) / 1440;

describe("boldWidth (rules of NĐ 30 Annex I boxes 1, 2, 5a)", () => {
  it("a Vietnamese letter is as wide as its base letter", () => {
    expect(boldWidth("Độc lập", 14)).toBe(boldWidth("Doc lap", 14));
    expect(boldWidth("ỦY BAN", 13)).toBe(boldWidth("UY BAN", 13));
  });

  it("the Tiêu ngữ at 14 pt measures about 6 cm, as in printed documents", () => {
    expect(mm(boldWidth(TIEU_NGU, 14))).toBeGreaterThan(57);
    expect(mm(boldWidth(TIEU_NGU, 14))).toBeLessThan(64);
  });

  it("scales with the point size", () => {
    expect(boldWidth("ABC", 26)).toBe(2 * boldWidth("ABC", 13));
  });
});

describe("wrappedWidth", () => {
  it("is the widest line after word wrapping, never wider than the box", () => {
    const issuer = "ỦY BAN NHÂN DÂN XÃ THANH BÌNH";
    expect(wrappedWidth(issuer, 13, 100_000)).toBe(boldWidth(issuer, 13));
    expect(wrappedWidth(issuer, 13, boldWidth("ỦY BAN NHÂN DÂN XÃ", 13))).toBe(
      boldWidth("ỦY BAN NHÂN DÂN XÃ", 13),
    );
    expect(wrappedWidth("A\nABCDEFG", 13, 100_000)).toBe(boldWidth("ABCDEFG", 13));
    expect(wrappedWidth("NGHIÊNG", 13, 100)).toBe(100);
  });
});
