import { sql } from "kysely";
import { type Calendar, parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { reminderDue } from "../rules/task-state.ts";
import { audit } from "./support.ts";

export interface RemindResult {
  dueSoon: number;
  overdue: number;
}

/** Arbitrary key of the advisory lock that lets one process remind at a time. */
const REMIND_LOCK = 73_600_016;

/**
 * Raises each reminder once per task, unit and kind: "due soon" when at most 3 working days are
 * left (the due day included), "overdue" from the day after the due date, for tasks not done of
 * directives still in force. A reminder is a row of reporting_task_reminder (what the pages show)
 * and an audit event on the assigned unit's chain; an overdue one is also flagged on the issuer's.
 * Idempotent (the reminder's key); one process at a time (advisory lock); one transaction per
 * reminder so a failure leaves the others raised.
 */
export function remindTasks(db: Db, calendar: Calendar, today: string): Promise<RemindResult> {
  // The advisory lock belongs to a session: hold one connection for the whole run.
  return db.connection().execute(async (conn) => {
    const lock = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(${REMIND_LOCK}) as ok`.execute(conn);
    if (!lock.rows[0]?.ok) return { dueSoon: 0, overdue: 0 };
    try {
      return await remindOn(conn, calendar, today, (run) => conn.transaction().execute(run));
    } finally {
      await sql`select pg_advisory_unlock(${REMIND_LOCK})`.execute(conn);
    }
  });
}

/** The same inside the caller's transaction (demo data, tests): no lock. */
export function remindTasksIn(tx: Tx, calendar: Calendar, today: string): Promise<RemindResult> {
  return remindOn(tx, calendar, today, (run) => run(tx));
}

async function remindOn(
  db: Db,
  calendar: Calendar,
  today: string,
  inTransaction: (run: (tx: Tx) => Promise<void>) => Promise<void>,
): Promise<RemindResult> {
  const result: RemindResult = { dueSoon: 0, overdue: 0 };
  // Three weeks ahead covers 3 working days across any run of holidays (Tết).
  const horizon = plusDays(parseLocalDate(today), 21);
  const candidates = await db
    .selectFrom("reporting_task_assignment as a")
    .innerJoin("reporting_directive as d", "d.id", "a.directive_id")
    .select(["a.id", "a.unit_id", "a.status", "a.due_on", "a.directive_id", "d.issuer_unit_id"])
    .where("a.status", "<>", "done")
    .where("d.status", "=", "issued")
    .where("a.due_on", "<=", horizon)
    .orderBy("a.due_on")
    .orderBy("a.id")
    .execute();
  const ctx = systemContext();
  for (const c of candidates) {
    const kind = reminderDue(calendar, { status: c.status, dueOn: c.due_on, doneOn: null }, today);
    if (kind === null) continue;
    await inTransaction(async (tx) => {
      const raised = await tx
        .insertInto("reporting_task_reminder")
        .values({
          assignment_id: c.id,
          unit_id: c.unit_id,
          kind,
          due_on: c.due_on,
          raised_on: today,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(raised.numInsertedOrUpdatedRows ?? 0) === 0) return;
      const w = { tx, ctx };
      const summary = { kind, dueOn: c.due_on, directiveId: c.directive_id, raisedOn: today };
      await audit(w, {
        action: "reporting.task.reminded",
        unitId: c.unit_id,
        subjectType: "reporting_task_assignment",
        subjectId: c.id,
        summary: { ...summary, issuerUnitId: c.issuer_unit_id },
      });
      if (kind === "overdue") {
        result.overdue += 1;
        await audit(w, {
          action: "reporting.task.overdue-flagged",
          unitId: c.issuer_unit_id,
          subjectType: "reporting_task_assignment",
          subjectId: c.id,
          summary: { ...summary, unitId: c.unit_id },
        });
      } else result.dueSoon += 1;
    });
  }
  return result;
}
