import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

export const orgUnits: NamedMigration = {
  name: "20261122-02-org-units",
  async up(db: Kysely<unknown>) {
    await sql`
      create table org_unit (
        id integer generated always as identity primary key,
        code text not null unique,
        name text not null check (length(name) between 1 and 200),
        full_name text not null check (length(full_name) between 1 and 250),
        name_en text,
        kind text not null check (kind in ('central_city','province','commune','ward','special_zone',
          'village','residential_group','state_agency','public_service_unit','state_enterprise','enterprise')),
        -- A commune can become a ward without changing code (R101): the kind has a start date.
        kind_since date not null default date '2025-07-01',
        local_kind_name text,
        parent_id integer references org_unit (id),
        path ltree not null,
        address text,
        created_at timestamptz not null default now(),
        dissolved_on date
      )`.execute(db);
    await sql`create index org_unit_path_gist on org_unit using gist (path)`.execute(db);
    await sql`create index org_unit_parent_idx on org_unit (parent_id, name)`.execute(db);
    await sql`create index org_unit_name_trgm on org_unit using gin (coso_fold(name) gin_trgm_ops)`.execute(
      db,
    );
    // The materialised path is the parent's path plus this row's id, kept by the database.
    await sql`
      create function org_unit_set_path() returns trigger language plpgsql as $$
      declare parent_path ltree;
      begin
        if new.parent_id is null then
          new.path := text2ltree(new.id::text);
        else
          select path into parent_path from org_unit where id = new.parent_id;
          new.path := parent_path || text2ltree(new.id::text);
        end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger org_unit_path before insert or update of parent_id on org_unit
      for each row execute function org_unit_set_path()`.execute(db);
  },
};
