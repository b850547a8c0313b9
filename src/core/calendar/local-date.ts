import { CalendarError } from "./errors.ts";

/**
 * A plain calendar date with no time and no zone, as an ISO string "YYYY-MM-DD". The brand keeps
 * unchecked strings out: obtain one from `parseLocalDate` or `localDate`. All arithmetic runs on
 * integer day numbers (Julian Day Numbers), never on JS `Date`, so no time zone can shift a day.
 */
export type LocalDate = string & { readonly __brand: "LocalDate" };

/** Julian Day Number of a civil date: consecutive integers, one per day. */
export type DayNumber = number;

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function invalidDate(text: string, why: string): CalendarError {
  return new CalendarError("invalid_date", `Ngày không hợp lệ: "${text}" (${why}).`, {
    value: text,
  });
}

/** Builds a date from its parts; throws `CalendarError` for a day that does not exist. */
export function localDate(year: number, month: number, day: number): LocalDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidDate(text, `năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidDate(text, "tháng phải từ 1 đến 12");
  }
  const monthLength = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > monthLength) {
    throw invalidDate(text, `tháng ${month} năm ${year} chỉ có ${monthLength} ngày`);
  }
  return text as LocalDate;
}

/** Accepts exactly "YYYY-MM-DD" for a day that exists in the Gregorian calendar. */
export function parseLocalDate(text: string): LocalDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw invalidDate(text, "cần dạng YYYY-MM-DD");
  return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isLocalDate(text: string): text is LocalDate {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

export function dateParts(date: LocalDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Gregorian date → Julian Day Number (integer arithmetic, proleptic Gregorian). */
export function dayNumberOfParts(year: number, month: number, day: number): DayNumber {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

export function toDayNumber(date: LocalDate): DayNumber {
  const { year, month, day } = dateParts(date);
  return dayNumberOfParts(year, month, day);
}

/** Julian Day Number → Gregorian date (inverse of `dayNumberOfParts`). */
export function partsOfDayNumber(dayNumber: DayNumber): DateParts {
  const a = dayNumber + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function fromDayNumber(dayNumber: DayNumber): LocalDate {
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return localDate(year, month, day);
}

export function weekdayOf(date: LocalDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function weekdayOfDayNumber(dayNumber: DayNumber): Weekday {
  return ((((dayNumber + 1) % 7) + 7) % 7) as Weekday;
}

/** Raw day arithmetic: no legal rule, no rolling. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to`. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Same day `months` later; when the target month is shorter, its last day (BLDS Art 148.2:
 * "nếu tháng cuối cùng không có ngày tương ứng thì thời hạn kết thúc vào ngày cuối cùng của
 * tháng đó"). No rolling past rest days here: that is the calendar's job.
 */
export function plusMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return localDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function plusYears(date: LocalDate, years: number): LocalDate {
  return plusMonths(date, years * 12);
}
