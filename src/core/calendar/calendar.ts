// The working-day calendar of one audience, and the Civil Code's period arithmetic on it
// (BLDS 91/2015/QH13, Art 147–148). Every module computes its legal deadlines through this.

import { type AnnouncedCalendar, type Audience, validateAnnouncedCalendars } from "./announced.ts";
import { ANNOUNCED_CALENDARS } from "./announced-days.ts";
import { CalendarError } from "./errors.ts";
import { formatDateVi } from "./format-vi.ts";
import { statutoryHolidays } from "./holidays.ts";
import {
  type DayNumber,
  dateParts,
  fromDayNumber,
  type LocalDate,
  localDate,
  parseLocalDate,
  partsOfDayNumber,
  plusMonths,
  toDayNumber,
  type Weekday,
  weekdayOfDayNumber,
} from "./local-date.ts";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from "./lunar.ts";
import { type PlannedDay, planYear } from "./year-plan.ts";

/** A date as a checked `LocalDate` or as an ISO string to be checked. */
export type DateInput = LocalDate | string;

export type DayKind =
  | "workingDay"
  | "makeUpWorkday"
  | "weeklyRest"
  | "holiday"
  | "bridge"
  | "compensatoryDayOff";

export interface DayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly working: boolean;
  /** For holidays, bridges, make-up and compensatory days. */
  readonly name?: string;
  readonly source?: string;
  /** True for a PM-chosen holiday still at its statutory default. */
  readonly defaulted?: boolean;
}

export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
  readonly source: string;
  readonly defaulted: boolean;
}

export interface CalendarOptions {
  readonly audience: Audience;
  /** Weekly rest days (ngày nghỉ hằng tuần), 0 = Sunday … 6 = Saturday; default Sat + Sun. */
  readonly weeklyRestDays?: readonly Weekday[];
  /** The announced data; default: the built-in ANNOUNCED_CALENDARS. */
  readonly announced?: readonly AnnouncedCalendar[];
  /** More announced data, e.g. loaded from the database, added to `announced`. */
  readonly additionalAnnounced?: readonly AnnouncedCalendar[];
  /**
   * T6 (BLLĐ Art 111.3): a holiday on a weekly rest day gives the next working day off.
   * Default: on for employers; off for the civil service, whose notices list every day off.
   */
  readonly compensateHolidaysOnRestDays?: boolean;
}

/** Longest period accepted, in days or working days: a guard against runaway loops. */
const MAX_PERIOD = 100_000;
const ART_111_3 = "BLLĐ 45/2019/QH14, Điều 111.3";

function checkPeriod(n: number, unitLabel: string): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_PERIOD) {
    throw new CalendarError(
      "invalid_period",
      `Số ${unitLabel} phải là số nguyên từ 0 đến ${MAX_PERIOD}, nhận được: ${n}.`,
      { n },
    );
  }
}

/** A holiday fixed by law cannot be turned into a working day or a mere bridge by data. */
function checkAgainstLaw(records: readonly AnnouncedCalendar[]): void {
  for (const record of records) {
    for (const day of record.days) {
      if (day.kind === "holiday") continue;
      const fixed = statutoryHolidays(dateParts(day.date).year).find(
        (h) => h.date === day.date && !h.defaulted,
      );
      if (fixed) {
        throw new CalendarError(
          "invalid_data",
          `Dữ liệu lịch nghỉ không hợp lệ: ngày ${formatDateVi(day.date)} là ngày nghỉ lễ theo luật (${fixed.name}), không thể là "${day.kind}".`,
          { date: day.date, sourceDocument: record.sourceDocument },
        );
      }
    }
  }
}

export class Calendar {
  readonly audience: Audience;
  readonly weeklyRestDays: readonly Weekday[];
  readonly compensatesHolidaysOnRestDays: boolean;
  private readonly records: readonly AnnouncedCalendar[];
  private readonly plans = new Map<number, ReadonlyMap<DayNumber, PlannedDay>>();
  private readonly compensations = new Map<number, ReadonlyMap<DayNumber, DayInfo>>();

  constructor(options: CalendarOptions) {
    const rest = [...new Set<Weekday>(options.weeklyRestDays ?? [6, 0])];
    if (rest.length > 6 || rest.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
      throw new CalendarError(
        "invalid_data",
        "Ngày nghỉ hằng tuần phải là các số 0 (Chủ nhật) đến 6 (thứ Bảy), tối đa 6 ngày.",
        { weeklyRestDays: rest },
      );
    }
    const all = [
      ...(options.announced ?? ANNOUNCED_CALENDARS),
      ...(options.additionalAnnounced ?? []),
    ];
    const records = validateAnnouncedCalendars(all).filter((r) => r.audience === options.audience);
    checkAgainstLaw(records);
    this.audience = options.audience;
    this.weeklyRestDays = rest;
    this.records = records;
    this.compensatesHolidaysOnRestDays =
      options.compensateHolidaysOnRestDays ?? options.audience !== "civilService";
  }

  /** A new calendar with more announced data (e.g. next year's notice from the database). */
  withAnnounced(additional: readonly AnnouncedCalendar[]): Calendar {
    return new Calendar({
      audience: this.audience,
      weeklyRestDays: this.weeklyRestDays,
      announced: this.records,
      additionalAnnounced: additional,
      compensateHolidaysOnRestDays: this.compensatesHolidaysOnRestDays,
    });
  }

  /** What kind of day `date` is for this audience, and why. */
  describeDay(date: DateInput): DayInfo {
    return this.describeDayNumber(toDayNumber(parseLocalDate(date)));
  }

  isWorkingDay(date: DateInput): boolean {
    return this.describeDay(date).working;
  }

  /** True for a public holiday (ngày nghỉ lễ, tết); bridges and weekends are not holidays. */
  isHoliday(date: DateInput): boolean {
    return this.describeDay(date).kind === "holiday";
  }

  /** The public holiday on `date`, with its name and legal source, or undefined. */
  holidayOn(date: DateInput): Holiday | undefined {
    const info = this.describeDay(date);
    if (info.kind !== "holiday") return undefined;
    return {
      date: info.date,
      name: info.name ?? "",
      source: info.source ?? "",
      defaulted: info.defaulted ?? false,
    };
  }

  /** Every day of `year` that is not an ordinary working or weekly-rest day, in order. */
  specialDays(year: number): readonly DayInfo[] {
    const first = toDayNumber(localDate(year, 1, 1));
    const last = toDayNumber(localDate(year, 12, 31));
    const days: DayInfo[] = [];
    for (let day = first; day <= last; day += 1) {
      const info = this.describeDayNumber(day);
      if (info.kind !== "workingDay" && info.kind !== "weeklyRest") days.push(info);
    }
    return days;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): LocalDate {
    return fromDayNumber(this.nextWorkingDayNumber(toDayNumber(parseLocalDate(date))));
  }

  /** `date` itself when it is a working day, else the next working day. */
  rollToWorkingDay(date: DateInput): LocalDate {
    const day = toDayNumber(parseLocalDate(date));
    return fromDayNumber(this.isWorkingDayNumber(day) ? day : this.nextWorkingDayNumber(day));
  }

  /**
   * The n-th working day after `from` (WD(n)): counting starts the next day (T1, BLDS Art 147 by
   * analogy, law2.md §7.4); weekly rest days, holidays and bridges are skipped, make-up
   * Saturdays count. n = 0 gives `from`.
   */
  addWorkingDays(from: DateInput, n: number): LocalDate {
    checkPeriod(n, "ngày làm việc");
    let day = toDayNumber(parseLocalDate(from));
    for (let counted = 0; counted < n; ) {
      day += 1;
      if (this.isWorkingDayNumber(day)) counted += 1;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days after `from` up to and including `to`, so that
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n`; negative when `to` is before `from`.
   */
  workingDaysBetween(from: DateInput, to: DateInput): number {
    const start = toDayNumber(parseLocalDate(from));
    const end = toDayNumber(parseLocalDate(to));
    const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) {
      if (this.isWorkingDayNumber(day)) count += 1;
    }
    return sign * count;
  }

  /**
   * D(n), BLDS Art 147–148: the first day is not counted (147.1), the period ends at 24:00 of
   * day `from + n` (148.1, 148.6); when that day is a weekly rest day or a holiday, at 24:00 of
   * the next working day (148.5, T2). Returns the day the period ends.
   */
  addCalendarDays(from: DateInput, n: number): LocalDate {
    checkPeriod(n, "ngày");
    return this.rollToWorkingDay(fromDayNumber(toDayNumber(parseLocalDate(from)) + n));
  }

  /**
   * Months per BLDS Art 148.2: the corresponding day of the last month, or its last day when it
   * has none (31/01 + 1 month → 28 or 29/02); then the Art 148.5 roll.
   */
  addMonths(from: DateInput, n: number): LocalDate {
    checkPeriod(n, "tháng");
    return this.rollToWorkingDay(plusMonths(parseLocalDate(from), n));
  }

  /** Years per BLDS Art 148.2 (29/02 + 1 year → 28/02), then the Art 148.5 roll. */
  addYears(from: DateInput, n: number): LocalDate {
    checkPeriod(n, "năm");
    return this.rollToWorkingDay(plusMonths(parseLocalDate(from), n * 12));
  }

  private isWorkingDayNumber(day: DayNumber): boolean {
    return this.describeDayNumber(day).working;
  }

  private nextWorkingDayNumber(day: DayNumber): DayNumber {
    let next = day + 1;
    while (!this.isWorkingDayNumber(next)) next += 1;
    return next;
  }

  private plan(year: number): ReadonlyMap<DayNumber, PlannedDay> {
    let plan = this.plans.get(year);
    if (!plan) {
      if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
        throw new CalendarError(
          "out_of_range",
          `Lịch ngày làm việc chỉ tính cho các năm từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}, nhận được năm ${year}.`,
          { year },
        );
      }
      plan = planYear(year, this.audience, this.records);
      this.plans.set(year, plan);
    }
    return plan;
  }

  private isWeeklyRest(day: DayNumber): boolean {
    return this.weeklyRestDays.includes(weekdayOfDayNumber(day));
  }

  /** Working or not before any T6 compensation is applied. */
  private plannedOrWeekly(day: DayNumber): DayInfo {
    const date = fromDayNumber(day);
    const planned = this.plan(partsOfDayNumber(day).year).get(day);
    if (planned) {
      const kind = planned.kind;
      return {
        date,
        kind,
        working: kind === "makeUpWorkday",
        name: planned.name,
        source: planned.source,
        ...(kind === "holiday" ? { defaulted: planned.defaulted } : {}),
      };
    }
    if (this.isWeeklyRest(day)) return { date, kind: "weeklyRest", working: false };
    return { date, kind: "workingDay", working: true };
  }

  /**
   * T6: for each holiday of `year` on a weekly rest day, the next ordinary working day is off.
   * Computed per year; a compensation may spill into the next January.
   */
  private compensation(year: number): ReadonlyMap<DayNumber, DayInfo> {
    const cached = this.compensations.get(year);
    if (cached) return cached;
    const given = new Map<DayNumber, DayInfo>();
    if (this.compensatesHolidaysOnRestDays) {
      const holidays = [...this.plan(year)]
        .filter(([day, planned]) => planned.kind === "holiday" && this.isWeeklyRest(day))
        .sort(([a], [b]) => a - b);
      for (const [day, planned] of holidays) {
        let off = day + 1;
        while (this.plannedOrWeekly(off).kind !== "workingDay" || given.has(off)) off += 1;
        given.set(off, {
          date: fromDayNumber(off),
          kind: "compensatoryDayOff",
          working: false,
          name: `Nghỉ bù ${planned.name} (${formatDateVi(fromDayNumber(day))} trùng ngày nghỉ hằng tuần)`,
          source: ART_111_3,
        });
      }
    }
    this.compensations.set(year, given);
    return given;
  }

  private describeDayNumber(day: DayNumber): DayInfo {
    const base = this.plannedOrWeekly(day);
    if (base.kind !== "workingDay") return base;
    const year = partsOfDayNumber(day).year;
    const spilled = year > LUNAR_MIN_YEAR ? this.compensation(year - 1).get(day) : undefined;
    return this.compensation(year).get(day) ?? spilled ?? base;
  }
}

let sharedCivilService: Calendar | undefined;

/**
 * The calendar of civil servants and public employees (CBCCVC): Mon–Fri (QĐ 188/1999), the
 * built-in announcements, plus `additionalAnnounced` (e.g. rows from the database).
 */
export function civilServiceCalendar(
  additionalAnnounced: readonly AnnouncedCalendar[] = [],
): Calendar {
  if (additionalAnnounced.length > 0) {
    return new Calendar({ audience: "civilService", additionalAnnounced });
  }
  sharedCivilService ??= new Calendar({ audience: "civilService" });
  return sharedCivilService;
}
