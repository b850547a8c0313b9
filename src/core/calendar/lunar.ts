// Vietnamese lunisolar calendar (âm lịch), UTC+7 from 1968, computed from astronomy:
//   • a month starts on the local day of the new moon (ngày Sóc);
//   • the month containing the winter solstice (Đông chí, Sun at 270°) is month 11;
//   • a lunar year with 13 months between two months 11 has a leap month (tháng nhuận): the
//     first month after month 11 that contains no principal solar term (trung khí, a multiple of
//     30° of solar longitude); it repeats the number of the month before it.
// "Contains" is judged on whole local days: a month contains a term when the Sun's 30° sector at
// the start (local 00:00) of its first day differs from the one at the start of the next month.

import { newMoonIndexAtOrBefore, newMoonJulianDay, sunApparentLongitude } from "./astronomy.ts";
import { CalendarError } from "./errors.ts";
import {
  type DayNumber,
  dayNumberOfParts,
  fromDayNumber,
  type LocalDate,
  partsOfDayNumber,
  toDayNumber,
} from "./local-date.ts";

export interface LunarDate {
  /** The lunar year, named after the Gregorian year in which its month 1 begins. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True for the repeated (leap) month, tháng nhuận. */
  readonly leap: boolean;
}

export interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly firstDay: LocalDate;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  readonly length: number;
}

/**
 * The zone the calendar is reckoned in. Vietnam uses UTC+7 from 1968. Before that its almanacs
 * followed the Chinese calendar: UTC+8 from 1929, and Beijing mean solar time (116°25′ E) before
 * it. Hence Tết Mậu Thân on 29/01/1968 in the North, which had switched, but 30/01/1968 in the
 * South. The published Vietnamese tables (Hồ Ngọc Đức) follow this history; so do we.
 */
const UTC7_FROM = dayNumberOfParts(1968, 1, 1);
const UTC8_FROM = dayNumberOfParts(1929, 1, 1);
const BEIJING_MEAN_TIME_HOURS = 116.4167 / 15;

function zoneHoursOnDay(day: DayNumber): number {
  if (day >= UTC7_FROM) return 7;
  return day >= UTC8_FROM ? 8 : BEIJING_MEAN_TIME_HOURS;
}

function zoneHoursAtInstant(jd: number): number {
  return zoneHoursOnDay(Math.floor(jd + 0.5 + 7 / 24));
}

/** The span in which the ΔT model and the series above are trusted; tested on 1900–2100. */
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

interface MonthSlot {
  readonly start: DayNumber;
  readonly end: DayNumber; // first day of the next month
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

/** Local day (civil date in Vietnam's calendar zone) on which new moon `k` falls. */
function newMoonDay(k: number): DayNumber {
  const jd = newMoonJulianDay(k);
  return Math.floor(jd + 0.5 + zoneHoursAtInstant(jd) / 24);
}

/** Which 30° sector (0 = 0°–30°, … 9 = 270°–300°) the Sun is in at local 00:00 of `day`. */
function sunSectorAtStartOf(day: DayNumber): number {
  const jd = day - 0.5 - zoneHoursOnDay(day) / 24;
  return Math.floor(sunApparentLongitude(jd) / 30);
}

/** Index of the new moon that begins month 11 of the lunar year ending near December `year`. */
function month11Index(gregorianYear: number): number {
  const lastDay = dayNumberOfParts(gregorianYear, 12, 31);
  // The month 11 starts on or before 31 December; if the month starting there began after the
  // solstice (sector 9 already), month 11 is the one before it.
  let k = newMoonIndexAtOrBefore(lastDay + 0.5 - zoneHoursOnDay(lastDay) / 24);
  while (newMoonDay(k) > lastDay) k -= 1;
  if (sunSectorAtStartOf(newMoonDay(k)) >= 9) k -= 1;
  return k;
}

const layoutCache = new Map<number, readonly MonthSlot[]>();

/**
 * The months from month 11 of the previous Gregorian year up to (not including) month 11 of
 * `gregorianYear`: lunar months 11, 12 of lunar year `gregorianYear - 1`, then 1–10 of lunar
 * year `gregorianYear`, with one leap month among them when there are 13.
 */
function monthsBetweenSolstices(gregorianYear: number): readonly MonthSlot[] {
  const cached = layoutCache.get(gregorianYear);
  if (cached) return cached;
  const firstK = month11Index(gregorianYear - 1);
  const lastK = month11Index(gregorianYear);
  const count = lastK - firstK;
  const starts: DayNumber[] = [];
  for (let i = 0; i <= count; i += 1) starts.push(newMoonDay(firstK + i));

  let leapOffset = -1;
  if (count === 13) {
    for (let i = 1; i < count; i += 1) {
      if (sunSectorAtStartOf(starts[i]!) === sunSectorAtStartOf(starts[i + 1]!)) {
        leapOffset = i;
        break;
      }
    }
  }

  const slots: MonthSlot[] = [];
  for (let i = 0; i < count; i += 1) {
    const ordinal = leapOffset >= 0 && i >= leapOffset ? i - 1 : i;
    const month = ((ordinal + 10) % 12) + 1; // offset 0 is month 11
    slots.push({
      start: starts[i]!,
      end: starts[i + 1]!,
      month,
      leap: i === leapOffset,
      year: month >= 11 && i < 4 ? gregorianYear - 1 : gregorianYear,
    });
  }
  layoutCache.set(gregorianYear, slots);
  return slots;
}

function assertSupportedYear(year: number, label: string): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new CalendarError(
      "out_of_range",
      `Chỉ chuyển đổi âm lịch cho ${label} từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}.`,
      { year },
    );
  }
}

function slotContaining(day: DayNumber): MonthSlot {
  const { year } = partsOfDayNumber(day);
  for (const candidateYear of [year, year + 1]) {
    const slot = monthsBetweenSolstices(candidateYear).find((s) => s.start <= day && day < s.end);
    if (slot) return slot;
  }
  throw new Error(`no lunar month contains day ${day}`); // unreachable: months tile the years
}

/** Dương lịch → âm lịch. */
export function solarToLunar(date: LocalDate): LunarDate {
  const day = toDayNumber(date);
  assertSupportedYear(partsOfDayNumber(day).year, "năm dương lịch");
  const slot = slotContaining(day);
  return { year: slot.year, month: slot.month, day: day - slot.start + 1, leap: slot.leap };
}

function findMonth(year: number, month: number, leap: boolean): MonthSlot | undefined {
  // Months 11 and 12 of a lunar year sit at the start of the next Gregorian year's layout.
  const layoutYear = month >= 11 ? year + 1 : year;
  return monthsBetweenSolstices(layoutYear).find(
    (s) => s.year === year && s.month === month && s.leap === leap,
  );
}

function invalidLunar(lunar: LunarDate, why: string): CalendarError {
  const label = `${lunar.day}/${lunar.month}${lunar.leap ? " (nhuận)" : ""}/${lunar.year} âm lịch`;
  return new CalendarError("invalid_lunar_date", `Ngày âm lịch không hợp lệ: ${label} (${why}).`, {
    ...lunar,
  });
}

/** Âm lịch → dương lịch; throws for a leap month the year lacks or a day 30 of a 29-day month. */
export function lunarToSolar(lunar: LunarDate): LocalDate {
  assertSupportedYear(lunar.year, "năm âm lịch");
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12) {
    throw invalidLunar(lunar, "tháng phải từ 1 đến 12");
  }
  const slot = findMonth(lunar.year, lunar.month, lunar.leap);
  if (!slot) throw invalidLunar(lunar, `năm ${lunar.year} không có tháng ${lunar.month} nhuận`);
  const length = slot.end - slot.start;
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > length) {
    throw invalidLunar(lunar, `tháng này có ${length} ngày`);
  }
  return fromDayNumber(slot.start + lunar.day - 1);
}

/** The months of lunar year `year` in order, the leap month (if any) after its namesake. */
export function lunarYearMonths(year: number): readonly LunarMonth[] {
  assertSupportedYear(year, "năm âm lịch");
  const slots = [...monthsBetweenSolstices(year), ...monthsBetweenSolstices(year + 1)].filter(
    (s) => s.year === year,
  );
  return slots.map((s) => ({
    year: s.year,
    month: s.month,
    leap: s.leap,
    firstDay: fromDayNumber(s.start),
    length: s.end - s.start,
  }));
}

/** The number of the leap month of lunar year `year`, or null when it has 12 months. */
export function leapMonthOf(year: number): number | null {
  return lunarYearMonths(year).find((m) => m.leap)?.month ?? null;
}

/** Mùng 1 Tết: the first day of lunar year `year`. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}
