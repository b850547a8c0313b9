import type { Executor } from "../../../core/db/database.ts";

// Information requests (R13): the register (sổ theo dõi) and one request. The sealed ID number is
// selected only where a command or a logged reveal needs it.

const registerColumns = [
  "r.id",
  "r.unit_id",
  "r.received_on",
  "r.channel",
  "r.complexity",
  "r.requester_name",
  "r.information",
  "r.reason_case",
  "r.due_on",
  "r.extended_due_on",
  "r.status",
  "r.answered_on",
] as const;

/** One request with its unit's code and path (for authorization), without the ID number. */
export function findInfoRequest(db: Executor, id: number) {
  return db
    .selectFrom("disclosure_info_request as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([
      ...registerColumns,
      "r.requester_address",
      "r.requester_contact",
      "r.requester_account_id",
      "r.delivery_form",
      "r.purpose",
      "r.related_item_id",
      "r.answer",
      "r.refusal_ground",
      "r.refusal_reason",
      "u.code as unit_code",
      "u.path as unit_path",
    ])
    .where("r.id", "=", id)
    .executeTakeFirst();
}
export type InfoRequestRow = NonNullable<Awaited<ReturnType<typeof findInfoRequest>>>;

/** The sealed ID number of one request: for a logged reveal or the Art 28.1.d check only. */
export async function sealedIdOf(db: Executor, id: number): Promise<Buffer | null> {
  const row = await db
    .selectFrom("disclosure_info_request")
    .select("requester_id_enc")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.requester_id_enc ?? null;
}

/** The register of a unit (Sổ theo dõi cung cấp thông tin theo yêu cầu), newest first. */
export function listInfoRequests(db: Executor, unitId: number, limit = 500) {
  return db
    .selectFrom("disclosure_info_request as r")
    .select(registerColumns)
    .where("r.unit_id", "=", unitId)
    .orderBy("r.received_on", "desc")
    .orderBy("r.id", "desc")
    .limit(limit)
    .execute();
}

/** What a signed-in resident filed on the platform. */
export function infoRequestsOfAccount(db: Executor, accountId: number, limit = 200) {
  return db
    .selectFrom("disclosure_info_request as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([
      "r.id",
      "r.received_on",
      "r.information",
      "r.due_on",
      "r.extended_due_on",
      "r.status",
      "r.answered_on",
      "u.code as unit_code",
      "u.full_name as unit_name",
    ])
    .where("r.requester_account_id", "=", accountId)
    .orderBy("r.received_on", "desc")
    .orderBy("r.id", "desc")
    .limit(limit)
    .execute();
}

/** Items of a unit a request may point to: public ones that were ever published. */
export function requestableItems(db: Executor, unitId: number, limit = 200) {
  return db
    .selectFrom("disclosure_item")
    .select(["id", "title", "published_on", "status"])
    .where("unit_id", "=", unitId)
    .where("visibility", "=", "public")
    .where("status", "in", ["published", "superseded", "withdrawn"])
    .orderBy("published_on", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Earlier answered requests of a unit about one item, with their sealed ID numbers (Art 28.1.d). */
export function answeredAbout(db: Executor, unitId: number, itemId: number, exceptId: number) {
  return db
    .selectFrom("disclosure_info_request")
    .select(["id", "requester_id_enc"])
    .where("unit_id", "=", unitId)
    .where("related_item_id", "=", itemId)
    .where("status", "=", "answered")
    .where("id", "<>", exceptId)
    .execute();
}

/** The notices recorded for a request (extension, complexity), oldest first, from the audit log. */
export function noticesOf(db: Executor, id: number) {
  return db
    .selectFrom("audit_event")
    .select(["action", "occurred_at", "summary"])
    .where("subject_type", "=", "disclosure_info_request")
    .where("subject_id", "=", String(id))
    .where("action", "in", ["disclosure.request.extended", "disclosure.request.classified"])
    .orderBy("id")
    .execute();
}
