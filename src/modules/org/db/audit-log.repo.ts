import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

/** Audit events of a unit and every unit under it, newest first, with the actor's name. */
export function auditEventsUnder(db: Executor, path: string, limit: number, beforeId?: number) {
  let q = db
    .selectFrom("audit_event as e")
    .innerJoin("org_unit as u", "u.id", "e.unit_id")
    .leftJoin("auth_account as a", "a.id", "e.actor_account_id")
    .leftJoin("people_person as p", "p.id", "a.person_id")
    .select([
      "e.id",
      "e.occurred_at",
      "e.action",
      "e.subject_type",
      "e.subject_id",
      "e.summary",
      "e.actor_kind",
      "e.ip",
      "u.code as unit_code",
      "u.name as unit_name",
      "p.full_name as actor_name",
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`);
  if (beforeId) q = q.where("e.id", "<", beforeId);
  return q.orderBy("e.id", "desc").limit(limit).execute();
}
