import { sql } from "kysely";
import type { Calendar } from "../../../core/calendar/index.ts";
import { parseLocalDate, plusDays } from "../../../core/calendar/index.ts";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db, Tx } from "../../../core/db/database.ts";
import { vnDate } from "../domain/cite.ts";
import { clockState, escalation } from "../domain/clocks.ts";
import { addEvent } from "./support.ts";

export interface SweepResult {
  reminded: number;
  overdue: number;
  escalated: number;
}

/** Arbitrary key of the advisory lock that lets one process sweep at a time. */
const SWEEP_LOCK = 73_500_001;

/**
 * Raises each reminder once: "due soon" when at most 2 working days remain, "overdue" the day
 * after the last day; and escalates an overdue item to the unit above (the province for a
 * commune), with what the law then lets the submitter or the upper level do (T20, T33 Art 38).
 * Idempotent (inbox_reminder's key); one process at a time (advisory lock); one transaction per
 * item so a failure leaves the others done.
 */
export function sweepClocks(db: Db, calendar: Calendar, today: string): Promise<SweepResult> {
  // The advisory lock belongs to a session: hold one connection for the whole sweep.
  return db.connection().execute(async (conn) => {
    const lock = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(${SWEEP_LOCK}) as ok`.execute(conn);
    if (!lock.rows[0]?.ok) return { reminded: 0, overdue: 0, escalated: 0 };
    try {
      return await sweepOn(conn, calendar, today, (run) => conn.transaction().execute(run));
    } finally {
      await sql`select pg_advisory_unlock(${SWEEP_LOCK})`.execute(conn);
    }
  });
}

/** The same inside the caller's transaction (demo data sweeping day by day): no lock. */
export function sweepClocksIn(tx: Tx, calendar: Calendar, today: string): Promise<SweepResult> {
  return sweepOn(tx, calendar, today, (run) => run(tx));
}

async function sweepOn(
  db: Db,
  calendar: Calendar,
  today: string,
  inTransaction: (run: (tx: Tx) => Promise<void>) => Promise<void>,
): Promise<SweepResult> {
  const result: SweepResult = { reminded: 0, overdue: 0, escalated: 0 };
  // Two weeks ahead covers 2 working days across any run of holidays (Tết).
  const horizon = plusDays(parseLocalDate(today), 14);
  const candidates = await db
    .selectFrom("inbox_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([
      "i.id",
      "i.unit_id",
      "i.track",
      "i.instance",
      "i.remote_area",
      "i.due_on",
      "i.escalated_on",
      "u.parent_id",
    ])
    .where("i.status", "in", ["received", "accepted", "suspended"])
    .where("i.due_on", "is not", null)
    .where("i.due_on", "<=", horizon)
    .orderBy("i.due_on")
    .execute();
  for (const c of candidates) {
    const due = c.due_on as string;
    const state = clockState(calendar, due, today);
    if (state === "on_time") continue;
    const kind = state === "overdue" ? "overdue" : "due_soon";
    await inTransaction(async (tx) => {
      if (!(await raise(tx, c.id, c.unit_id, kind, due))) return;
      const ctx = systemContext();
      if (kind === "due_soon") {
        result.reminded += 1;
        await addEvent({ tx, ctx }, c, {
          type: "reminder",
          text: `Sắp đến hạn: ${vnDate(due)}.`,
          data: { dueOn: due },
        });
        return;
      }
      result.overdue += 1;
      const legal = escalation(calendar, {
        track: c.track,
        instance: c.instance ?? "first",
        due,
        today,
        remoteArea: c.remote_area,
      });
      await addEvent({ tx, ctx }, c, {
        type: "overdue",
        public: true,
        text:
          legal?.message ??
          `Quá hạn trả lời (hết ngày ${vnDate(due)}); đã báo cáo cấp trên theo dõi, đôn đốc.`,
        data: { dueOn: due, rule: legal?.rule ?? null, stepDue: legal?.stepDue ?? null },
      });
      if (
        c.escalated_on === null &&
        c.parent_id !== null &&
        (await raise(tx, c.id, c.unit_id, "escalated", due))
      ) {
        result.escalated += 1;
        await tx
          .updateTable("inbox_item")
          .set({ escalated_on: today, escalated_to_unit_id: c.parent_id })
          .where("id", "=", c.id)
          .execute();
        await addEvent({ tx, ctx }, c, {
          type: "escalated",
          text: "Báo cáo cấp trên trực tiếp: vụ việc quá hạn.",
          data: { toUnitId: c.parent_id, dueOn: due },
        });
      }
    });
  }
  return result;
}

async function raise(
  tx: Tx,
  itemId: number,
  unitId: number,
  kind: "due_soon" | "overdue" | "escalated",
  due: string,
) {
  const r = await tx
    .insertInto("inbox_reminder")
    .values({ item_id: itemId, unit_id: unitId, kind, due_on: due })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}
