import { describe, expect, it } from "vitest";
import { CalendarError } from "./errors.ts";
import { fromDayNumber, type LocalDate, toDayNumber } from "./local-date.ts";
import { leapMonthOf, lunarNewYear, lunarToSolar, lunarYearMonths, solarToLunar } from "./lunar.ts";

const d = (iso: string) => iso as LocalDate;

describe("Tết (mùng 1 tháng Giêng)", () => {
  it.each([
    [2020, "2020-01-25"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
  ])("Tết %i is %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(d(date))).toEqual({ year, month: 1, day: 1, leap: false });
  });

  // Cross-checked against the published Vietnamese tables (Hồ Ngọc Đức) over 1900–2100.
  it.each([
    [1900, "1900-01-31"],
    [1945, "1945-02-13"],
    [1968, "1968-01-29"], // UTC+7: the North's Tết Mậu Thân; UTC+8 (the South) gave 30/01
    [1985, "1985-01-21"], // a month before China's 20/02/1985: UTC+7 moves month 11
    [2000, "2000-02-05"],
    [2050, "2050-01-23"],
    [2100, "2100-02-09"],
  ])("Tết %i is %s (historical and far-future years)", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it("falls between 21/01 and 20/02 in every year 1900–2100", () => {
    const outside: number[] = [];
    for (let year = 1900; year <= 2100; year += 1) {
      const tet = lunarNewYear(year);
      if (tet < `${year}-01-21` || tet > `${year}-02-20`) outside.push(year);
    }
    expect(outside).toEqual([]);
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 âm lịch)", () => {
  it.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("in %i is %s", (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(date);
    expect(solarToLunar(d(date))).toEqual({ year, month: 3, day: 10, leap: false });
  });
});

describe("leap months (tháng nhuận)", () => {
  it("2023 has leap month 2, starting 22/03/2023, after a 30-day month 2", () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: false })).toBe("2023-02-20");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(solarToLunar(d("2023-03-21"))).toEqual({ year: 2023, month: 2, day: 30, leap: false });
    expect(solarToLunar(d("2023-04-19"))).toEqual({ year: 2023, month: 2, day: 29, leap: true });
    expect(solarToLunar(d("2023-04-20"))).toEqual({ year: 2023, month: 3, day: 1, leap: false });
  });

  it("2025 has leap month 6 (25/07–22/08/2025) and 13 months", () => {
    expect(leapMonthOf(2025)).toBe(6);
    const months = lunarYearMonths(2025);
    expect(months.map((m) => `${m.month}${m.leap ? "n" : ""}`)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "6n",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
    ]);
    expect(months[6]).toEqual({
      year: 2025,
      month: 6,
      leap: true,
      firstDay: "2025-07-25",
      length: 29,
    });
  });

  it("2024, 2026 and 2027 have no leap month; 2020 has leap 4; 2033 has leap 11", () => {
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
    expect(leapMonthOf(2027)).toBeNull();
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2033)).toBe(11);
    expect(lunarYearMonths(2026)).toHaveLength(12);
  });

  it("rejects a leap month the year does not have, in Vietnamese", () => {
    const call = () => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true });
    expect(call).toThrow(CalendarError);
    expect(call).toThrow(
      "Ngày âm lịch không hợp lệ: 1/2 (nhuận)/2024 âm lịch (năm 2024 không có tháng 2 nhuận).",
    );
  });
});

describe("solar ⇄ lunar conversion", () => {
  it("month 12 of Ất Tỵ has 29 days: 16/02/2026 is 29 tháng Chạp, and 30 Chạp does not exist", () => {
    expect(solarToLunar(d("2026-02-16"))).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(
      "Ngày âm lịch không hợp lệ: 30/12/2025 âm lịch (tháng này có 29 ngày).",
    );
  });

  it("places lunar months 11 and 12 in the previous lunar year", () => {
    expect(solarToLunar(d("2026-01-01"))).toEqual({ year: 2025, month: 11, day: 13, leap: false });
    expect(lunarToSolar({ year: 2025, month: 11, day: 13, leap: false })).toBe("2026-01-01");
  });

  it("round-trips every day of 1900–2100, with months of 29 or 30 days", () => {
    const first = toDayNumber(d("1900-01-01"));
    const last = toDayNumber(d("2100-12-31"));
    const failures: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const date = fromDayNumber(day);
      const lunar = solarToLunar(date);
      if (lunarToSolar(lunar) !== date || lunar.day > 30) failures.push(date);
    }
    expect(failures).toEqual([]);
    for (let year = 1900; year <= 2100; year += 1) {
      const months = lunarYearMonths(year);
      const leapCount = months.filter((m) => m.leap).length;
      expect(months.length - leapCount).toBe(12);
      expect(leapCount).toBeLessThanOrEqual(1);
      expect(months.every((m) => m.length === 29 || m.length === 30)).toBe(true);
    }
  });

  it("rejects years outside 1800–2199 and months outside 1–12", () => {
    expect(() => solarToLunar(d("1799-12-31"))).toThrow(
      "Chỉ chuyển đổi âm lịch cho năm dương lịch từ 1800 đến 2199.",
    );
    expect(() => lunarToSolar({ year: 2026, month: 13, day: 1, leap: false })).toThrow(
      "Ngày âm lịch không hợp lệ: 1/13/2026 âm lịch (tháng phải từ 1 đến 12).",
    );
  });
});
