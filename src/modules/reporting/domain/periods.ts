// Reporting periods, the days their figures cover, and each issuing body's reporting calendar.
// R99 (law.md §7.12): calendars are configuration. Seed 003 (a ward Party Committee) wants the
// 6-month report "trước ngày 10/6" and the yearly one "trước ngày 10/12"; seed 002 (a district
// Labour Federation) "trước ngày 25/5" and "trước ngày 05/11". Neither says which days a report
// covers, and every one of those dates falls before the calendar half or year ends, so the
// covered days (the data window, "kỳ chốt số liệu") are configuration too (README, choices 1–4).

import {
  type Calendar,
  type DateInput,
  daysInMonth,
  formatDateVi,
  formatDayVi,
  type LocalDate,
  localDate,
  parseLocalDate,
  plusDays,
} from "../../../core/calendar/index.ts";
import { isBlank, refuse } from "./refusal.ts";

export const REGULAR_KINDS = ["month", "quarter", "six_months", "nine_months", "year"] as const;
export type RegularKind = (typeof REGULAR_KINDS)[number];

export type RegularPeriod =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "six_months" | "nine_months" | "year"; year: number };

/** A report on request (báo cáo chuyên đề, đột xuất) covers the dates the request names. */
export interface ThematicPeriod {
  kind: "thematic";
  title: string;
  from: string;
  to: string;
}

export type Period = RegularPeriod | ThematicPeriod;

export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

export const KIND_LABEL: Record<RegularKind | "thematic", string> = {
  month: "tháng",
  quarter: "quý",
  six_months: "6 tháng",
  nine_months: "9 tháng",
  year: "năm",
  thematic: "chuyên đề",
};

const MIN_YEAR = 2000;
const MAX_YEAR = 2199; // the calendar service's last year
const ROMAN = ["I", "II", "III", "IV"];

function checkWhole(value: number, min: number, max: number, what: string, field: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw refuse(
      "invalid_period",
      `${what} phải từ ${min} đến ${max}, nhận được: ${value}.`,
      field,
    );
  }
}

export function checkPeriod(period: Period): void {
  if (period.kind === "thematic") {
    if (isBlank(period.title)) {
      throw refuse("invalid_period", "Báo cáo chuyên đề phải có tên.", "title");
    }
    if (parseLocalDate(period.from) > parseLocalDate(period.to)) {
      throw refuse(
        "invalid_period",
        "Ngày bắt đầu của kỳ báo cáo chuyên đề không được sau ngày kết thúc.",
        "from",
      );
    }
    return;
  }
  if (!(REGULAR_KINDS as readonly string[]).includes(period.kind)) {
    throw refuse("invalid_period", `Không có loại kỳ báo cáo "${String(period.kind)}".`, "kind");
  }
  checkWhole(period.year, MIN_YEAR, MAX_YEAR, "Năm báo cáo", "year");
  if (period.kind === "month") checkWhole(period.month, 1, 12, "Tháng", "month");
  if (period.kind === "quarter") checkWhole(period.quarter, 1, 4, "Quý", "quarter");
}

/** "quý II năm 2026", "6 tháng đầu năm 2026", "chuyên đề “…”". */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return `tháng ${period.month} năm ${period.year}`;
    case "quarter":
      return `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
    case "six_months":
      return `6 tháng đầu năm ${period.year}`;
    case "nine_months":
      return `9 tháng đầu năm ${period.year}`;
    case "year":
      return `năm ${period.year}`;
    case "thematic":
      return `chuyên đề “${period.title.trim()}”`;
  }
}

export function rangeText(range: DateRange): string {
  return `từ ${formatDateVi(range.from)} đến ${formatDateVi(range.to)}`;
}

/** First and last calendar month of a regular period, within its year. */
function monthSpan(period: RegularPeriod): [first: number, last: number] {
  switch (period.kind) {
    case "month":
      return [period.month, period.month];
    case "quarter":
      return [3 * period.quarter - 2, 3 * period.quarter];
    case "six_months":
      return [1, 6];
    case "nine_months":
      return [1, 9];
    case "year":
      return [1, 12];
  }
}

/** Months counted from year 0, so that moving back across a new year is a subtraction. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** Day `day` of a month by index; a day past the month's end is its last day (BLDS Art 148.2). */
function dayOfMonth(index: number, day: number | "last"): LocalDate {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const length = daysInMonth(year, month);
  return localDate(year, month, day === "last" ? length : Math.min(day, length));
}

/** The calendar period: 01/04–30/06 for quarter II; the request's own dates for a thematic one. */
export function periodBounds(period: Period): DateRange {
  checkPeriod(period);
  if (period.kind === "thematic") {
    return { from: parseLocalDate(period.from), to: parseLocalDate(period.to) };
  }
  const [first, last] = monthSpan(period);
  return {
    from: dayOfMonth(monthIndex(period.year, first), 1),
    to: dayOfMonth(monthIndex(period.year, last), "last"),
  };
}

/** Every regular period of one kind in a year, in order. */
export function periodsOfYear(kind: RegularKind, year: number): RegularPeriod[] {
  if (kind === "month") return [...Array(12).keys()].map((i) => ({ kind, year, month: i + 1 }));
  if (kind === "quarter") return [1, 2, 3, 4].map((quarter) => ({ kind, year, quarter }));
  return [{ kind, year }];
}

/**
 * Which days a regular report covers, one rule for the issuer's whole calendar so that
 * consecutive windows join without a gap: each window ends `monthsEarlier` months before the
 * calendar period does, on its `cutOffDay` (or the month's last day), and starts the day after
 * the previous window's end. `{0, null}` is the calendar; `{0, 14}` is the 15th-to-14th pattern
 * of the state reporting regime ([S], README choice 2); `{1, null}` ends each period a month early.
 */
export interface DataWindow {
  monthsEarlier: number;
  cutOffDay: number | null;
}

export const CALENDAR_WINDOW: DataWindow = { monthsEarlier: 0, cutOffDay: null };

export function checkWindow(window: DataWindow): void {
  const months = window.monthsEarlier;
  if (!Number.isInteger(months) || months < 0 || months > 11) {
    throw refuse("invalid_calendar", "Số tháng chốt sớm phải từ 0 đến 11.", "monthsEarlier");
  }
  const day = window.cutOffDay;
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > 28)) {
    throw refuse(
      "invalid_calendar",
      "Ngày chốt số liệu phải từ 1 đến 28 (để tháng nào cũng có), hoặc để trống để chốt cuối tháng.",
      "cutOffDay",
    );
  }
}

/** The days a report's figures cover under `window`; a thematic report keeps its own dates. */
export function dataWindow(period: Period, window: DataWindow = CALENDAR_WINDOW): DateRange {
  checkPeriod(period);
  checkWindow(window);
  if (period.kind === "thematic") return periodBounds(period);
  const [first, last] = monthSpan(period);
  const start = monthIndex(period.year, first) - window.monthsEarlier;
  const end = monthIndex(period.year, last) - window.monthsEarlier;
  if (window.cutOffDay === null) {
    return { from: dayOfMonth(start, 1), to: dayOfMonth(end, "last") };
  }
  return {
    from: plusDays(dayOfMonth(start - 1, window.cutOffDay), 1),
    to: dayOfMonth(end, window.cutOffDay),
  };
}

/** A range has ended on `on` once its last day is over (it runs until 24:00 of that day). */
export function hasEnded(range: DateRange, on: DateInput): boolean {
  return parseLocalDate(on) > range.to;
}

/**
 * The days an indicator for `period` counts. Refused while they have not all passed: a figure
 * for a period still running would be a guess (issue #6, "bad input").
 */
export function indicatorRange(
  period: Period,
  on: DateInput,
  window: DataWindow = CALENDAR_WINDOW,
): DateRange {
  const range = dataWindow(period, window);
  if (hasEnded(range, on)) return range;
  throw refuse(
    "period_not_ended",
    `Chưa tính được chỉ tiêu ${periodLabel(period)} (số liệu ${rangeText(range)}) vì kỳ này chưa kết thúc; chỉ tính được từ ngày ${formatDateVi(plusDays(range.to, 1))}.`,
    "period",
  );
}

/** "trước ngày 10/6" makes 10/6 itself late; "chậm nhất ngày 10/6" keeps it on time. */
export type DueWording = "before" | "by";

export type DueRule =
  /** A fixed day of the period's year, or of the next one: "trước ngày 10/6 hằng năm". */
  | { at: "day_of_year"; month: number; day: number; nextYear?: boolean; wording: DueWording }
  /**
   * A day of the month `monthsAfter` months after the period's last calendar month (0: that
   * month): "ngày 20 tháng sau". A day past the month's end is its last day.
   */
  | { at: "day_after_period"; monthsAfter: number; day: number; wording: DueWording };

export interface ScheduledReport {
  kind: RegularKind;
  due: DueRule;
}

/** R99: one issuing body's reporting calendar. */
export interface ReportingCalendar {
  /** The body the reports go to: "Ban Thường vụ Đảng ủy phường Hồng An". */
  issuer: string;
  /** The text that sets the calendar: "Công văn 109-CV/ĐU ngày 28/8/2025, mục 7". */
  source: string;
  window: DataWindow;
  /**
   * When the last day on time is a day off: false keeps it (the sources say nothing, README
   * choice 3); true moves it to the next working day (BLDS 2015 Art 148.5, by analogy).
   */
  rollPastDaysOff: boolean;
  reports: ScheduledReport[];
}

/** Seed 003 §7: "Báo cáo 6 tháng gửi trước ngày 10/6, báo cáo năm gửi trước ngày 10/12", with
 *  figures closed a month early (README choice 2). */
export const SEED_003_CALENDAR: ReportingCalendar = {
  issuer: "Ban Thường vụ Đảng ủy phường Hồng An",
  source: "Công văn 109-CV/ĐU ngày 28/8/2025, mục 7",
  window: { monthsEarlier: 1, cutOffDay: null },
  rollPastDaysOff: false,
  reports: [
    { kind: "six_months", due: { at: "day_of_year", month: 6, day: 10, wording: "before" } },
    { kind: "year", due: { at: "day_of_year", month: 12, day: 10, wording: "before" } },
  ],
};

/** A report asked for on request, with its own due date. */
export interface ThematicRequest {
  period: ThematicPeriod;
  due: { date: string; wording: DueWording };
}

export interface ReportDue {
  period: Period;
  /** The days the report's figures cover. */
  window: DateRange;
  /** The day the text names: "trước ngày 10/6" → 10/06. */
  stated: LocalDate;
  /** The last day a submission is on time, until 24:00. */
  lastDay: LocalDate;
  /** The last day before it moved past a day off (only with `rollPastDaysOff`). */
  rolledFrom?: LocalDate;
  explanation: string;
}

function checkWording(wording: DueWording): void {
  if (wording !== "before" && wording !== "by") {
    throw refuse("invalid_calendar", 'Cách ghi hạn phải là "before" (trước ngày) hoặc "by".');
  }
}

function checkDueRule(rule: DueRule): void {
  checkWording(rule.wording);
  if (rule.at === "day_of_year") {
    const monthOk = Number.isInteger(rule.month) && rule.month >= 1 && rule.month <= 12;
    // 2001 is not a leap year: a fixed day must exist every year, so 29/02 is refused.
    const last = monthOk ? daysInMonth(2001, rule.month) : 0;
    if (!monthOk || !Number.isInteger(rule.day) || rule.day < 1 || rule.day > last) {
      throw refuse(
        "invalid_calendar",
        `Hạn gửi ngày ${rule.day}/${rule.month} không có trong mọi năm.`,
        "due",
      );
    }
    return;
  }
  if (!Number.isInteger(rule.monthsAfter) || rule.monthsAfter < 0 || rule.monthsAfter > 12) {
    throw refuse("invalid_calendar", "Số tháng sau kỳ báo cáo phải từ 0 đến 12.", "due");
  }
  if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 31) {
    throw refuse("invalid_calendar", "Ngày gửi báo cáo phải từ 1 đến 31.", "due");
  }
}

function statedDay(period: RegularPeriod, rule: DueRule): LocalDate {
  if (rule.at === "day_of_year") {
    return localDate(period.year + (rule.nextYear ? 1 : 0), rule.month, rule.day);
  }
  return dayOfMonth(monthIndex(period.year, monthSpan(period)[1]) + rule.monthsAfter, rule.day);
}

function dueText(stated: LocalDate, wording: DueWording, lastDay: LocalDate): string {
  return wording === "before"
    ? `trước ngày ${formatDateVi(stated)}, tức chậm nhất ngày ${formatDateVi(lastDay)}`
    : `chậm nhất ngày ${formatDateVi(stated)}`;
}

function finishDue(
  cal: ReportingCalendar,
  period: Period,
  window: DateRange,
  stated: LocalDate,
  wording: DueWording,
  calendar: Calendar,
): ReportDue {
  checkWording(wording);
  const nominal = wording === "before" ? plusDays(stated, -1) : stated;
  const cite = `(R99, ${cal.source.trim()})`;
  const label = periodLabel(period);
  // Pre-filled figures need a window that is over before the report is due.
  if (window.to >= nominal) {
    throw refuse(
      "due_before_data_end",
      `Báo cáo ${label} phải gửi ${dueText(stated, wording, nominal)}, nhưng số liệu của kỳ tính đến hết ngày ${formatDateVi(window.to)}: ${cal.issuer.trim()} cần đặt kỳ chốt số liệu kết thúc trước hạn gửi ${cite}.`,
      "window",
    );
  }
  const lastDay = cal.rollPastDaysOff ? calendar.rollToWorkingDay(nominal) : nominal;
  let explanation = `Báo cáo ${label} (số liệu ${rangeText(window)}) gửi ${dueText(stated, wording, nominal)}`;
  if (lastDay !== nominal) {
    explanation += `; ${formatDayVi(nominal)} là ngày nghỉ nên hạn chuyển sang ${formatDayVi(lastDay)} (BLDS 2015 Điều 148.5, áp dụng theo lịch báo cáo)`;
  } else if (!calendar.isWorkingDay(nominal)) {
    explanation += `; ${formatDayVi(nominal)} là ngày nghỉ, hạn vẫn giữ nguyên vì lịch báo cáo không cho lùi hạn`;
  }
  explanation += ` ${cite}.`;
  return {
    period,
    window,
    stated,
    lastDay,
    ...(lastDay !== nominal ? { rolledFrom: nominal } : {}),
    explanation,
  };
}

/** When a regular report of `period` is due under the issuer's calendar (R99). */
export function regularReportDue(
  cal: ReportingCalendar,
  period: RegularPeriod,
  calendar: Calendar,
): ReportDue {
  checkPeriod(period);
  const scheduled = cal.reports.find((r) => r.kind === period.kind);
  if (!scheduled) {
    throw refuse(
      "invalid_calendar",
      `Lịch báo cáo của ${cal.issuer.trim()} không có báo cáo ${KIND_LABEL[period.kind]}.`,
      "period",
    );
  }
  checkDueRule(scheduled.due);
  const window = dataWindow(period, cal.window);
  return finishDue(
    cal,
    period,
    window,
    statedDay(period, scheduled.due),
    scheduled.due.wording,
    calendar,
  );
}

/** When a report on request is due: the request's own date, under the issuer's roll rule. */
export function thematicReportDue(
  cal: ReportingCalendar,
  request: ThematicRequest,
  calendar: Calendar,
): ReportDue {
  const window = periodBounds(request.period);
  const stated = parseLocalDate(request.due.date);
  return finishDue(cal, request.period, window, stated, request.due.wording, calendar);
}

/**
 * Checks a calendar before it is saved: names and source given, a sound window, at most one entry
 * per kind, real due days, and every report of `year` due after its figures are closed.
 */
export function checkReportingCalendar(
  cal: ReportingCalendar,
  year: number,
  calendar: Calendar,
): void {
  if (isBlank(cal.issuer))
    throw refuse("invalid_calendar", "Chưa ghi cơ quan nhận báo cáo.", "issuer");
  if (isBlank(cal.source)) {
    throw refuse("invalid_calendar", "Chưa ghi văn bản quy định lịch báo cáo.", "source");
  }
  checkWindow(cal.window);
  const seen = new Set<string>();
  for (const report of cal.reports) {
    if (!(REGULAR_KINDS as readonly string[]).includes(report.kind)) {
      throw refuse(
        "invalid_calendar",
        `Không có loại kỳ báo cáo "${String(report.kind)}".`,
        "kind",
      );
    }
    if (seen.has(report.kind)) {
      throw refuse(
        "invalid_calendar",
        `Lịch báo cáo có hai hạn cho báo cáo ${KIND_LABEL[report.kind]}.`,
        "reports",
      );
    }
    seen.add(report.kind);
    checkDueRule(report.due);
    for (const period of periodsOfYear(report.kind, year)) regularReportDue(cal, period, calendar);
  }
}
