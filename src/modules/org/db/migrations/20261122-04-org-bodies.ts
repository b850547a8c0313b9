import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

export const orgBodies: NamedMigration = {
  name: "20261122-04-org-bodies",
  async up(db: Kysely<unknown>) {
    await sql`
      create table org_body (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        kind text not null,
        name text not null check (length(name) between 1 and 200),
        created_at timestamptz not null default now(),
        dissolved_on date
      )`.execute(db);
    await sql`create index org_body_unit_idx on org_body (unit_id)`.execute(db);
    await sql`
      create table org_position (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        body_id integer not null references org_body (id),
        person_id integer not null references people_person (id),
        title text not null,
        role text not null check (role in ('unit_admin','official','oversight','village_head')),
        term_start date not null,
        term_end date,
        check (term_end is null or term_end > term_start)
      )`.execute(db);
    await sql`create index org_position_person_idx on org_position (person_id)`.execute(db);
    await sql`create index org_position_body_idx on org_position (body_id)`.execute(db);
  },
};
