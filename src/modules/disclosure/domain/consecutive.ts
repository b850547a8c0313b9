// R3 (Luật 10/2022 Art 13.2, 13.3, 48, 66): "≥ N ngày liên tục" is met only by a posting that
// stays up without a break for N calendar days; a break resets the count. R8: a permanent
// posting ("thường xuyên") must have started and have no end.
//
// Interpretation (README): days are counted inclusively — up from 01/03 to 30/03 is 30 days — and
// a day on which the posting is up counts, today included. Rows that touch or overlap merge into
// one run; a single day with nothing up between them is an interruption.

import {
  daysBetween,
  type LocalDate,
  parseLocalDate,
  plusDays,
} from "../../../core/calendar/index.ts";
import { validation } from "../../../core/errors.ts";

/** One period a form was up (a row of evidence): inclusive; `to` null while it still is. */
export interface Span {
  from: string;
  to: string | null;
}

/** A maximal unbroken period, counted up to today. */
export interface Run {
  from: LocalDate;
  /** Last day up; null while still up with no end date. */
  to: LocalDate | null;
  /** Days up so far, inclusive, not beyond today. */
  days: number;
}

export interface RunAnalysis {
  /** Unbroken periods in order; rows starting after today are left out. */
  runs: Run[];
  /** The days between runs on which nothing was up (each one reset the count). */
  gaps: { from: LocalDate; to: LocalDate }[];
  /** The latest run is up today (no end date, or an end date from today on). */
  running: boolean;
  /** The first run that has reached N days by today, or null. */
  qualifying: Run | null;
  /** The N-th day of the qualifying run. */
  reachedOn: LocalDate | null;
  longest: number;
}

/** Days from `from` to `to`, both counted: 01/03 → 30/03 = 30. */
export function inclusiveDays(from: string, to: string): number {
  return daysBetween(parseLocalDate(from), parseLocalDate(to)) + 1;
}

/** The N-th day of a posting that starts on `from`. */
export function nthDay(from: string, n: number): LocalDate {
  return plusDays(parseLocalDate(from), n - 1);
}

interface Interval {
  from: LocalDate;
  to: LocalDate | null;
}

/** Sorted, merged intervals: rows that overlap or touch (to + 1 = next from) become one. */
function merge(spans: readonly Span[], today: LocalDate): Interval[] {
  const rows: Interval[] = [];
  for (const span of spans) {
    const from = parseLocalDate(span.from);
    const to = span.to === null ? null : parseLocalDate(span.to);
    if (to !== null && to < from) {
      throw validation(`Ngày gỡ (${to}) không được trước ngày niêm yết (${from}).`, "to");
    }
    if (from > today) continue; // planned, not yet up
    rows.push({ from, to });
  }
  rows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Interval[] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    if (last && (last.to === null || row.from <= plusDays(last.to, 1))) {
      if (last.to !== null && (row.to === null || row.to > last.to)) last.to = row.to;
    } else {
      merged.push({ ...row });
    }
  }
  return merged;
}

/** R3: the unbroken runs of one form at one place, and whether one reached `minDays` by today. */
export function analyzeRuns(spans: readonly Span[], minDays: number, today: string): RunAnalysis {
  if (!Number.isInteger(minDays) || minDays < 1) {
    throw validation(`Số ngày liên tục phải là số nguyên dương, nhận được: ${minDays}.`);
  }
  const day = parseLocalDate(today);
  const runs: Run[] = merge(spans, day).map(({ from, to }) => ({
    from,
    to,
    days: inclusiveDays(from, to === null || to > day ? day : to),
  }));
  const gaps = runs.slice(1).map((run, i) => ({
    from: plusDays(runs[i]?.to as LocalDate, 1),
    to: plusDays(run.from, -1),
  }));
  const last = runs.at(-1);
  const qualifying = runs.find((r) => r.days >= minDays) ?? null;
  return {
    runs,
    gaps,
    running: last !== undefined && (last.to === null || last.to >= day),
    qualifying,
    reachedOn: qualifying ? nthDay(qualifying.from, minDays) : null,
    longest: runs.reduce((max, r) => Math.max(max, r.days), 0),
  };
}

export interface PermanentAnalysis {
  /** Up today with no end date. */
  up: boolean;
  /** Start of the current (or last) run. */
  since: LocalDate | null;
  /** First day it was ever up. */
  firstPosted: LocalDate | null;
  /** Last day up, when it has (or is given) an end. */
  endsOn: LocalDate | null;
  gaps: { from: LocalDate; to: LocalDate }[];
}

/** R8: a permanent posting has started and has no end. */
export function analyzePermanent(spans: readonly Span[], today: string): PermanentAnalysis {
  const { runs, gaps } = analyzeRuns(spans, 1, today);
  const first = runs[0];
  const last = runs.at(-1);
  return {
    up: last !== undefined && last.to === null,
    since: last?.from ?? null,
    firstPosted: first?.from ?? null,
    endsOn: last?.to ?? null,
    gaps,
  };
}
