import { sql } from "kysely";
import type { Executor, Tx } from "../../../core/db/database.ts";
import type { ItemStatus } from "./tables.ts";

// All SQL of the inbox's items. The sealed identity is selected only by `sealedIdentityOf`, for
// a logged reveal.

const itemColumns = [
  "i.id",
  "i.code",
  "i.unit_id",
  "i.received_unit_id",
  "i.kind",
  "i.track",
  "i.channel",
  "i.status",
  "i.title",
  "i.content",
  "i.place",
  "i.village_id",
  "i.lat",
  "i.lng",
  "i.anonymous",
  "i.confidential",
  "i.submitter_account_id",
  "i.details",
  "i.received_on",
  "i.instance",
  "i.complex",
  "i.remote_area",
  "i.criteria",
  "i.extensions",
  "i.suspensions",
  "i.accepted_on",
  "i.due_on",
  "i.due_rule",
  "i.due_what",
  "i.assigned_account_id",
  "i.escalated_on",
  "i.escalated_to_unit_id",
  "i.merged_into_id",
  "i.transferred_to",
  "i.publish",
  "i.answer",
  "i.answered_on",
  "i.closed_on",
  "i.rating",
  "i.created_at",
] as const;

/** One item with its handling unit's code, name, kind and path (for authorization). */
export function findItem(db: Executor, id: number) {
  return db
    .selectFrom("inbox_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([...itemColumns, "u.code as unit_code", "u.name as unit_name", "u.kind as unit_kind"])
    .select(sql<string>`u.path::text`.as("unit_path"))
    .where("i.id", "=", id)
    .executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** Several items at once (a page of a list), in the order of `ids`. */
export async function findItems(db: Executor, ids: readonly number[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("inbox_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([...itemColumns, "u.code as unit_code", "u.name as unit_name", "u.kind as unit_kind"])
    .select(sql<string>`u.path::text`.as("unit_path"))
    .where("i.id", "in", ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The same row, locked until the transaction ends: every command starts here. */
export function lockItem(tx: Tx, id: number) {
  return tx
    .selectFrom("inbox_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([...itemColumns, "u.code as unit_code", "u.name as unit_name", "u.kind as unit_kind"])
    .select(sql<string>`u.path::text`.as("unit_path"))
    .where("i.id", "=", id)
    .forUpdate("i")
    .executeTakeFirst();
}

export function findItemByCode(db: Executor, code: string) {
  return db
    .selectFrom("inbox_item")
    .select("id")
    .where("code", "=", code.trim().toUpperCase())
    .executeTakeFirst();
}

export async function sealedIdentityOf(db: Executor, id: number): Promise<Buffer | null> {
  const row = await db
    .selectFrom("inbox_item")
    .select("identity_enc")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.identity_enc ?? null;
}

/** The timeline of an item; `publicOnly` for the submitter and the public. */
export function eventsOf(db: Executor, itemId: number, publicOnly: boolean) {
  let q = db
    .selectFrom("inbox_event")
    .select(["id", "at", "type", "public", "text", "data", "actor_account_id"])
    .where("item_id", "=", itemId);
  if (publicOnly) q = q.where("public", "=", true);
  return q.orderBy("id").execute();
}

export function attachmentsOf(db: Executor, itemId: number) {
  return db
    .selectFrom("inbox_attachment")
    .select(["id", "file_name", "mime", "byte_size", "from_submitter", "created_at"])
    .where("item_id", "=", itemId)
    .orderBy("id")
    .execute();
}

export function documentsOf(db: Executor, itemId: number) {
  return db
    .selectFrom("inbox_document")
    .select(["id", "kind", "number", "issued_on", "signer", "fields", "created_at"])
    .where("item_id", "=", itemId)
    .orderBy("id")
    .execute();
}

export async function feedbackTargetDays(db: Executor, unitId: number): Promise<number> {
  const row = await db
    .selectFrom("inbox_setting")
    .select("feedback_target_days")
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  return row?.feedback_target_days ?? 10;
}

/** Is the account granted the denouncer's identity on this item (and not revoked)? */
export async function hasIdentityGrant(db: Executor, itemId: number, accountId: number) {
  const row = await db
    .selectFrom("inbox_identity_grant")
    .select("item_id")
    .where("item_id", "=", itemId)
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The account that recorded an item at the desk (its intake officer, T36). */
export async function recordedBy(db: Executor, itemId: number): Promise<number | null> {
  const row = await db
    .selectFrom("inbox_event")
    .select("actor_account_id")
    .where("item_id", "=", itemId)
    .where("type", "=", "received")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row?.actor_account_id ?? null;
}

export function setStatus(tx: Tx, id: number, status: ItemStatus) {
  return tx
    .updateTable("inbox_item")
    .set({ status, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}
