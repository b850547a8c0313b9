// One year's special days for one audience: the statutory holidays merged with what was
// announced. Announced data wins; a statutory default (Tết days, the day next to 02/9) gives way
// as soon as the announcement for that occasion is loaded.

import type { AnnouncedCalendar, AnnouncedDayKind, Audience } from "./announced.ts";
import { defaultLunarNewYearDays, statutoryHolidays } from "./holidays.ts";
import { type DayNumber, dateParts, localDate, toDayNumber } from "./local-date.ts";

export interface PlannedDay {
  readonly kind: AnnouncedDayKind;
  readonly name: string;
  readonly source: string;
  /** A PM-chosen day still at its statutory default (no announcement loaded). */
  readonly defaulted: boolean;
}

/** How far from mùng 1 an announced holiday counts as "the Tết announcement". */
const TET_WINDOW_DAYS = 10;

function announcedHolidayDays(
  records: readonly AnnouncedCalendar[],
  year: number,
): ReadonlySet<DayNumber> {
  const days = new Set<DayNumber>();
  for (const record of records) {
    for (const day of record.days) {
      if (day.kind === "holiday" && dateParts(day.date).year === year) {
        days.add(toDayNumber(day.date));
      }
    }
  }
  return days;
}

/** True when announced data already fixes the Tết days of `year`. */
function tetAnnounced(announcedHolidays: ReadonlySet<DayNumber>, year: number): boolean {
  const firstDay = toDayNumber(defaultLunarNewYearDays(year)[1]!);
  for (let day = firstDay - TET_WINDOW_DAYS; day <= firstDay + TET_WINDOW_DAYS; day += 1) {
    if (announcedHolidays.has(day)) return true;
  }
  return false;
}

/** True when announced data already picks 01/9 or 03/9 as the day next to National Day. */
function nationalDayAnnounced(announcedHolidays: ReadonlySet<DayNumber>, year: number): boolean {
  return (
    announcedHolidays.has(toDayNumber(localDate(year, 9, 1))) ||
    announcedHolidays.has(toDayNumber(localDate(year, 9, 3)))
  );
}

/**
 * The special days of Gregorian `year` for `audience`: holidays, bridges and make-up working
 * days, keyed by day number. `records` must be validated already.
 */
export function planYear(
  year: number,
  audience: Audience,
  records: readonly AnnouncedCalendar[],
): ReadonlyMap<DayNumber, PlannedDay> {
  const ours = records.filter((record) => record.audience === audience);
  const announcedHolidays = announcedHolidayDays(ours, year);
  const replaced = {
    lunarNewYear: tetAnnounced(announcedHolidays, year),
    nationalDay: nationalDayAnnounced(announcedHolidays, year),
  };

  const plan = new Map<DayNumber, PlannedDay>();
  for (const holiday of statutoryHolidays(year)) {
    const occasion = holiday.occasion;
    if (holiday.defaulted && (occasion === "lunarNewYear" || occasion === "nationalDay")) {
      if (replaced[occasion]) continue;
    }
    const day = toDayNumber(holiday.date);
    const sameDay = plan.get(day); // 10/3 lunar can meet 30/4 (1917, 1947)
    plan.set(day, {
      kind: "holiday",
      name: sameDay ? `${sameDay.name}; ${holiday.name}` : holiday.name,
      source: sameDay ? `${sameDay.source}; ${holiday.source}` : holiday.source,
      defaulted: holiday.defaulted,
    });
  }
  for (const record of ours) {
    for (const day of record.days) {
      if (dateParts(day.date).year !== year) continue;
      plan.set(toDayNumber(day.date), {
        kind: day.kind,
        name: day.name,
        source: record.sourceDocument,
        defaulted: false,
      });
    }
  }
  return plan;
}
