import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// The overdue view counts, per unit, what was answered this year and how much of it on time: an
// index on (unit_id, answered_on) carrying answered_late answers that from the index alone,
// instead of reading each unit's few hundred answered rows from the table.
export const inboxAnsweredIndex: NamedMigration = {
  name: "20261122-15-inbox-answered-index",
  async up(db: Kysely<unknown>) {
    await sql`create index inbox_item_answered_idx on inbox_item (unit_id, answered_on)
              include (answered_late) where answered_on is not null`.execute(db);
  },
};
