import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// The household and resident register each village keeps (sổ hộ), the workforce of agencies and
// enterprises, and the personal-data safeguards of law2.md §9 (T59–T63).
export const peopleRegister: NamedMigration = {
  name: "20261122-03-people-register",
  async up(db: Kysely<unknown>) {
    await sql`
      create table people_person (
        id integer generated always as identity primary key,
        home_unit_id integer not null references org_unit (id),
        full_name text not null check (length(full_name) between 1 and 120),
        birth_date date,
        sex text check (sex in ('male', 'female')),
        -- The 12-digit CCCD number, encrypted (AES-256-GCM); the keyed hash finds duplicates
        -- without decrypting. Neither is ever shown on a public page or written to a log.
        id_number_enc bytea,
        id_number_hmac bytea unique,
        phone text,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index people_person_unit_idx on people_person (home_unit_id)`.execute(db);
    await sql`create index people_person_name_trgm on people_person using gin (coso_fold(full_name) gin_trgm_ops)`.execute(
      db,
    );
    await sql`
      create table people_household (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        code text not null check (length(code) between 1 and 40),
        address text not null check (length(address) between 1 and 250),
        valid_from date not null,
        valid_to date,
        created_at timestamptz not null default now(),
        unique (unit_id, code),
        check (valid_to is null or valid_to > valid_from)
      )`.execute(db);
    await sql`
      create table people_household_member (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        household_id integer not null references people_household (id),
        person_id integer not null references people_person (id),
        relation text not null check (length(relation) between 1 and 40),
        is_representative boolean not null default false,
        valid_from date not null,
        valid_to date,
        check (valid_to is null or valid_to > valid_from)
      )`.execute(db);
    // One current representative per household; one current household per person.
    await sql`create unique index people_one_representative on people_household_member (household_id)
              where is_representative and valid_to is null`.execute(db);
    await sql`create unique index people_one_household on people_household_member (person_id)
              where valid_to is null`.execute(db);
    await sql`create index people_member_household_idx on people_household_member (household_id)`.execute(
      db,
    );
    // ...and at least one: checked at commit, after all rows of a change are written.
    await sql`
      create function people_check_representative() returns trigger language plpgsql as $$
      declare hid integer := coalesce(new.household_id, old.household_id);
      begin
        if exists (select 1 from people_household_member where household_id = hid and valid_to is null)
           and not exists (select 1 from people_household_member
                           where household_id = hid and valid_to is null and is_representative) then
          raise exception using errcode = '23514', constraint = 'people_household_needs_representative',
            message = format('Hộ %s không có chủ hộ (người đại diện).', hid);
        end if;
        return null;
      end $$`.execute(db);
    await sql`
      create constraint trigger people_household_needs_representative
      after insert or update or delete on people_household_member
      deferrable initially deferred for each row execute function people_check_representative()`.execute(
      db,
    );
    // N: households of a village on a date, the figure votes freeze (R102).
    await sql`
      create function people_household_count(p_unit integer, p_on date) returns integer
      language sql stable as $$
        select count(*)::int from people_household h
        where h.unit_id = p_unit and h.valid_from <= p_on and (h.valid_to is null or h.valid_to > p_on)
      $$`.execute(db);
    await sql`
      create table people_affiliation (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        person_id integer not null references people_person (id),
        kind text not null check (kind in ('staff', 'worker')),
        valid_from date not null,
        valid_to date,
        check (valid_to is null or valid_to > valid_from)
      )`.execute(db);
    await sql`create index people_affiliation_unit_idx on people_affiliation (unit_id, kind)`.execute(
      db,
    );
    await sql`create unique index people_affiliation_current on people_affiliation (unit_id, person_id)
              where valid_to is null`.execute(db);
    await sql`
      create table people_workforce_count (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        effective_from date not null,
        staff_count integer not null check (staff_count >= 0),
        worker_count integer not null check (worker_count >= 0),
        source text not null,
        unique (unit_id, effective_from)
      )`.execute(db);
    await sql`
      create table people_legal_basis (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        purpose text not null,
        basis text not null,
        recorded_at timestamptz not null default now(),
        unique (unit_id, purpose)
      )`.execute(db);
    // T63 (NĐ 13/2023 Art 38.2): a log of every read and change of personal data. Append-only.
    await sql`
      create table people_data_access (
        id bigint generated always as identity primary key,
        at timestamptz not null default now(),
        actor_account_id integer,
        actor_kind text not null,
        unit_id integer,
        person_id integer,
        household_id integer,
        operation text not null check (operation in ('read', 'reveal', 'create', 'update', 'import', 'export')),
        fields text[] not null default '{}',
        purpose text not null,
        ip text,
        request_id text
      )`.execute(db);
    await sql`create index people_data_access_person_idx on people_data_access (person_id, at desc)`.execute(
      db,
    );
    await sql`
      create trigger people_data_access_append_only before update or delete on people_data_access
      for each row execute function audit_forbid_change()`.execute(db);
    // T62: ID-card images are sensitive data, stored only encrypted.
    await sql`
      create table people_sensitive_file (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        person_id integer not null references people_person (id),
        kind text not null check (kind in ('id_card_front', 'id_card_back')),
        mime text not null,
        byte_size integer not null,
        content_enc bytea not null,
        created_at timestamptz not null default now()
      )`.execute(db);
  },
};
