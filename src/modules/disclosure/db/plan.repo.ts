import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type { Form } from "../domain/types.ts";
import type { DisclosurePlanTable } from "./tables.ts";

// The SQL of plans (R12), of the quarterly register (R10) and of the document headers they carry.

export type PlanPeriodColumn = DisclosurePlanTable["period"];

/** A unit's plans, newest year first, with their number of entries. */
export function plansOf(db: Executor, unitId: number) {
  return db
    .selectFrom("disclosure_plan as p")
    .select([
      "p.id",
      "p.unit_id",
      "p.year",
      "p.period",
      "p.title",
      "p.approved_on",
      "p.approved_by",
      sql<number>`(select count(*) from disclosure_plan_entry e where e.plan_id = p.id)::int`.as(
        "entry_count",
      ),
    ])
    .where("p.unit_id", "=", unitId)
    .orderBy("p.year", "desc")
    .orderBy(sql`array_position(array['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'], p.period)`)
    .execute();
}

export function findPlan(db: Executor, id: number) {
  return db
    .selectFrom("disclosure_plan")
    .select(["id", "unit_id", "year", "period", "title", "approved_on", "approved_by"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function planEntriesOf(db: Executor, planId: number) {
  return db
    .selectFrom("disclosure_plan_entry")
    .select(["id", "category", "content", "forms", "timing", "duration", "responsible"])
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
}

export interface NewPlan {
  unitId: number;
  year: number;
  period: PlanPeriodColumn;
  title: string;
  entries: {
    category: string;
    content: string;
    forms: Form[];
    timing: string;
    duration: string;
    responsible: string;
  }[];
}

export async function insertPlan(db: Executor, plan: NewPlan): Promise<number> {
  const row = await db
    .insertInto("disclosure_plan")
    .values({
      unit_id: plan.unitId,
      year: plan.year,
      period: plan.period,
      title: plan.title,
      approved_on: null,
      approved_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (plan.entries.length > 0) {
    await db
      .insertInto("disclosure_plan_entry")
      .values(
        plan.entries.map((e) => ({
          plan_id: row.id,
          unit_id: plan.unitId,
          category: e.category,
          content: e.content,
          forms: e.forms,
          timing: e.timing,
          duration: e.duration,
          responsible: e.responsible,
        })),
      )
      .execute();
  }
  return row.id;
}

/**
 * Locks the unit's row until the transaction ends, so that two plans for overlapping periods
 * cannot be adopted at once (the unique key only catches the very same period).
 */
export async function lockUnitForPlans(db: Executor, unitId: number) {
  await db
    .selectFrom("org_unit")
    .select("id")
    .where("id", "=", unitId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export function approvePlanRow(db: Executor, id: number, approvedOn: string, approvedBy: string) {
  return db
    .updateTable("disclosure_plan")
    .set({ approved_on: approvedOn, approved_by: approvedBy })
    .where("id", "=", id)
    .where("approved_on", "is", null)
    .executeTakeFirst();
}

/** Items published on the platform between two days (drafts never are), for the register (R10). */
export function publishedBetween(db: Executor, unitId: number, from: string, to: string) {
  return db
    .selectFrom("disclosure_item")
    .select([
      "id",
      "category",
      "title",
      "version",
      "status",
      "basis_number",
      "basis_date",
      "basis_issuer",
      "published_on",
    ])
    .where("unit_id", "=", unitId)
    .where("status", "<>", "draft")
    .where("published_on", ">=", from)
    .where("published_on", "<=", to)
    .orderBy("published_on")
    .orderBy("id")
    .execute();
}

/** The employer's configured channels (R97), to prefill a plan. */
export function channelConfigOf(db: Executor, unitId: number) {
  return db
    .selectFrom("disclosure_channel_config")
    .select(["category", "forms"])
    .where("unit_id", "=", unitId)
    .execute();
}
