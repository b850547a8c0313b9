// Consolidation (issue #6 §4). The upper level's report starts from its units' approved figures:
// counts are added; shares are recomputed from the summed numerators and denominators, never by
// averaging the units' percentages; a unit without a figure is listed as missing, never read as
// zero. The completeness view says, per period, who reported on time, late, or not at all.

import { type LocalDate, parseLocalDate } from "../../../core/calendar/index.ts";
import {
  checkDefinitions,
  checkValue,
  type IndicatorDefinition,
  type IndicatorValue,
  perMille,
} from "./indicators.ts";
import { refuse } from "./refusal.ts";
import { timeliness } from "./submission.ts";

/** One unit's figures, taken from its approved report. */
export interface UnitFigures {
  unitId: number;
  values: Readonly<Record<string, IndicatorValue>>;
}

export interface ConsolidatedIndicator {
  indicator: IndicatorDefinition;
  /** The sum over the units that reported it; null when none did. */
  value: IndicatorValue | null;
  /** A share recomputed from the sums, in per mille; null for a count or an empty whole. */
  perMille: number | null;
  reportedBy: number[];
  /** Expected units without this figure: shown as missing, never added as zero. */
  missing: number[];
}

function checkDistinct(unitIds: readonly number[]): void {
  if (new Set(unitIds).size !== unitIds.length) {
    throw refuse("unexpected_unit", "Danh sách đơn vị phải báo cáo có đơn vị trùng lặp.");
  }
}

function checkUnits(expected: readonly number[], approved: readonly UnitFigures[]): void {
  checkDistinct(expected);
  const seen = new Set<number>();
  for (const { unitId } of approved) {
    if (!expected.includes(unitId)) {
      throw refuse(
        "unexpected_unit",
        `Đơn vị #${unitId} không thuộc danh sách đơn vị phải báo cáo.`,
      );
    }
    if (seen.has(unitId)) throw refuse("unexpected_unit", `Đơn vị #${unitId} có hai báo cáo.`);
    seen.add(unitId);
  }
}

function safeSum(total: number, add: number, title: string): number {
  const sum = total + add;
  if (!Number.isSafeInteger(sum)) {
    throw refuse("invalid_indicator", `Tổng của chỉ tiêu "${title}" vượt quá giới hạn tính toán.`);
  }
  return sum;
}

/** The upper level's figures from its units' approved ones (issue #6 §4). */
export function consolidate(
  definitions: readonly IndicatorDefinition[],
  expectedUnitIds: readonly number[],
  approved: readonly UnitFigures[],
): ConsolidatedIndicator[] {
  checkDefinitions(definitions);
  checkUnits(expectedUnitIds, approved);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  for (const unit of approved) {
    for (const [id, value] of Object.entries(unit.values)) {
      const definition = byId.get(id);
      if (!definition) throw refuse("invalid_indicator", `Không có chỉ tiêu "${id}".`);
      checkValue(definition, value);
    }
  }
  const ordered = [...expectedUnitIds].sort((a, b) => a - b);
  return definitions.map((indicator) => {
    const reported = approved
      .filter((unit) => unit.values[indicator.id] !== undefined)
      .map((unit) => ({ unitId: unit.unitId, value: unit.values[indicator.id]! }))
      .sort((a, b) => a.unitId - b.unitId);
    const reportedBy = reported.map((r) => r.unitId);
    const missing = ordered.filter((id) => !reportedBy.includes(id));
    if (reported.length === 0)
      return { indicator, value: null, perMille: null, reportedBy, missing };
    const total = (pick: (value: IndicatorValue) => number) =>
      reported.reduce((sum, r) => safeSum(sum, pick(r.value), indicator.title), 0);
    if (indicator.kind === "count") {
      const value = total((v) => (v.kind === "count" ? v.value : 0));
      return { indicator, value: { kind: "count", value }, perMille: null, reportedBy, missing };
    }
    const numerator = total((v) => (v.kind === "share" ? v.numerator : 0));
    const denominator = total((v) => (v.kind === "share" ? v.denominator : 0));
    return {
      indicator,
      value: { kind: "share", numerator, denominator },
      perMille: perMille(numerator, denominator),
      reportedBy,
      missing,
    };
  });
}

export type SubmissionStatus = "on_time" | "late" | "missing" | "not_yet_due";

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, { vi: string; en: string }> = {
  on_time: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Chậm", en: "Late" },
  missing: { vi: "Chưa gửi, đã quá hạn", en: "Missing" },
  not_yet_due: { vi: "Chưa gửi, chưa đến hạn", en: "Not yet due" },
};

/** A report a unit owes for the period, and the day it was first submitted (null: not yet). */
export interface OwedReport {
  unitId: number;
  firstSubmittedOn: string | null;
}

export interface UnitSubmission {
  unitId: number;
  status: SubmissionStatus;
  submittedOn: LocalDate | null;
  /** Calendar days after the last day on time; 0 unless late. */
  daysLate: number;
}

export interface CompletenessCounts {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
}

export interface Completeness extends CompletenessCounts {
  units: UnitSubmission[];
}

/**
 * Who has reported, as it stood at the end of `today`. A submission dated after `today` did not
 * exist yet, so a view of a past day can be rebuilt.
 */
export function completeness(
  lastDay: string,
  owed: readonly OwedReport[],
  today: string,
): Completeness {
  const due = parseLocalDate(lastDay);
  const asOf = parseLocalDate(today);
  checkDistinct(owed.map((o) => o.unitId));
  const units = [...owed]
    .sort((a, b) => a.unitId - b.unitId)
    .map((report): UnitSubmission => {
      const on = report.firstSubmittedOn === null ? null : parseLocalDate(report.firstSubmittedOn);
      if (on === null || on > asOf) {
        const status = asOf > due ? "missing" : "not_yet_due";
        return { unitId: report.unitId, status, submittedOn: null, daysLate: 0 };
      }
      const t = timeliness(due, on);
      return { unitId: report.unitId, status: t.status, submittedOn: on, daysLate: t.daysLate };
    });
  const count = (status: SubmissionStatus) => units.filter((u) => u.status === status).length;
  return {
    expected: units.length,
    submitted: count("on_time") + count("late"),
    onTime: count("on_time"),
    late: count("late"),
    missing: count("missing"),
    notYetDue: count("not_yet_due"),
    units,
  };
}

export interface Share {
  numerator: number;
  denominator: number;
  perMille: number | null;
}

export const share = (numerator: number, denominator: number): Share => ({
  numerator,
  denominator,
  perMille: perMille(numerator, denominator),
});

/** Shares of the expected reports that were submitted, and submitted on time. */
export function completenessShares(c: CompletenessCounts): { submitted: Share; onTime: Share } {
  return { submitted: share(c.submitted, c.expected), onTime: share(c.onTime, c.expected) };
}

/**
 * One level of the drill-down (province → commune → village): `own` is what its direct units owe
 * it for the period; `children` are those units that in turn receive reports.
 */
export interface CompletenessNode {
  unitId: number;
  own: CompletenessCounts;
  children: readonly CompletenessNode[];
}

const COUNT_KEYS = ["expected", "submitted", "onTime", "late", "missing", "notYetDue"] as const;
const ZERO: CompletenessCounts = {
  expected: 0,
  submitted: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  notYetDue: 0,
};

export function addCounts(a: CompletenessCounts, b: CompletenessCounts): CompletenessCounts {
  const sum = { ...a };
  for (const key of COUNT_KEYS) sum[key] = a[key] + b[key];
  return sum;
}

/** Every report owed anywhere under `node`, counted once each (sums, never averages). */
export function subtreeCounts(node: CompletenessNode): CompletenessCounts {
  const own = { ...ZERO };
  for (const key of COUNT_KEYS) own[key] = node.own[key];
  return node.children.reduce((sum, child) => addCounts(sum, subtreeCounts(child)), own);
}
