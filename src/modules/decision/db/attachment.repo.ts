import type { Generated } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

// The documents attached to a matter (migration 20261122-09-decision-attachments).

export interface DecisionAttachmentTable {
  id: Generated<number>;
  matter_id: number;
  unit_id: number;
  file_name: string;
  mime: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    decision_attachment: DecisionAttachmentTable;
  }
}

export type MatterAttachmentRow = Awaited<ReturnType<typeof matterAttachments>>[number];

const ofMatter = (db: Executor, matterId: number) =>
  db
    .selectFrom("decision_attachment")
    .select([
      "id",
      "matter_id",
      "file_name",
      "mime",
      "byte_size",
      "sha256",
      "storage_key",
      "created_at",
    ])
    .where("matter_id", "=", matterId);

/** A matter's documents, oldest first. */
export function matterAttachments(db: Executor, matterId: number) {
  return ofMatter(db, matterId).orderBy("id").execute();
}

/** One document of a matter, or undefined when the id names another matter's. */
export function findMatterAttachment(db: Executor, matterId: number, id: number) {
  return ofMatter(db, matterId).where("id", "=", id).executeTakeFirst();
}

export function insertMatterAttachment(
  db: Executor,
  row: {
    matterId: number;
    unitId: number;
    fileName: string;
    mime: string;
    byteSize: number;
    sha256: string;
    storageKey: string;
    uploadedBy: number | null;
  },
) {
  return db
    .insertInto("decision_attachment")
    .values({
      matter_id: row.matterId,
      unit_id: row.unitId,
      file_name: row.fileName,
      mime: row.mime,
      byte_size: row.byteSize,
      sha256: row.sha256,
      storage_key: row.storageKey,
      uploaded_by: row.uploadedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** The matter's status, its row locked so a finalisation cannot slip in between. */
export async function lockMatterStatus(db: Executor, matterId: number) {
  const row = await db
    .selectFrom("decision_matter")
    .select("status")
    .where("id", "=", matterId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}
