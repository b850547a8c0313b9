import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import {
  addCounts,
  type CompletenessCounts,
  completeness,
  type SubmissionStatus,
} from "../domain/consolidation.ts";

// Completeness and timeliness (issue #6 §4): who reported for a period, on time, late or not at
// all, as it stood at the end of `asOf`. The drill-down goes down the unit tree (country →
// province → commune → village): each row is a unit directly under the scope, counting every
// report owed anywhere in its subtree, across the rounds of the period (the province's round to
// its communes, each commune's round to its villages). Statuses are the domain's `completeness`.

export interface CompletenessRow {
  unitId: number;
  code: string;
  name: string;
  /** Reports owed in this unit's subtree (itself included). */
  counts: CompletenessCounts;
  /** The unit's own report for the period, if it owes one (the first round found). */
  own: { reportId: number; roundId: number; status: SubmissionStatus; daysLate: number } | null;
  /** Units under it owe reports too: the row drills down. */
  hasChildren: boolean;
}

const ZERO: CompletenessCounts = {
  expected: 0,
  submitted: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  notYetDue: 0,
};

interface OwedRow {
  id: number;
  round_id: number;
  unit_id: number;
  first_submitted_on: string | null;
  last_day: string;
  branch: string;
  own: boolean;
}

/**
 * The rows under `scope` (a unit's id and path, or null for the whole country) for one period.
 * `roundId` narrows to one round.
 */
export async function completenessTree(
  db: Executor,
  input: {
    periodKey: string;
    scope: { id: number; path: string } | null;
    asOf: string;
    roundId?: number;
  },
): Promise<{ total: CompletenessCounts; rows: CompletenessRow[] }> {
  const depth = input.scope === null ? 1 : input.scope.path.split(".").length + 1;
  const under =
    input.scope === null
      ? sql`true`
      : sql`u.path <@ ${input.scope.path}::ltree and u.id <> ${input.scope.id}`;
  const round =
    input.roundId === undefined
      ? sql`r.period_key = ${input.periodKey}`
      : sql`r.id = ${input.roundId}`;
  const owed = await sql<OwedRow>`
    select p.id, p.round_id, p.unit_id, p.first_submitted_on, r.last_day,
           subpath(u.path, 0, ${depth})::text as branch, nlevel(u.path) = ${depth} as own
      from reporting_report p
      join reporting_round r on r.id = p.round_id
      join org_unit u on u.id = p.unit_id
     where ${round} and ${under}`.execute(db);

  // The domain judges each round on its own (a unit may owe two bodies a report).
  const byRound = new Map<number, OwedRow[]>();
  for (const row of owed.rows) {
    const list = byRound.get(row.round_id) ?? [];
    list.push(row);
    byRound.set(row.round_id, list);
  }
  const counts = new Map<string, CompletenessCounts>();
  const own = new Map<string, CompletenessRow["own"]>();
  const deeper = new Set<string>();
  let total = ZERO;
  for (const rows of byRound.values()) {
    const judged = completeness(
      rows[0]!.last_day,
      rows.map((r) => ({ unitId: r.unit_id, firstSubmittedOn: r.first_submitted_on })),
      input.asOf,
    );
    const status = new Map(judged.units.map((u) => [u.unitId, u]));
    for (const row of rows) {
      const s = status.get(row.unit_id)!;
      const one: CompletenessCounts = {
        expected: 1,
        submitted: s.status === "on_time" || s.status === "late" ? 1 : 0,
        onTime: s.status === "on_time" ? 1 : 0,
        late: s.status === "late" ? 1 : 0,
        missing: s.status === "missing" ? 1 : 0,
        notYetDue: s.status === "not_yet_due" ? 1 : 0,
      };
      counts.set(row.branch, addCounts(counts.get(row.branch) ?? ZERO, one));
      total = addCounts(total, one);
      if (row.own && !own.has(row.branch)) {
        own.set(row.branch, {
          reportId: row.id,
          roundId: row.round_id,
          status: s.status,
          daysLate: s.daysLate,
        });
      }
      if (!row.own) deeper.add(row.branch);
    }
  }
  if (counts.size === 0) return { total, rows: [] };
  const units = await sql<{ id: number; code: string; name: string; path: string }>`
    select id, code, name, path::text as path from org_unit
     where path = any(${[...counts.keys()]}::ltree[]) order by code`.execute(db);
  return {
    total,
    rows: units.rows.map((u) => ({
      unitId: u.id,
      code: u.code,
      name: u.name,
      counts: counts.get(u.path)!,
      own: own.get(u.path) ?? null,
      hasChildren: deeper.has(u.path),
    })),
  };
}
