import { sql } from "kysely";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import "../db/tables.ts";

// Overdue tasks: not done, of a directive still in force, due before today (the due day itself is
// on time). Per unit (what it owes) and per issuer (who owes it what), with read rights checked.

const overdueBase = (db: Executor, today: string) =>
  db
    .selectFrom("reporting_task_assignment as a")
    .innerJoin("reporting_directive as d", "d.id", "a.directive_id")
    .innerJoin("reporting_task as t", "t.id", "a.task_id")
    .innerJoin("org_unit as u", "u.id", "a.unit_id")
    .select([
      "a.id",
      "a.unit_id",
      "a.status",
      "a.due_on",
      "a.directive_id",
      "d.issuer_unit_id",
      "d.title as directive_title",
      "d.variant",
      "d.number",
      "d.symbol",
      "t.title as task_title",
      "u.code as unit_code",
      "u.name as unit_name",
      sql<number>`(${today}::date - a.due_on)`.as("days_late"),
    ])
    .where("a.status", "<>", "done")
    .where("d.status", "=", "issued")
    .where("a.due_on", "<", today);

export type OverdueRow = Awaited<ReturnType<typeof overdueTasksOfUnit>>[number];

/** The tasks a unit owes past their due date, oldest first. */
export async function overdueTasksOfUnit(
  db: Executor,
  ctx: RequestContext,
  unit: { id: number; path: string },
  today: string,
) {
  authorize(ctx.actor, "reporting.directive.read", { unitPath: unit.path });
  return overdueBase(db, today)
    .where("a.unit_id", "=", unit.id)
    .orderBy("a.due_on")
    .orderBy("a.id")
    .execute();
}

/** The tasks overdue at every unit the issuer gave tasks to, and how many per unit. */
export async function overdueTasksOfIssuer(
  db: Executor,
  ctx: RequestContext,
  issuer: { id: number; path: string },
  today: string,
) {
  authorize(ctx.actor, "reporting.directive.read", { unitPath: issuer.path });
  const rows = await overdueBase(db, today)
    .where("d.issuer_unit_id", "=", issuer.id)
    .orderBy("a.due_on")
    .orderBy("u.code")
    .execute();
  const byUnit = new Map<number, { unitId: number; code: string; name: string; overdue: number }>();
  for (const r of rows) {
    const u = byUnit.get(r.unit_id) ?? {
      unitId: r.unit_id,
      code: r.unit_code,
      name: r.unit_name,
      overdue: 0,
    };
    u.overdue += 1;
    byUnit.set(r.unit_id, u);
  }
  return {
    rows,
    byUnit: [...byUnit.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}
