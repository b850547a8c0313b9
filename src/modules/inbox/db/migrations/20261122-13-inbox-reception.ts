import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Citizen reception (tiếp công dân; Luật Tiếp công dân 2013, NĐ 154/2026; law2.md §4, T38–T43):
// the heads' reception days and their posting, and the reception register (sổ tiếp công dân)
// numbered per unit and year, each visit answered within 10 working days and, when it brings a
// written matter, linked to the inbox item it became. Visitors' identities are sealed.
export const inboxReceptionTables: NamedMigration = {
  name: "20261122-13-inbox-reception",
  async up(db: Kysely<unknown>) {
    await sql`
      create table inbox_reception_session (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        head text not null check (head in ('commune_chair', 'agency_head', 'public_unit_head', 'commune_party_secretary')),
        head_name text not null check (length(head_name) between 1 and 200),
        held_on date not null,
        starts_at text not null check (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
        place text not null check (length(place) between 1 and 300),
        mode text not null default 'direct' check (mode in ('direct', 'online')),
        posted_on date,
        posted_places text[] not null default '{}',
        created_by integer,
        created_at timestamptz not null default now(),
        unique (unit_id, head, held_on, starts_at)
      )`.execute(db);
    await sql`create index inbox_reception_session_unit_idx on inbox_reception_session (unit_id, held_on)`.execute(
      db,
    );
    await sql`
      create table inbox_reception_visit (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        year smallint not null,
        serial integer not null check (serial > 0),
        visited_on date not null,
        session_id integer references inbox_reception_session (id),
        identity_enc bytea not null,
        matter text not null check (length(matter) between 1 and 20000),
        prior_handling text check (length(prior_handling) <= 5000),
        request text not null check (length(request) between 1 and 5000),
        handling text not null check (length(handling) between 1 and 5000),
        national_db_synced boolean not null default false,
        answer_due_on date not null,
        answered_on date,
        outcome text check (outcome in ('accepted', 'more_time', 'refused', 'transferred')),
        answer text check (length(answer) <= 5000),
        item_id integer references inbox_item (id),
        received_by integer,
        created_at timestamptz not null default now(),
        unique (unit_id, year, serial)
      )`.execute(db);
  },
};
