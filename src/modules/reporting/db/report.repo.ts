import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type {
  ReportingReportEventTable,
  ReportingReportValueTable,
  ReportingRoundTable,
} from "./report-tables.ts";
import "./report-tables.ts";

// All SQL on calendars, rounds, reports, their values, events and lock exceptions
// (migration 20261122-17).

// ---- Calendars -------------------------------------------------------------------------------

/** The issuer's calendar in force on `on`: the latest taking effect on or before it. */
export function calendarInForce(db: Executor, unitId: number, on: string) {
  return db
    .selectFrom("reporting_calendar")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("effective_from", "<=", on)
    .orderBy("effective_from", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

export function calendarsOf(db: Executor, unitId: number) {
  return db
    .selectFrom("reporting_calendar")
    .selectAll()
    .where("unit_id", "=", unitId)
    .orderBy("effective_from", "desc")
    .execute();
}

// ---- Rounds ----------------------------------------------------------------------------------

const roundQuery = (db: Executor) =>
  db
    .selectFrom("reporting_round as r")
    .innerJoin("org_unit as u", "u.id", "r.issuer_unit_id")
    .leftJoin("org_body as b", "b.id", "r.issuer_body_id")
    .selectAll("r")
    .select(["u.code as issuer_code", "u.name as issuer_name", "u.path as issuer_path"])
    .select("b.name as issuer_body_name");

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export function findRound(db: Executor, id: number) {
  return roundQuery(db).where("r.id", "=", id).executeTakeFirst();
}

export function lockRoundRow(db: Executor, id: number) {
  return roundQuery(db).where("r.id", "=", id).forUpdate("r").executeTakeFirst();
}

export function roundsIssuedBy(db: Executor, unitId: number) {
  return roundQuery(db)
    .where("r.issuer_unit_id", "=", unitId)
    .orderBy("r.last_day", "desc")
    .orderBy("r.id", "desc")
    .execute();
}

export function insertRound(
  db: Executor,
  row: Omit<ReportingRoundTable, "id" | "created_at" | "locked_from">,
) {
  return db.insertInto("reporting_round").values(row).returning("id").executeTakeFirstOrThrow();
}

export function roundWithKey(db: Executor, unitId: number, bodyId: number | null, key: string) {
  return db
    .selectFrom("reporting_round")
    .select("id")
    .where("issuer_unit_id", "=", unitId)
    .where(sql<boolean>`coalesce(issuer_body_id, 0) = ${bodyId ?? 0}`)
    .where("period_key", "=", key)
    .executeTakeFirst();
}

export function setRoundLock(db: Executor, id: number, lockedFrom: string | null) {
  return db
    .updateTable("reporting_round")
    .set({ locked_from: lockedFrom })
    .where("id", "=", id)
    .execute();
}

/** Units that owe a report: of `kinds`, strictly under the issuer, in force on `on`. */
export function unitsOwing(db: Executor, issuerPath: string, kinds: readonly string[], on: string) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "path"])
    .where(sql<boolean>`path <@ ${issuerPath}::ltree and path <> ${issuerPath}::ltree`)
    .where("kind", "in", kinds as never[])
    .where((eb) => eb.or([eb("dissolved_on", "is", null), eb("dissolved_on", ">", on)]))
    .orderBy("code")
    .execute();
}

// ---- Reports ---------------------------------------------------------------------------------

export function insertReports(
  db: Executor,
  rows: { round_id: number; unit_id: number; reviewer_unit_id: number }[],
) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto("reporting_report").values(rows).returning("id").execute();
}

const reportQuery = (db: Executor) =>
  db
    .selectFrom("reporting_report as p")
    .innerJoin("reporting_round as r", "r.id", "p.round_id")
    .innerJoin("org_unit as u", "u.id", "p.unit_id")
    .innerJoin("org_unit as i", "i.id", "r.issuer_unit_id")
    .selectAll("p")
    .select([
      "r.title as round_title",
      "r.period",
      "r.period_key",
      "r.window_from",
      "r.window_to",
      "r.last_day",
      "r.stated_due",
      "r.due_explanation",
      "r.locked_from",
      "r.outline",
      "r.issuer_unit_id",
      "r.issuer_body_id",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.full_name as unit_full_name",
      "u.path as unit_path",
      "i.code as issuer_code",
      "i.name as issuer_name",
      "i.full_name as issuer_full_name",
      "i.path as issuer_path",
    ]);

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export function findReport(db: Executor, id: number) {
  return reportQuery(db).where("p.id", "=", id).executeTakeFirst();
}

/** The report with its row locked, so two steps on it cannot cross. */
export function lockReport(db: Executor, id: number) {
  return reportQuery(db).where("p.id", "=", id).forUpdate("p").executeTakeFirst();
}

export function updateReport(
  db: Executor,
  id: number,
  set: Partial<{
    status: ReportRow["status"];
    narrative: Record<string, string>;
    prefilled_at: Date;
    first_submitted_on: string;
    last_submitted_on: string;
    last_submitted_by: number | null;
    approved_on: string;
    approved_by: number | null;
  }>,
) {
  const { narrative, ...rest } = set;
  return db
    .updateTable("reporting_report")
    .set({
      ...rest,
      ...(narrative ? { narrative: JSON.stringify(narrative) as never } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

/** The reports a unit owes, newest round first. */
export function reportsOfUnit(db: Executor, unitId: number) {
  return reportQuery(db)
    .where("p.unit_id", "=", unitId)
    .orderBy("r.last_day", "desc")
    .orderBy("p.id", "desc")
    .execute();
}

/** Every report of a round with its unit, in unit code order. */
export function reportsOfRound(db: Executor, roundId: number) {
  return db
    .selectFrom("reporting_report as p")
    .innerJoin("org_unit as u", "u.id", "p.unit_id")
    .select([
      "p.id",
      "p.unit_id",
      "p.status",
      "p.first_submitted_on",
      "p.last_submitted_on",
      "p.approved_on",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.path as unit_path",
    ])
    .where("p.round_id", "=", roundId)
    .orderBy("u.code")
    .execute();
}

// ---- Values ----------------------------------------------------------------------------------

export function valuesOf(db: Executor, reportId: number) {
  return db
    .selectFrom("reporting_report_value")
    .selectAll()
    .where("report_id", "=", reportId)
    .execute();
}

/** Writes the computed figures; a figure the unit changed keeps its own value. */
export async function upsertComputedValues(db: Executor, rows: ReportingReportValueTable[]) {
  if (rows.length === 0) return;
  await db
    .insertInto("reporting_report_value")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["report_id", "indicator_id"]).doUpdateSet((eb) => ({
        kind: eb.ref("excluded.kind"),
        computed_numerator: eb.ref("excluded.computed_numerator"),
        computed_denominator: eb.ref("excluded.computed_denominator"),
        // Unchanged by the unit: follows the new computation.
        numerator: sql`case when reporting_report_value.numerator is not distinct from reporting_report_value.computed_numerator
                        and reporting_report_value.denominator is not distinct from reporting_report_value.computed_denominator
                       then excluded.numerator else reporting_report_value.numerator end`,
        denominator: sql`case when reporting_report_value.numerator is not distinct from reporting_report_value.computed_numerator
                          and reporting_report_value.denominator is not distinct from reporting_report_value.computed_denominator
                         then excluded.denominator else reporting_report_value.denominator end`,
      })),
    )
    .execute();
}

export function setUnitValue(
  db: Executor,
  reportId: number,
  indicatorId: string,
  set: { numerator: number | null; denominator: number | null; note: string | null },
) {
  return db
    .updateTable("reporting_report_value")
    .set(set)
    .where("report_id", "=", reportId)
    .where("indicator_id", "=", indicatorId)
    .execute();
}

// ---- Events and exceptions -------------------------------------------------------------------

export function insertReportEvent(
  db: Executor,
  row: Omit<ReportingReportEventTable, "id" | "at" | "late_days"> & { late_days?: number },
) {
  return db.insertInto("reporting_report_event").values(row).execute();
}

export function eventsOf(db: Executor, reportId: number) {
  return db
    .selectFrom("reporting_report_event")
    .selectAll()
    .where("report_id", "=", reportId)
    .orderBy("id")
    .execute();
}

export function exceptionsOf(db: Executor, roundId: number, unitId?: number) {
  let q = db.selectFrom("reporting_lock_exception").selectAll().where("round_id", "=", roundId);
  if (unitId !== undefined) q = q.where("unit_id", "=", unitId);
  return q.orderBy("id").execute();
}

export function insertLockException(
  db: Executor,
  row: {
    round_id: number;
    unit_id: number;
    granted_by: number | null;
    granted_on: string;
    expires_on: string;
    reason: string;
  },
) {
  return db
    .insertInto("reporting_lock_exception")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
}
