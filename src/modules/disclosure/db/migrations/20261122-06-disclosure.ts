import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Public disclosure (công khai thông tin): items and their versions, attachments, the evidence
// that each required form was carried out, unit settings, plans (R12), the employer's configured
// channels (R97) and information requests (R13).
export const disclosureTables: NamedMigration = {
  name: "20261122-06-disclosure",
  async up(db: Kysely<unknown>) {
    await sql`
      create table disclosure_item (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        series_id integer not null,
        version integer not null default 1 check (version >= 1),
        supersedes_id integer references disclosure_item (id),
        regime text not null check (regime in ('commune', 'agency', 'state_enterprise', 'employer')),
        category text not null check (length(category) between 1 and 4),
        title text not null check (length(title) between 1 and 300),
        summary text not null default '' check (length(summary) <= 2000),
        body text not null default '' check (length(body) <= 100000),
        basis_number text check (length(basis_number) <= 80),
        basis_date date not null,
        basis_issuer text check (length(basis_issuer) <= 200),
        scope_unit_id integer references org_unit (id),
        responsible text check (length(responsible) <= 200),
        status text not null default 'draft' check (status in ('draft', 'published', 'superseded', 'withdrawn')),
        visibility text not null check (visibility in ('public', 'members')),
        publish_due date,
        published_on date,
        published_at timestamptz,
        withdrawn_reason text check (length(withdrawn_reason) <= 1000),
        withdrawn_at timestamptz,
        compliance text not null default 'pending' check (compliance in ('ok', 'pending', 'problem')),
        created_at timestamptz not null default now(),
        search tsvector generated always as (
          to_tsvector('simple', coso_fold(title || ' ' || summary || ' ' || body))
        ) stored,
        unique (series_id, version)
      )`.execute(db);
    await sql`create index disclosure_item_unit_idx on disclosure_item (unit_id, status, published_on desc, id desc)`.execute(
      db,
    );
    await sql`create index disclosure_item_search_idx on disclosure_item using gin (search)`.execute(
      db,
    );
    await sql`create index disclosure_item_due_idx on disclosure_item (status, publish_due)`.execute(
      db,
    );
    // A new series starts with its own id; later versions carry the first one's.
    await sql`
      create function disclosure_item_series() returns trigger language plpgsql as $$
      begin
        if new.series_id is null then new.series_id := new.id; end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger disclosure_item_series before insert on disclosure_item
      for each row execute function disclosure_item_series()`.execute(db);
    // Published text is never edited in place (R11): a change is a new version.
    await sql`
      create function disclosure_item_frozen() returns trigger language plpgsql as $$
      begin
        if old.status <> 'draft' and (
          new.title, new.summary, new.body, new.category, new.basis_number, new.basis_date,
          new.basis_issuer, new.scope_unit_id, new.unit_id, new.visibility, new.published_on
        ) is distinct from (
          old.title, old.summary, old.body, old.category, old.basis_number, old.basis_date,
          old.basis_issuer, old.scope_unit_id, old.unit_id, old.visibility, old.published_on
        ) then
          raise exception using errcode = '23514', constraint = 'disclosure_item_frozen',
            message = 'Nội dung đã công khai không được sửa trực tiếp; hãy tạo phiên bản mới.';
        end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger disclosure_item_frozen before update on disclosure_item
      for each row execute function disclosure_item_frozen()`.execute(db);
    await sql`
      create table disclosure_attachment (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        item_id integer references disclosure_item (id),
        file_name text not null check (length(file_name) between 1 and 200),
        mime text not null,
        byte_size integer not null check (byte_size > 0),
        sha256 text not null,
        storage_key text not null,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index disclosure_attachment_item_idx on disclosure_attachment (item_id)`.execute(
      db,
    );
    await sql`
      create table disclosure_evidence (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        item_id integer not null references disclosure_item (id),
        form text not null,
        village_id integer references org_unit (id),
        location text check (length(location) <= 300),
        from_date date not null,
        to_date date,
        done_by text check (length(done_by) <= 200),
        note text check (length(note) <= 2000),
        photo_id integer references disclosure_attachment (id),
        interrupted_reason text check (length(interrupted_reason) <= 500),
        created_at timestamptz not null default now(),
        check (to_date is null or to_date >= from_date)
      )`.execute(db);
    await sql`create index disclosure_evidence_item_idx on disclosure_evidence (item_id)`.execute(
      db,
    );
    await sql`
      create table disclosure_unit_settings (
        unit_id integer primary key references org_unit (id),
        has_loudspeaker boolean not null default false,
        has_intranet boolean not null default false,
        updated_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table disclosure_channel_config (
        unit_id integer not null references org_unit (id),
        category text not null,
        forms text[] not null,
        primary key (unit_id, category)
      )`.execute(db);
    await sql`
      create table disclosure_plan (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        year integer not null check (year between 2000 and 2100),
        period text not null check (period in ('year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4')),
        title text not null check (length(title) between 1 and 300),
        approved_on date,
        approved_by text check (length(approved_by) <= 200),
        created_at timestamptz not null default now(),
        unique (unit_id, year, period)
      )`.execute(db);
    await sql`
      create table disclosure_plan_entry (
        id integer generated always as identity primary key,
        plan_id integer not null references disclosure_plan (id),
        unit_id integer not null references org_unit (id),
        category text not null,
        content text not null check (length(content) between 1 and 1000),
        forms text[] not null check (cardinality(forms) > 0),
        timing text not null check (length(timing) between 1 and 200),
        duration text not null check (length(duration) between 1 and 200),
        responsible text not null check (length(responsible) between 1 and 200)
      )`.execute(db);
    await sql`
      create table disclosure_info_request (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        received_on date not null,
        channel text not null check (channel in ('in_person', 'electronic', 'post')),
        complexity text not null default 'simple' check (complexity in ('simple', 'complex')),
        requester_name text not null check (length(requester_name) between 1 and 120),
        requester_address text not null check (length(requester_address) between 1 and 250),
        requester_id_enc bytea not null,
        requester_contact text check (length(requester_contact) <= 200),
        requester_account_id integer references auth_account (id),
        information text not null check (length(information) between 1 and 2000),
        delivery_form text not null check (length(delivery_form) between 1 and 200),
        purpose text not null check (length(purpose) between 1 and 1000),
        reason_case text not null check (reason_case in ('not_published', 'expired', 'inaccessible')),
        related_item_id integer references disclosure_item (id),
        due_on date not null,
        extended_due_on date,
        status text not null default 'received' check (status in ('received', 'extended', 'answered', 'refused')),
        answered_on date,
        answer text check (length(answer) <= 5000),
        refusal_ground text,
        refusal_reason text check (length(refusal_reason) <= 2000),
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index disclosure_info_request_unit_idx on disclosure_info_request (unit_id, status, due_on)`.execute(
      db,
    );
  },
};
