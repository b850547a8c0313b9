import { type Calendar, parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import type { IndicatorDefinition } from "../../../core/indicators.ts";
import { flattenOutline, type OutlineSection, type ReportOutline } from "../domain/outline.ts";
import {
  type Period,
  periodLabel,
  periodsOfYear,
  type RegularPeriod,
  type ReportingCalendar,
  regularReportDue,
} from "../domain/periods.ts";

// Reporting rounds (issue #6 §2): one period of an issuer's calendar, or one report on request.
// The period is stored as the domain's own value; its key makes one regular round per issuer and
// period, and joins the rounds of one period across levels (province → commune → village).

export type StoredPeriod = Period;

/** "six_months:2026", "quarter:2026-2", "month:2026-05", "thematic:2026-11-22:<title>". */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "month":
      return `month:${period.year}-${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `quarter:${period.year}-${period.quarter}`;
    case "six_months":
    case "nine_months":
    case "year":
      return `${period.kind}:${period.year}`;
    case "thematic":
      return `thematic:${period.from}:${period.to}:${period.title.trim().toLowerCase()}`.slice(
        0,
        80,
      );
  }
}

/** "Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026". */
export const roundTitle = (period: Period) =>
  period.kind === "thematic"
    ? `Báo cáo ${periodLabel(period)}`
    : `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${periodLabel(period)}`;

/**
 * The template a round uses: when no section names an indicator, the results section ("III",
 * or else the last one) shows them all, so a pre-filled draft always carries its figures.
 */
export function outlineWithIndicators(
  outline: ReportOutline,
  definitions: readonly IndicatorDefinition[],
): ReportOutline {
  if (flattenOutline(outline.sections).some((s) => s.indicatorIds.length > 0)) return outline;
  const target = outline.sections.find((s) => s.code === "III") ?? outline.sections.at(-1);
  const ids = definitions.map((d) => d.id);
  const place = (s: OutlineSection): OutlineSection =>
    s === target ? { ...s, indicatorIds: ids } : s;
  return { ...outline, sections: outline.sections.map(place) };
}

/** Every indicator id a template shows, in reading order, once. */
export function outlineIndicatorIds(outline: ReportOutline): string[] {
  return [...new Set(flattenOutline(outline.sections).flatMap((s) => s.indicatorIds))];
}

/**
 * The regular periods of a calendar whose last day on time falls within the next `daysAhead`
 * days (today included): the rounds an issuer wants opened by now. A period the calendar cannot
 * date (figures closing after the due day) is left out; `checkReportingCalendar` refused those.
 */
export function periodsDueSoon(
  cal: ReportingCalendar,
  today: string,
  daysAhead: number,
  calendar: Calendar,
): RegularPeriod[] {
  const horizon = plusDays(parseLocalDate(today), daysAhead);
  const year = Number(today.slice(0, 4));
  const out: RegularPeriod[] = [];
  for (const scheduled of cal.reports) {
    for (const y of [year - 1, year, year + 1]) {
      for (const period of periodsOfYear(scheduled.kind, y)) {
        let lastDay: string;
        try {
          lastDay = regularReportDue(cal, period, calendar).lastDay;
        } catch {
          continue;
        }
        if (lastDay >= today && lastDay <= horizon) out.push(period);
      }
    }
  }
  return out;
}
