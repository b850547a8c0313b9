import { describe, expect, it } from "vitest";
import { defaultLunarNewYearDays, statutoryHolidays } from "./holidays.ts";

describe("T5 (BLLĐ Art 112.1, 112.3): the statutory holidays of a year", () => {
  it("2026: 01/01, five Tết days, 10/3 lunar, 30/4, 01/5, 02/9 and a defaulted 01/9", () => {
    expect(statutoryHolidays(2026).map((h) => [h.date, h.name, h.defaulted])).toEqual([
      ["2026-01-01", "Tết Dương lịch", false],
      ["2026-02-16", "Tết Âm lịch (ngày cuối năm âm lịch)", true],
      ["2026-02-17", "Tết Âm lịch (mùng 1)", true],
      ["2026-02-18", "Tết Âm lịch (mùng 2)", true],
      ["2026-02-19", "Tết Âm lịch (mùng 3)", true],
      ["2026-02-20", "Tết Âm lịch (mùng 4)", true],
      ["2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", false],
      ["2026-04-30", "Ngày Chiến thắng", false],
      ["2026-05-01", "Ngày Quốc tế lao động", false],
      ["2026-09-01", "Quốc khánh (ngày liền kề)", true],
      ["2026-09-02", "Quốc khánh", false],
    ]);
  });

  it("cites the point of Art 112.1 for each fixed day", () => {
    const sources = new Map<string, string>(statutoryHolidays(2027).map((h) => [h.date, h.source]));
    expect(sources.get("2027-01-01")).toBe("BLLĐ 45/2019/QH14, Điều 112.1.a");
    expect(sources.get("2027-04-30")).toBe("BLLĐ 45/2019/QH14, Điều 112.1.c");
    expect(sources.get("2027-05-01")).toBe("BLLĐ 45/2019/QH14, Điều 112.1.d");
    expect(sources.get("2027-09-02")).toBe("BLLĐ 45/2019/QH14, Điều 112.1.đ");
    expect(sources.get("2027-04-16")).toBe("BLLĐ 45/2019/QH14, Điều 112.1.e");
  });

  it("lists 11 days every year 1900–2100 (1 + 5 + 1 + 1 + 1 + 2), all in that year", () => {
    const overlapping: number[] = [];
    for (let year = 1900; year <= 2100; year += 1) {
      const holidays = statutoryHolidays(year);
      expect(holidays).toHaveLength(11);
      expect(holidays.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
      if (new Set(holidays.map((h) => h.date)).size !== 11) overlapping.push(year);
    }
    // 10/3 lunar fell on 30/4 only after a leap month 2 (1917, 1947); none in 1948–2100.
    expect(overlapping).toEqual([1917, 1947]);
  });

  it("defaults Tết to the last day of the lunar year + mùng 1–4 (a 30-day Chạp in 2024)", () => {
    // Month 12 of Quý Mão has 30 days: 09/02/2024 is 30 Tết.
    expect(defaultLunarNewYearDays(2024)).toEqual([
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
    ]);
    // Month 12 of Giáp Thìn has 29 days: 28/01/2025 is 29 Tết.
    expect(defaultLunarNewYearDays(2025)).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
    ]);
  });

  it("T8 (NQ 80-NQ/TW): 24/11 is not a statutory holiday", () => {
    expect(statutoryHolidays(2026).some((h) => h.date === "2026-11-24")).toBe(false);
  });
});
