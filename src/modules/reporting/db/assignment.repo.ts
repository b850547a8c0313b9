import type { Executor } from "../../../core/db/database.ts";
import type { AssignmentStatus } from "../rules/task-state.ts";
import { type FileRow, fileValues } from "./directive.repo.ts";
import "./tables.ts";

// All SQL on task assignments (one per task and unit), progress reports and evidence files.

export function insertAssignments(
  db: Executor,
  rows: { task_id: number; directive_id: number; unit_id: number; due_on: string }[],
) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto("reporting_task_assignment").values(rows).returning("id").execute();
}

const assignmentQuery = (db: Executor) =>
  db
    .selectFrom("reporting_task_assignment as a")
    .innerJoin("reporting_task as t", "t.id", "a.task_id")
    .innerJoin("reporting_directive as d", "d.id", "a.directive_id")
    .innerJoin("org_unit as u", "u.id", "a.unit_id")
    .innerJoin("org_unit as iu", "iu.id", "d.issuer_unit_id")
    .select([
      "a.id",
      "a.task_id",
      "a.directive_id",
      "a.unit_id",
      "a.due_on",
      "a.status",
      "a.acknowledged_on",
      "a.done_on",
      "a.done_note",
      "a.last_progress_on",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.path as unit_path",
      "t.position as task_position",
      "t.title as task_title",
      "t.description as task_description",
      "d.status as directive_status",
      "d.title as directive_title",
      "d.kind as directive_kind",
      "d.variant",
      "d.symbol",
      "d.number",
      "d.issued_on",
      "d.issuer_unit_id",
      "iu.code as issuer_code",
      "iu.name as issuer_name",
      "iu.path as issuer_path",
    ]);

export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

export function findAssignment(db: Executor, id: number) {
  return assignmentQuery(db).where("a.id", "=", id).executeTakeFirst();
}

/** The assignment with its row and its directive's row locked (a withdrawal cannot slip in). */
export function lockAssignment(db: Executor, id: number) {
  return assignmentQuery(db).where("a.id", "=", id).forUpdate(["a", "d"]).executeTakeFirst();
}

/** Every unit's assignment of a directive (or only those of `unitIds`), by task then unit code. */
export function assignmentsOfDirective(
  db: Executor,
  directiveId: number,
  unitIds?: readonly number[],
) {
  let q = assignmentQuery(db).where("a.directive_id", "=", directiveId);
  if (unitIds) {
    if (unitIds.length === 0) return Promise.resolve([]);
    q = q.where("a.unit_id", "in", unitIds);
  }
  return q.orderBy("t.position").orderBy("u.code").execute();
}

/** The tasks a unit was given by issued (or since withdrawn) directives, by due date. */
export function assignmentsOfUnit(db: Executor, unitId: number, limit = 200) {
  return assignmentQuery(db)
    .where("a.unit_id", "=", unitId)
    .orderBy("a.due_on")
    .orderBy("a.id")
    .limit(limit)
    .execute();
}

export function updateAssignment(
  db: Executor,
  id: number,
  set: Partial<{
    status: AssignmentStatus;
    acknowledged_on: string;
    acknowledged_by: number | null;
    done_on: string;
    done_by: number | null;
    done_note: string | null;
    last_progress_on: string;
  }>,
) {
  return db
    .updateTable("reporting_task_assignment")
    .set({ ...set, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

// ---- Progress and evidence -------------------------------------------------------------------

export function insertProgress(
  db: Executor,
  row: {
    assignment_id: number;
    unit_id: number;
    reported_on: string;
    text: string;
    percent: number | null;
    final: boolean;
    reported_by: number | null;
  },
) {
  return db
    .insertInto("reporting_task_progress")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
}

export function insertEvidence(
  db: Executor,
  ids: { progressId: number; assignmentId: number },
  f: FileRow,
) {
  return db
    .insertInto("reporting_task_evidence")
    .values({ progress_id: ids.progressId, assignment_id: ids.assignmentId, ...fileValues(f) })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export function progressOf(db: Executor, assignmentId: number) {
  return db
    .selectFrom("reporting_task_progress")
    .select(["id", "reported_on", "text", "percent", "final", "created_at"])
    .where("assignment_id", "=", assignmentId)
    .orderBy("id")
    .execute();
}

const evidenceColumns = [
  "id",
  "progress_id",
  "file_name",
  "mime",
  "byte_size",
  "sha256",
  "storage_key",
] as const;

export function evidenceOf(db: Executor, assignmentId: number) {
  return db
    .selectFrom("reporting_task_evidence")
    .select(evidenceColumns)
    .where("assignment_id", "=", assignmentId)
    .orderBy("id")
    .execute();
}

export function findEvidence(db: Executor, assignmentId: number, id: number) {
  return db
    .selectFrom("reporting_task_evidence")
    .select(evidenceColumns)
    .where("assignment_id", "=", assignmentId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export type ProgressRow = Awaited<ReturnType<typeof progressOf>>[number];
export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

/** The reminders raised on a task ("due soon", "overdue"), oldest first. */
export function remindersOf(db: Executor, assignmentId: number) {
  return db
    .selectFrom("reporting_task_reminder")
    .select(["kind", "raised_on"])
    .where("assignment_id", "=", assignmentId)
    .orderBy("raised_on")
    .execute();
}
