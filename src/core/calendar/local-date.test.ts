import { describe, expect, it } from "vitest";
import { CalendarError } from "./errors.ts";
import {
  daysBetween,
  fromDayNumber,
  type LocalDate,
  localDate,
  parseLocalDate,
  plusDays,
  plusMonths,
  plusYears,
  toDayNumber,
  weekdayOf,
} from "./local-date.ts";

const d = (iso: string) => iso as LocalDate;

function errorOf(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error("expected a CalendarError");
}

describe("LocalDate parsing", () => {
  it("accepts an existing ISO date and returns it unchanged", () => {
    expect(parseLocalDate("2026-02-28")).toBe("2026-02-28");
    expect(localDate(2026, 5, 4)).toBe("2026-05-04");
  });

  it("rejects 30/02/2026 with a typed error and a Vietnamese message", () => {
    const error = errorOf(() => parseLocalDate("2026-02-30"));
    expect(error.reason).toBe("invalid_date");
    expect(error.code).toBe("validation");
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'Ngày không hợp lệ: "2026-02-30" (tháng 2 năm 2026 chỉ có 28 ngày).',
    );
  });

  it("knows the Gregorian leap years: 29/02 exists in 2024 and 2000 but not in 2023 or 2100", () => {
    expect(parseLocalDate("2024-02-29")).toBe("2024-02-29");
    expect(parseLocalDate("2000-02-29")).toBe("2000-02-29");
    expect(errorOf(() => parseLocalDate("2023-02-29")).reason).toBe("invalid_date");
    expect(errorOf(() => parseLocalDate("2100-02-29")).reason).toBe("invalid_date");
  });

  it.each([
    ["26/02/2026", 'Ngày không hợp lệ: "26/02/2026" (cần dạng YYYY-MM-DD).'],
    ["2026-2-3", 'Ngày không hợp lệ: "2026-2-3" (cần dạng YYYY-MM-DD).'],
    ["2026-02-03T00:00:00Z", 'Ngày không hợp lệ: "2026-02-03T00:00:00Z" (cần dạng YYYY-MM-DD).'],
    ["", 'Ngày không hợp lệ: "" (cần dạng YYYY-MM-DD).'],
    ["2026-13-01", 'Ngày không hợp lệ: "2026-13-01" (tháng phải từ 1 đến 12).'],
    ["2026-04-31", 'Ngày không hợp lệ: "2026-04-31" (tháng 4 năm 2026 chỉ có 30 ngày).'],
    ["0000-01-01", 'Ngày không hợp lệ: "0000-01-01" (năm phải từ 1 đến 9999).'],
  ])("rejects %j", (text, message) => {
    expect(() => parseLocalDate(text)).toThrow(message);
  });
});

describe("day numbers (integer arithmetic, no JS Date)", () => {
  it("maps 01/01/2000 to Julian Day Number 2451545 and back", () => {
    expect(toDayNumber(d("2000-01-01"))).toBe(2451545);
    expect(fromDayNumber(2451545)).toBe("2000-01-01");
  });

  it("round-trips every day from 1900 to 2100", () => {
    const first = toDayNumber(d("1900-01-01"));
    const last = toDayNumber(d("2100-12-31"));
    let mismatches = 0;
    for (let day = first; day <= last; day += 1) {
      if (toDayNumber(fromDayNumber(day)) !== day) mismatches += 1;
    }
    expect(last - first + 1).toBe(73414);
    expect(mismatches).toBe(0);
  });

  it("gives weekdays: 01/01/2026 is a Thursday, 04/05/2026 a Monday, 22/02/2026 a Sunday", () => {
    expect(weekdayOf(d("2026-01-01"))).toBe(4);
    expect(weekdayOf(d("2026-05-04"))).toBe(1);
    expect(weekdayOf(d("2026-02-22"))).toBe(0);
    expect(weekdayOf(d("2026-01-10"))).toBe(6);
  });

  it("adds days across month, leap-day and year boundaries", () => {
    expect(plusDays(d("2025-12-31"), 1)).toBe("2026-01-01");
    expect(plusDays(d("2024-02-28"), 1)).toBe("2024-02-29");
    expect(plusDays(d("2023-02-28"), 1)).toBe("2023-03-01");
    expect(plusDays(d("2026-03-31"), 30)).toBe("2026-04-30");
    expect(plusDays(d("2026-01-01"), -1)).toBe("2025-12-31");
    expect(daysBetween(d("2026-03-31"), d("2026-05-04"))).toBe(34);
    expect(daysBetween(d("2024-01-01"), d("2025-01-01"))).toBe(366);
  });
});

describe("BLDS Art 148.2: months and years end on the corresponding day, else the month's last day", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2025-12-31", 2, "2026-02-28"],
    ["2025-11-15", 3, "2026-02-15"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("%s + %i month(s) = %s", (from, months, expected) => {
    expect(plusMonths(d(from), months)).toBe(expected);
  });

  it("29/02/2024 + 1 year = 28/02/2025; + 4 years = 29/02/2028", () => {
    expect(plusYears(d("2024-02-29"), 1)).toBe("2025-02-28");
    expect(plusYears(d("2024-02-29"), 4)).toBe("2028-02-29");
  });
});
