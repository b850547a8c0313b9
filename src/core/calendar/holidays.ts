// Public holidays fixed by the Labour Code (BLLĐ 45/2019/QH14, Art 112.1), computed for any year.
// Tết and the day next to National Day are chosen each year by the Prime Minister (Art 112.3);
// until that choice is loaded as data (announced-days.ts), we use a default and say so.

import { type LocalDate, localDate, plusDays } from "./local-date.ts";
import { lunarNewYear, lunarToSolar } from "./lunar.ts";

export type HolidayOccasion =
  | "newYear"
  | "lunarNewYear"
  | "hungKings"
  | "victoryDay"
  | "labourDay"
  | "nationalDay";

export interface StatutoryHoliday {
  readonly date: LocalDate;
  readonly name: string;
  readonly occasion: HolidayOccasion;
  /** The legal basis, cited in explanations. */
  readonly source: string;
  /** True when the Prime Minister fixes this day and we have only the default. */
  readonly defaulted: boolean;
}

const ART_112 = "BLLĐ 45/2019/QH14, Điều 112.1";

/**
 * Default Tết (điểm b): the last day of the old lunar year and days 1–4 of the new one, the
 * pattern of most years' decisions. Five days, always in the same Gregorian year (Jan–Feb).
 */
export function defaultLunarNewYearDays(year: number): readonly LocalDate[] {
  const firstDay = lunarNewYear(year);
  return [-1, 0, 1, 2, 3].map((offset) => plusDays(firstDay, offset));
}

const TET_DAY_NAMES = [
  "Tết Âm lịch (ngày cuối năm âm lịch)",
  "Tết Âm lịch (mùng 1)",
  "Tết Âm lịch (mùng 2)",
  "Tết Âm lịch (mùng 3)",
  "Tết Âm lịch (mùng 4)",
] as const;

/** Art 112.1 a–e for `year`, in date order. */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  const fixed = (
    date: LocalDate,
    name: string,
    occasion: HolidayOccasion,
    point: string,
  ): StatutoryHoliday => ({
    date,
    name,
    occasion,
    source: `${ART_112}.${point}`,
    defaulted: false,
  });
  const tet = defaultLunarNewYearDays(year).map(
    (date, index): StatutoryHoliday => ({
      date,
      name: TET_DAY_NAMES[index]!,
      occasion: "lunarNewYear",
      source: `${ART_112}.b (ngày cụ thể do Thủ tướng quyết định; đây là mặc định)`,
      defaulted: true,
    }),
  );
  const hungKings = lunarToSolar({ year, month: 3, day: 10, leap: false });
  const holidays: StatutoryHoliday[] = [
    fixed(localDate(year, 1, 1), "Tết Dương lịch", "newYear", "a"),
    ...tet,
    fixed(hungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "hungKings", "e"),
    fixed(localDate(year, 4, 30), "Ngày Chiến thắng", "victoryDay", "c"),
    fixed(localDate(year, 5, 1), "Ngày Quốc tế lao động", "labourDay", "d"),
    {
      date: localDate(year, 9, 1),
      name: "Quốc khánh (ngày liền kề)",
      occasion: "nationalDay",
      source: `${ART_112}.đ (Thủ tướng chọn 01/9 hoặc 03/9; đây là mặc định)`,
      defaulted: true,
    },
    fixed(localDate(year, 9, 2), "Quốc khánh", "nationalDay", "đ"),
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
