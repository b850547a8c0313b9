import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type { IndicatorDefinition, IndicatorValue } from "../../../core/indicators.ts";
import { perMille } from "../domain/indicators.ts";

// Consolidation (issue #6 §4): the upper level's figures from its units' approved reports. The
// rule is the domain's `consolidate` (counts added, shares recomputed from summed parts, a unit
// without a figure missing, never zero); here PostgreSQL adds them up in bigint, so a province or
// the whole country is one grouped scan. `consolidation.db.test.ts` checks both give the same.

/** Which approved reports count: one round, or every round of a period; under a unit or all. */
export interface ConsolidationScope {
  roundId?: number;
  periodKey?: string;
  /** ltree path of the unit whose subtree counts; null: the whole country. */
  underPath: string | null;
}

export interface ConsolidatedFigure {
  indicator: IndicatorDefinition;
  value: IndicatorValue | null;
  perMille: number | null;
  /** Approved reports carrying this figure. */
  reportedBy: number;
  /** Expected reports in scope without it (not sent, not approved, or no figure). */
  missing: number;
}

function scopeFilter(scope: ConsolidationScope) {
  const round =
    scope.roundId !== undefined
      ? sql`p.round_id = ${scope.roundId}`
      : sql`p.round_id in (select id from reporting_round where period_key = ${scope.periodKey ?? ""})`;
  const under = scope.underPath === null ? sql`true` : sql`u.path <@ ${scope.underPath}::ltree`;
  return sql`${round} and ${under}`;
}

export async function consolidatedFigures(
  db: Executor,
  definitions: readonly IndicatorDefinition[],
  scope: ConsolidationScope,
): Promise<{ expected: number; approved: number; figures: ConsolidatedFigure[] }> {
  const where = scopeFilter(scope);
  const [counts, sums] = await Promise.all([
    sql<{ expected: number; approved: number }>`
      select count(*)::int as expected, count(*) filter (where p.status = 'approved')::int as approved
        from reporting_report p join org_unit u on u.id = p.unit_id
       where ${where}`.execute(db),
    sql<{
      indicator_id: string;
      kind: "count" | "share";
      n: number;
      d: number | null;
      units: number;
    }>`
      select v.indicator_id, min(v.kind) as kind, sum(v.numerator)::bigint as n,
             sum(v.denominator)::bigint as d, count(*)::int as units
        from reporting_report p
        join org_unit u on u.id = p.unit_id
        join reporting_report_value v on v.report_id = p.id
       where ${where} and p.status = 'approved' and v.numerator is not null
       group by v.indicator_id`.execute(db),
  ]);
  const { expected, approved } = counts.rows[0] ?? { expected: 0, approved: 0 };
  const byId = new Map(sums.rows.map((r) => [r.indicator_id, r]));
  const figures = definitions.map((indicator): ConsolidatedFigure => {
    const row = byId.get(indicator.id);
    if (!row) return { indicator, value: null, perMille: null, reportedBy: 0, missing: expected };
    const value: IndicatorValue =
      indicator.kind === "count"
        ? { kind: "count", value: Number(row.n) }
        : { kind: "share", numerator: Number(row.n), denominator: Number(row.d ?? 0) };
    return {
      indicator,
      value,
      perMille: value.kind === "share" ? perMille(value.numerator, value.denominator) : null,
      reportedBy: row.units,
      missing: expected - row.units,
    };
  });
  return { expected, approved, figures };
}

/** The approved text of the reports a unit collected for a period (to pre-fill its own). */
export async function approvedNarrativesBelow(db: Executor, unitId: number, periodKey: string) {
  return db
    .selectFrom("reporting_report as p")
    .innerJoin("reporting_round as r", "r.id", "p.round_id")
    .innerJoin("org_unit as u", "u.id", "p.unit_id")
    .select(["p.unit_id", "u.full_name as unit_name", "p.narrative"])
    .where("r.issuer_unit_id", "=", unitId)
    .where("r.period_key", "=", periodKey)
    .where("p.status", "=", "approved")
    .orderBy("u.code")
    .execute();
}
