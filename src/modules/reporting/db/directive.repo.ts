import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type { IssuedNumber } from "../domain/numbering.ts";
import type { ReportingDirectiveTable, ReportingTaskTable } from "./tables.ts";
import "./tables.ts";

// All SQL on directives, their tasks and attachments (migration 20261122-16).

const directiveColumns = [
  "d.id",
  "d.issuer_unit_id",
  "d.issuer_body_id",
  "d.kind",
  "d.variant",
  "d.symbol",
  "d.number",
  "d.issued_year",
  "d.issued_on",
  "d.title",
  "d.body",
  "d.status",
  "d.withdrawn_reason",
  "d.withdrawn_on",
  "d.created_at",
  "d.updated_at",
] as const;

const directiveQuery = (db: Executor) =>
  db
    .selectFrom("reporting_directive as d")
    .innerJoin("org_unit as u", "u.id", "d.issuer_unit_id")
    .leftJoin("org_body as b", "b.id", "d.issuer_body_id")
    .select(directiveColumns)
    .select(["u.code as issuer_code", "u.name as issuer_name", "u.path as issuer_path"])
    .select("b.name as issuer_body_name");

export type DirectiveRow = NonNullable<Awaited<ReturnType<typeof findDirective>>>;

export function findDirective(db: Executor, id: number) {
  return directiveQuery(db).where("d.id", "=", id).executeTakeFirst();
}

/** The directive with its row locked, so two steps on it cannot cross. */
export function lockDirective(db: Executor, id: number) {
  return directiveQuery(db).where("d.id", "=", id).forUpdate("d").executeTakeFirst();
}

export function insertDirective(
  db: Executor,
  row: Pick<
    ReportingDirectiveTable,
    "issuer_unit_id" | "issuer_body_id" | "kind" | "variant" | "symbol" | "issued_on" | "title"
  > & { body: string; created_by: number | null },
) {
  return db.insertInto("reporting_directive").values(row).returning("id").executeTakeFirstOrThrow();
}

export function updateDirectiveRow(
  db: Executor,
  id: number,
  set: Partial<{
    issuer_body_id: number | null;
    kind: ReportingDirectiveTable["kind"];
    variant: ReportingDirectiveTable["variant"];
    symbol: string;
    issued_on: string | null;
    title: string;
    body: string;
    number: number;
    issued_year: number;
    status: "issued" | "withdrawn";
    issued_by: number | null;
    withdrawn_reason: string;
    withdrawn_on: string;
  }>,
) {
  return db
    .updateTable("reporting_directive")
    .set({ ...set, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

/** Directives a unit issued, newest first (drafts only for those who may issue). */
export function directivesIssuedBy(db: Executor, unitId: number, withDrafts: boolean) {
  let q = directiveQuery(db).where("d.issuer_unit_id", "=", unitId);
  if (!withDrafts) q = q.where("d.status", "<>", "draft");
  return q.orderBy("d.id", "desc").limit(200).execute();
}

// ---- Numbers (T55) ---------------------------------------------------------------------------

/** The issuer's series key, as domain/numbering.ts compares it. */
export const issuerKey = (unitId: number, bodyId: number | null) => `${unitId}:${bodyId ?? 0}`;

/**
 * Serialises numbering for one issuer and year until the transaction ends, so two directives
 * issued at once never take the same next number.
 */
export async function lockIssuerYear(
  db: Executor,
  unitId: number,
  bodyId: number | null,
  year: number,
) {
  await sql`select pg_advisory_xact_lock(hashtext(${`reporting.number:${issuerKey(unitId, bodyId)}:${year}`}))`.execute(
    db,
  );
}

/** Every number the issuer gave that year, withdrawn documents included (T55). */
export async function issuedNumbers(
  db: Executor,
  unitId: number,
  bodyId: number | null,
  year: number,
): Promise<IssuedNumber[]> {
  let q = db
    .selectFrom("reporting_directive")
    .select(["number", "symbol", "issued_on"])
    .where("issuer_unit_id", "=", unitId)
    .where("issued_year", "=", year)
    .where("number", "is not", null);
  q =
    bodyId === null
      ? q.where("issuer_body_id", "is", null)
      : q.where("issuer_body_id", "=", bodyId);
  const rows = await q.execute();
  return rows.map((r) => ({
    issuer: issuerKey(unitId, bodyId),
    series: "regular",
    number: r.number as number,
    symbol: r.symbol,
    issuedOn: r.issued_on as string,
  }));
}

// ---- Tasks -----------------------------------------------------------------------------------

export type NewTask = Omit<
  ReportingTaskTable,
  "id" | "directive_id" | "position" | "description"
> & {
  description: string;
};

/** A draft's tasks are saved whole: the old ones go, the new ones come in their order. */
export async function replaceTasks(db: Executor, directiveId: number, tasks: readonly NewTask[]) {
  await db.deleteFrom("reporting_task").where("directive_id", "=", directiveId).execute();
  if (tasks.length === 0) return;
  await db
    .insertInto("reporting_task")
    .values(tasks.map((t, i) => ({ ...t, directive_id: directiveId, position: i + 1 })))
    .execute();
}

export function tasksOf(db: Executor, directiveId: number) {
  return db
    .selectFrom("reporting_task as t")
    .leftJoin("org_unit as u", "u.id", "t.target_unit_id")
    .leftJoin("org_body as b", "b.id", "t.target_body_id")
    .select([
      "t.id",
      "t.position",
      "t.title",
      "t.description",
      "t.due_on",
      "t.target",
      "t.target_unit_id",
      "t.target_body_id",
      "t.target_kind",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.path as unit_path",
      "b.name as body_name",
    ])
    .where("t.directive_id", "=", directiveId)
    .orderBy("t.position")
    .execute();
}

export type TaskRow = Awaited<ReturnType<typeof tasksOf>>[number];

/** Units of the given kinds strictly under the issuer, in force on `onDate`, by code. */
export function unitsOfKindsUnder(
  db: Executor,
  issuerPath: string,
  kinds: readonly string[],
  onDate: string,
) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "path"])
    .where(sql<boolean>`path <@ ${issuerPath}::ltree`)
    .where(sql<boolean>`path <> ${issuerPath}::ltree`)
    .where("kind", "in", kinds as never[])
    .where((eb) => eb.or([eb("dissolved_on", "is", null), eb("dissolved_on", ">", onDate)]))
    .orderBy("code")
    .execute();
}

// ---- Attachments -----------------------------------------------------------------------------

export interface FileRow {
  unitId: number;
  fileName: string;
  mime: string;
  byteSize: number;
  sha256: string;
  storageKey: string;
  uploadedBy: number | null;
}

export const fileValues = (f: FileRow) => ({
  unit_id: f.unitId,
  file_name: f.fileName,
  mime: f.mime,
  byte_size: f.byteSize,
  sha256: f.sha256,
  storage_key: f.storageKey,
  uploaded_by: f.uploadedBy,
});

export function insertDirectiveAttachment(db: Executor, directiveId: number, f: FileRow) {
  return db
    .insertInto("reporting_directive_attachment")
    .values({ directive_id: directiveId, ...fileValues(f) })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const attachmentColumns = [
  "id",
  "file_name",
  "mime",
  "byte_size",
  "sha256",
  "storage_key",
] as const;

export function directiveAttachments(db: Executor, directiveId: number) {
  return db
    .selectFrom("reporting_directive_attachment")
    .select(attachmentColumns)
    .where("directive_id", "=", directiveId)
    .orderBy("id")
    .execute();
}

export function findDirectiveAttachment(db: Executor, directiveId: number, id: number) {
  return db
    .selectFrom("reporting_directive_attachment")
    .select(attachmentColumns)
    .where("directive_id", "=", directiveId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export type AttachmentRow = Awaited<ReturnType<typeof directiveAttachments>>[number];
