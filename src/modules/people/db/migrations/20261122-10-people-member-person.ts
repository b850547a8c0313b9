import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// "Which household does this person represent on that day?" is asked on every online vote; the
// only index on person_id was partial (current memberships), so a dated lookup scanned every
// member of every village (bench/README.md, step 6).
export const peopleMemberPerson: NamedMigration = {
  name: "20261122-10-people-member-person",
  async up(db: Kysely<unknown>) {
    await sql`create index people_household_member_person_idx on people_household_member (person_id)`.execute(
      db,
    );
  },
};
