import { describe, expect, it } from "vitest";
import {
  checkNumberFree,
  type DocumentNumber,
  formatNumber,
  type IssuedNumber,
  nextNumber,
  numberLine,
  parseNumber,
  symbolOf,
  type Variant,
} from "./numbering.ts";
import { refusal } from "./testing.ts";

describe("T54 (NĐ 30/2020 Annex I) and T58 (HD 36-HD/VPTW): the two written forms", () => {
  it.each<[DocumentNumber, string, string]>([
    [{ variant: "state", number: 5, symbol: "KH-UBND" }, "05/KH-UBND", "Số: 05/KH-UBND"],
    [{ variant: "state", number: 10, symbol: "BC-UBND" }, "10/BC-UBND", "Số: 10/BC-UBND"],
    [{ variant: "state", number: 1427, symbol: "UBND-NC" }, "1427/UBND-NC", "Số: 1427/UBND-NC"],
    [{ variant: "party", number: 109, symbol: "CV/ĐU" }, "109-CV/ĐU", "Số 109-CV/ĐU"],
    [{ variant: "party", number: 4, symbol: "TT/TU" }, "04-TT/TU", "Số 04-TT/TU"],
    [{ variant: "party", number: 9, symbol: "BC/ĐU" }, "09-BC/ĐU", "Số 09-BC/ĐU"],
  ])("T54/T58: %j → %s, “%s” — a leading zero below 10", (doc, text, line) => {
    expect(formatNumber(doc)).toBe(text);
    expect(numberLine(doc)).toBe(line);
  });

  it("T58: the colon after “Số” in a Party document is the issuer's choice (law2.md §8.2)", () => {
    expect(numberLine({ variant: "party", number: 109, symbol: "CV/ĐU" }, true)).toBe(
      "Số: 109-CV/ĐU",
    );
  });

  it.each<[Variant, Parameters<typeof symbolOf>[0]["type"], string, string | undefined, string]>([
    ["state", "ke_hoach", "UBND", undefined, "KH-UBND"],
    ["state", "bao_cao", "UBND", undefined, "BC-UBND"],
    ["state", "cong_van", "UBND", "VX", "UBND-VX"],
    ["state", "cong_van", "SNN", "VP", "SNN-VP"],
    ["state", "cong_van", "LĐLĐ", undefined, "LĐLĐ"], // seed 002: "550/LĐLĐ"
    ["state", "ke_hoach", "LĐLĐ", undefined, "KH-LĐLĐ"], // seed 002: "63/KH-LĐLĐ"
    ["party", "cong_van", "ĐU", undefined, "CV/ĐU"], // seed 003
    ["party", "chi_thi", "TU", undefined, "CT/TU"],
    ["party", "quy_dinh", "TW", undefined, "QĐi/TW"],
    ["state", "quy_dinh", "UBND", undefined, "QyĐ-UBND"],
  ])("T54/T58: %s %s of %s (%s) → %s", (variant, type, issuer, draftingUnit, symbol) => {
    expect(symbolOf({ variant, type, issuer, ...(draftingUnit ? { draftingUnit } : {}) })).toBe(
      symbol,
    );
  });

  it("T54: a state document has no “Kết luận” or “Thông tri” type; an abbreviation has no spaces", () => {
    expect(
      refusal(() => symbolOf({ variant: "state", type: "ket_luan", issuer: "UBND" })).message,
    ).toBe(
      "Văn bản hành chính nhà nước không có loại “Kết luận” (T54, NĐ 30/2020/NĐ-CP Phụ lục I).",
    );
    expect(
      refusal(() => symbolOf({ variant: "state", type: "ke_hoach", issuer: "UB ND" })).message,
    ).toBe(
      "Chữ viết tắt tên cơ quan ban hành “UB ND” chỉ gồm chữ và số, các phần nối bằng dấu “-”, không có khoảng trắng.",
    );
  });
});

describe("T54/T58: reading numbers as the seeds print them", () => {
  it.each<[string, DocumentNumber, string]>([
    ["Số 109 -CV/ĐU", { variant: "party", number: 109, symbol: "CV/ĐU" }, "109-CV/ĐU"], // seed 003
    ["171-CV/BTGDVTU", { variant: "party", number: 171, symbol: "CV/BTGDVTU" }, "171-CV/BTGDVTU"],
    ["11-QĐi/TW", { variant: "party", number: 11, symbol: "QĐi/TW" }, "11-QĐi/TW"],
    ["05-CT/TU", { variant: "party", number: 5, symbol: "CT/TU" }, "05-CT/TU"],
    ["Số: 15/QĐ-BNV", { variant: "state", number: 15, symbol: "QĐ-BNV" }, "15/QĐ-BNV"],
    ["63/KH-LĐLĐ", { variant: "state", number: 63, symbol: "KH-LĐLĐ" }, "63/KH-LĐLĐ"],
    ["550/LĐLĐ", { variant: "state", number: 550, symbol: "LĐLĐ" }, "550/LĐLĐ"],
    [
      "167/HDLN-BCĐ-HĐTĐ",
      { variant: "state", number: 167, symbol: "HDLN-BCĐ-HĐTĐ" },
      "167/HDLN-BCĐ-HĐTĐ",
    ],
    ["346/QĐ-TTg", { variant: "state", number: 346, symbol: "QĐ-TTg" }, "346/QĐ-TTg"],
    [
      "25/2021/QĐ-TTg",
      { variant: "state", number: 25, symbol: "QĐ-TTg", year: 2021 },
      "25/2021/QĐ-TTg",
    ],
    ["5/KH-UBND", { variant: "state", number: 5, symbol: "KH-UBND" }, "05/KH-UBND"],
  ])("T54/T58: “%s”", (text, parsed, normalised) => {
    expect(parseNumber(text)).toEqual(parsed);
    expect(formatNumber(parsed)).toBe(normalised);
  });

  it.each<[string, Variant | undefined, string]>([
    ["  ", undefined, "Chưa nhập số, ký hiệu văn bản."],
    [
      "Số: /SNN-VP", // seed 004, left blank to number by hand
      undefined,
      "Văn bản chưa được đánh số: văn bản nhà nước ghi như 05/KH-UBND, văn bản của Đảng ghi như 109-CV/ĐU.",
    ],
    [
      "00/KH-UBND",
      undefined,
      "Số văn bản bắt đầu từ 01, không có số 0 (T55, NĐ 30/2020/NĐ-CP Điều 15).",
    ],
    [
      "KH-UBND/05",
      undefined,
      "Số, ký hiệu “KH-UBND/05” không đúng dạng: văn bản nhà nước ghi như 05/KH-UBND, văn bản của Đảng ghi như 109-CV/ĐU.",
    ],
    [
      "05 / KH UBND",
      undefined,
      "Số, ký hiệu “05 / KH UBND” không đúng dạng: văn bản nhà nước ghi như 05/KH-UBND, văn bản của Đảng ghi như 109-CV/ĐU.",
    ],
    [
      "109-CV/ĐU",
      "state",
      "Văn bản hành chính nhà nước ghi dấu “/” giữa số và ký hiệu (ví dụ 05/KH-UBND); dấu “-” sau số là cách ghi của văn bản của Đảng (T54, NĐ 30/2020/NĐ-CP Phụ lục I).",
    ],
    [
      "05/KH-UBND",
      "party",
      "Văn bản của Đảng ghi dấu “-” giữa số và tên loại, dấu “/” trước cơ quan ban hành (ví dụ 109-CV/ĐU) (T58, Hướng dẫn 36-HD/VPTW).",
    ],
  ])("T54/T58: “%s” (expected %s) is refused", (text, expected, message) => {
    expect(refusal(() => parseNumber(text, expected))).toMatchObject({
      reason: "invalid_number",
      status: 400,
      field: "number",
      message,
    });
  });
});

describe("T55 (NĐ 30/2020 Art 15): numbers restart at 01 each 1 January, once per issuer and year", () => {
  const issued: IssuedNumber[] = [
    {
      issuer: "ubnd-hong-an",
      series: "regular",
      number: 1,
      symbol: "KH-UBND",
      issuedOn: "2026-01-05",
    },
    {
      issuer: "ubnd-hong-an",
      series: "regular",
      number: 2,
      symbol: "BC-UBND",
      issuedOn: "2026-01-20",
    },
    {
      issuer: "ubnd-hong-an",
      series: "regular",
      number: 37,
      symbol: "UBND-VX",
      issuedOn: "2026-12-30",
    },
    {
      issuer: "ubnd-hong-an",
      series: "confidential",
      number: 3,
      symbol: "BC-UBND",
      issuedOn: "2026-06-01",
    },
    {
      issuer: "du-hong-an",
      series: "regular",
      number: 109,
      symbol: "CV/ĐU",
      issuedOn: "2026-08-28",
    },
  ];
  const key = (issuer: string, series: string, issuedOn: string) => ({ issuer, series, issuedOn });

  it.each([
    [key("ubnd-hong-an", "regular", "2026-12-31"), 38],
    [key("ubnd-hong-an", "regular", "2027-01-01"), 1],
    [key("ubnd-hong-an", "confidential", "2026-12-31"), 4],
    [key("du-hong-an", "regular", "2026-09-01"), 110],
    [key("mttq-hong-an", "regular", "2026-09-01"), 1],
  ])("T55: %j → %i", (k, number) => {
    expect(nextNumber(issued, k)).toBe(number);
  });

  it("T55: a number used in the series that year is refused, with the document that has it", () => {
    const error = refusal(() =>
      checkNumberFree(issued, { ...issued[1]!, symbol: "TB-UBND", issuedOn: "2026-02-02" }),
    );
    expect(error).toMatchObject({
      reason: "duplicate_number",
      message:
        "Số 02 năm 2026 đã cấp ngày 20/01/2026 cho văn bản ký hiệu BC-UBND; mỗi số chỉ cấp một lần trong năm (T55, NĐ 30/2020/NĐ-CP Điều 15).",
    });
  });

  it("T55: the same number and symbol in another series of the same year is refused too", () => {
    const sameSymbol = { ...issued[3]!, series: "regular" };
    expect(refusal(() => checkNumberFree(issued, sameSymbol)).reason).toBe("duplicate_number");
  });

  it("T55: the same number is free next year, for another issuer, and in a separate series with its own symbol", () => {
    expect(() => checkNumberFree(issued, { ...issued[1]!, issuedOn: "2027-01-20" })).not.toThrow();
    expect(() => checkNumberFree(issued, { ...issued[1]!, issuer: "mttq-hong-an" })).not.toThrow();
    expect(() =>
      checkNumberFree(issued, { ...issued[1]!, series: "confidential", symbol: "TB-UBND" }),
    ).not.toThrow();
    expect(
      refusal(() => checkNumberFree(issued, { ...issued[1]!, number: 0, issuedOn: "2027-01-01" }))
        .message,
    ).toBe(
      "Số văn bản phải là số nguyên từ 01 trở lên, nhận được: 0 (T55, NĐ 30/2020/NĐ-CP Điều 15).",
    );
  });
});
