import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Whether the answer came after the due day in force then: statistics and reports count "answered
// on time" over millions of items without reading their timelines.
export const inboxAnsweredLate: NamedMigration = {
  name: "20261122-14-inbox-answered-late",
  async up(db: Kysely<unknown>) {
    await sql`alter table inbox_item add column answered_late boolean`.execute(db);
    await sql`create index inbox_item_received_idx on inbox_item (unit_id, received_on)`.execute(
      db,
    );
  },
};
