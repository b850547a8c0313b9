import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// The documents attached to a community-decision matter: the proposal, the estimates, the drafts
// that must reach the households before the meeting (NĐ 59/2023 Art 3.4 for items 1–3). The bytes
// live in the file storage, addressed by their SHA-256; a row is never edited.
export const decisionAttachmentTables: NamedMigration = {
  name: "20261122-09-decision-attachments",
  async up(db: Kysely<unknown>) {
    await sql`
      create table decision_attachment (
        id integer generated always as identity primary key,
        matter_id integer not null references decision_matter (id),
        unit_id integer not null references org_unit (id),
        file_name text not null check (length(file_name) between 1 and 200),
        mime text not null,
        byte_size integer not null check (byte_size > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text not null,
        uploaded_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index decision_attachment_matter_idx on decision_attachment (matter_id)`.execute(
      db,
    );
  },
};
