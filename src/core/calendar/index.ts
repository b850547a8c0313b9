// The legal calendar service: working days, holidays (solar and lunar, plus each year's
// announced swaps) and deadline arithmetic, for every module. See README.md.

export type {
  AnnouncedCalendar,
  AnnouncedDay,
  AnnouncedDayKind,
  Audience,
  Evidence,
} from "./announced.ts";
export { validateAnnouncedCalendars } from "./announced.ts";
export { ANNOUNCED_CALENDARS } from "./announced-days.ts";
export type { CalendarOptions, DateInput, DayInfo, DayKind, Holiday } from "./calendar.ts";
export { Calendar, civilServiceCalendar } from "./calendar.ts";
export type { Deadline, DeadlineSpec, DeadlineUnit, TimeLimit } from "./deadline.ts";
export { computeDeadline, deadlineFromVersions, timeLimitInForce } from "./deadline.ts";
export type { CalendarErrorReason } from "./errors.ts";
export { CalendarError } from "./errors.ts";
export { formatDateVi, formatDayVi, weekdayNameVi } from "./format-vi.ts";
export type { HolidayOccasion, StatutoryHoliday } from "./holidays.ts";
export { defaultLunarNewYearDays, statutoryHolidays } from "./holidays.ts";
export type { DateParts, LocalDate, Weekday } from "./local-date.ts";
export {
  dateParts,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isLocalDate,
  localDate,
  parseLocalDate,
  plusDays,
  plusMonths,
  plusYears,
  weekdayOf,
} from "./local-date.ts";
export type { LunarDate, LunarMonth } from "./lunar.ts";
export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  lunarYearMonths,
  solarToLunar,
} from "./lunar.ts";
