import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Anyone may check a receipt: find it by an index, not by reading every vote (96 random bits,
// so unique).
export const decisionVoteReceipt: NamedMigration = {
  name: "20261122-11-decision-vote-receipt",
  async up(db: Kysely<unknown>) {
    await sql`create unique index decision_vote_receipt_idx on decision_vote (receipt)`.execute(db);
  },
};
