import { sql } from "kysely";
import { authorize, can } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { assignmentsOfUnit } from "../db/assignment.repo.ts";
import { directivesIssuedBy } from "../db/directive.repo.ts";

/**
 * A unit's directives: those it issued (drafts only for those who may issue), each with how many
 * assignments it gave, how many are done and how many are overdue today; and the tasks given to
 * the unit, by due date.
 */
export async function directivesOfUnit(
  db: Executor,
  ctx: RequestContext,
  unit: { id: number; path: string },
  today: string,
) {
  authorize(ctx.actor, "reporting.directive.read", { unitPath: unit.path });
  const mayIssue = can(ctx.actor, "reporting.directive.issue", { unitPath: unit.path });
  const [issued, assigned] = await Promise.all([
    directivesIssuedBy(db, unit.id, mayIssue),
    assignmentsOfUnit(db, unit.id),
  ]);
  const ids = issued.map((d) => d.id);
  const counts =
    ids.length === 0
      ? []
      : await db
          .selectFrom("reporting_task_assignment")
          .select([
            "directive_id",
            sql<number>`count(*)::int`.as("total"),
            sql<number>`count(*) filter (where status = 'done')::int`.as("done"),
            sql<number>`count(*) filter (where status <> 'done' and due_on < ${today}::date)::int`.as(
              "overdue",
            ),
          ])
          .where("directive_id", "in", ids)
          .groupBy("directive_id")
          .execute();
  const byId = new Map(counts.map((c) => [c.directive_id, c]));
  return {
    mayIssue,
    issued: issued.map((d) => ({
      ...d,
      total: byId.get(d.id)?.total ?? 0,
      done: byId.get(d.id)?.done ?? 0,
      overdue: d.status === "issued" ? (byId.get(d.id)?.overdue ?? 0) : 0,
    })),
    assigned,
  };
}

export type UnitDirectives = Awaited<ReturnType<typeof directivesOfUnit>>;
