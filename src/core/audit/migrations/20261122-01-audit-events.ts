import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../db/migrator.ts";

// Append-only audit log, hash-linked per chain (one chain per unit, 0 for platform-wide events),
// so writes in different units never wait on one another. No foreign keys: an event outlives
// its subject and its actor.
export const auditEvents: NamedMigration = {
  name: "20261122-01-audit-events",
  async up(db: Kysely<unknown>) {
    await sql`
      create table audit_event (
        id bigint generated always as identity primary key,
        chain_key integer not null,
        chain_seq bigint not null,
        unit_id integer,
        occurred_at timestamptz not null,
        actor_kind text not null check (actor_kind in ('account', 'token', 'system', 'cli')),
        actor_account_id integer,
        action text not null,
        subject_type text not null,
        subject_id text not null,
        summary jsonb not null,
        ip text,
        request_id text,
        prev_hash bytea not null,
        hash bytea not null,
        unique (chain_key, chain_seq)
      )`.execute(db);
    await sql`create index audit_event_unit_idx on audit_event (unit_id, id desc)`.execute(db);
    await sql`create index audit_event_subject_idx on audit_event (subject_type, subject_id)`.execute(
      db,
    );
    await sql`
      create table audit_chain_head (
        chain_key integer primary key,
        seq bigint not null,
        hash bytea not null
      )`.execute(db);
    await sql`
      create function audit_forbid_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event chỉ được ghi thêm: không được sửa hay xoá (%).', tg_op;
      end $$`.execute(db);
    await sql`
      create trigger audit_event_append_only before update or delete on audit_event
      for each row execute function audit_forbid_change()`.execute(db);
    await sql`
      create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_forbid_change()`.execute(db);
  },
};
