import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

export const authAccounts: NamedMigration = {
  name: "20261122-05-auth-accounts",
  async up(db: Kysely<unknown>) {
    // An account belongs to a person (resident, worker, official).
    await sql`
      create table auth_account (
        id integer generated always as identity primary key,
        person_id integer not null unique references people_person (id),
        username text not null,
        password_hash text not null,
        status text not null default 'active' check (status in ('active', 'disabled')),
        must_change_password boolean not null default false,
        created_at timestamptz not null default now(),
        password_changed_at timestamptz not null default now()
      )`.execute(db);
    await sql`create unique index auth_account_username on auth_account (lower(username))`.execute(
      db,
    );
    // Sessions live in PostgreSQL so any server process can serve any signed-in user.
    await sql`
      create table auth_session (
        id_hash bytea primary key,
        account_id integer not null references auth_account (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        last_seen_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index auth_session_account_idx on auth_session (account_id)`.execute(db);
    await sql`create index auth_session_expiry_idx on auth_session (expires_at)`.execute(db);
    await sql`
      create table auth_api_token (
        id integer generated always as identity primary key,
        account_id integer not null references auth_account (id),
        name text not null check (length(name) between 1 and 80),
        token_hash bytea not null unique,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`.execute(db);
    // Roles granted directly (an IT officer as unit administrator, a platform operator) rather
    // than through a position in a body.
    await sql`
      create table auth_grant (
        id integer generated always as identity primary key,
        account_id integer not null references auth_account (id),
        unit_id integer references org_unit (id),
        role text not null check (role in ('platform_admin','unit_admin','official','oversight')),
        granted_at timestamptz not null default now(),
        unique (account_id, unit_id, role)
      )`.execute(db);
  },
};
