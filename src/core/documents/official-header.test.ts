import { describe, expect, it } from "vitest";
import {
  authorityLine,
  deriveSymbol,
  numberLine,
  placeDateLine,
  recipientLines,
  roman,
  shortDate,
} from "./official-header.ts";

describe("placeDateLine (T54, NĐ 30 Annex I box 4)", () => {
  it("T54: a leading zero for days below 10 and for January", () => {
    expect(placeDateLine("Thanh Bình", "2026-01-05")).toBe("Thanh Bình, ngày 05 tháng 01 năm 2026");
  });

  it("T54: February gets a leading zero, a two-digit day does not change", () => {
    expect(placeDateLine("Hà Nội", "2026-02-15")).toBe("Hà Nội, ngày 15 tháng 02 năm 2026");
  });

  it("T54: months 3 to 9 have no leading zero; days below 10 still do", () => {
    expect(placeDateLine("Thanh Bình", "2026-03-01")).toBe("Thanh Bình, ngày 01 tháng 3 năm 2026");
    expect(placeDateLine("Thanh Bình", "2026-09-30")).toBe("Thanh Bình, ngày 30 tháng 9 năm 2026");
  });

  it("T54: months 10 to 12 as they are", () => {
    expect(placeDateLine("Thanh Bình", "2025-10-09")).toBe("Thanh Bình, ngày 09 tháng 10 năm 2025");
    expect(placeDateLine("Thanh Bình", "2025-12-31")).toBe("Thanh Bình, ngày 31 tháng 12 năm 2025");
  });

  it("trims the place name", () => {
    expect(placeDateLine("  Thanh Bình ", "2026-11-20")).toBe(
      "Thanh Bình, ngày 20 tháng 11 năm 2026",
    );
  });

  it("refuses a malformed or impossible date", () => {
    expect(() => placeDateLine("X", "5/1/2026")).toThrow(RangeError);
    expect(() => placeDateLine("X", "2026-02-30")).toThrow("Ngày không có thật: 2026-02-30");
    expect(() => placeDateLine("X", "2026-13-01")).toThrow(RangeError);
  });
});

describe("shortDate", () => {
  it("shows dd/mm/yyyy with zeros", () => {
    expect(shortDate("2026-03-01")).toBe("01/03/2026");
    expect(shortDate("2026-12-31")).toBe("31/12/2026");
  });
});

describe("numberLine (T54, NĐ 30 Annex I box 3)", () => {
  const base = { docType: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN XÃ THANH BÌNH" };

  it("T54: 'Số:' then the number and symbol", () => {
    expect(numberLine({ ...base, number: "15/KH-UBND" })).toBe("Số: 15/KH-UBND");
  });

  it("T54: numbers below 10 get a leading zero", () => {
    expect(numberLine({ ...base, number: "5/KH-UBND" })).toBe("Số: 05/KH-UBND");
    expect(numberLine({ ...base, number: "05/KH-UBND" })).toBe("Số: 05/KH-UBND");
  });

  it("NĐ 30 Art 15: a null number leaves a gap for hand numbering after signature", () => {
    expect(numberLine({ ...base, number: null })).toBe("Số:      /KH-UBND");
    expect(numberLine({ ...base, number: null, symbol: "TB-UBND" })).toBe("Số:      /TB-UBND");
  });

  it("no number line when the type has no Annex III abbreviation and no symbol is given", () => {
    expect(numberLine({ ...base, docType: "SỔ CÔNG KHAI THÔNG TIN", number: null })).toBeNull();
  });
});

describe("deriveSymbol (NĐ 30 Annex III §I)", () => {
  it("type abbreviation plus UBND for a People's Committee", () => {
    expect(deriveSymbol("Thông báo", "Ủy ban nhân dân xã A")).toBe("TB-UBND");
    expect(deriveSymbol("BÁO CÁO", "ỦY BAN NHÂN DÂN PHƯỜNG B")).toBe("BC-UBND");
  });

  it("the type alone for another issuer; null for an unknown type", () => {
    expect(deriveSymbol("KẾ HOẠCH", "CÔNG TY TNHH C")).toBe("KH");
    expect(deriveSymbol("SỔ", "ỦY BAN NHÂN DÂN XÃ A")).toBeNull();
    expect(deriveSymbol("Bản ghi nhớ", "THÔN ĐÔNG")).toBe("BGN");
    expect(deriveSymbol("BẢN THỎA THUẬN", "THÔN ĐÔNG")).toBe("BTT");
  });
});

describe("authorityLine (T56, NĐ 30 Art 13)", () => {
  it("T56: TM. before the collegial body", () => {
    expect(
      authorityLine({ prefix: "TM.", body: "Ủy ban nhân dân", title: "CHỦ TỊCH", name: "A" }),
    ).toBe("TM. ỦY BAN NHÂN DÂN");
  });

  it("T56: KT. before the head's position, for a deputy", () => {
    expect(
      authorityLine({ prefix: "KT.", body: "CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "B" }),
    ).toBe("KT. CHỦ TỊCH");
  });

  it("no line when the head signs in their own name", () => {
    expect(authorityLine({ prefix: null, title: "CHỦ TỊCH", name: "C" })).toBeNull();
  });
});

describe("recipientLines (T56, NĐ 30 Annex I box 9b)", () => {
  it("T56: each line '- …;' and the last '- Lưu: VT, <unit>.'", () => {
    expect(recipientLines(["UBND tỉnh", "Thường trực HĐND xã"], "VP")).toEqual([
      "- UBND tỉnh;",
      "- Thường trực HĐND xã;",
      "- Lưu: VT, VP.",
    ]);
  });

  it("normalises dashes and punctuation already typed, and drops a typed 'Lưu' line", () => {
    expect(recipientLines(["- Như trên;", "  ", "Lưu: VT."], "VP, 02b.")).toEqual([
      "- Như trên;",
      "- Lưu: VT, VP, 02b.",
    ]);
  });

  it("'- Lưu: VT.' when no drafting unit is named", () => {
    expect(recipientLines([])).toEqual(["- Lưu: VT."]);
  });

  it("a body with no clerical office files without 'VT'", () => {
    expect(recipientLines(["UBND xã Thanh Bình"], "hồ sơ thôn Đông", null)).toEqual([
      "- UBND xã Thanh Bình;",
      "- Lưu: hồ sơ thôn Đông.",
    ]);
  });
});

describe("roman", () => {
  it("writes headings and quarters", () => {
    expect([1, 2, 3, 4, 9, 14].map(roman)).toEqual(["I", "II", "III", "IV", "IX", "XIV"]);
    expect(() => roman(0)).toThrow(RangeError);
  });
});
