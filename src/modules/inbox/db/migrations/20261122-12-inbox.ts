import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// The inbox (issue #5): feedback, petitions, complaints, denunciations and satisfaction ratings
// (law2.md §1–§3; Luật 10/2022 Art 34–35). One row per item with the clock the law runs on it
// (`due_on`, `due_rule`); its public and internal timeline; attachments; documents issued;
// who may see a denouncer's identity (T36); ratings (R48); reminders already sent. The
// submitter's identity is sealed (AES-256-GCM) for every kind, never stored in clear.
export const inboxTables: NamedMigration = {
  name: "20261122-12-inbox",
  async up(db: Kysely<unknown>) {
    await sql`
      create table inbox_item (
        id integer generated always as identity primary key,
        code text not null unique check (code ~ '^[A-Z0-9-]{6,24}$'),
        unit_id integer not null references org_unit (id),
        received_unit_id integer not null references org_unit (id),
        kind text not null check (kind in ('phan_anh', 'kien_nghi', 'khieu_nai', 'to_cao', 'danh_gia')),
        track text not null check (track in ('pakn', 'grassroots', 'complaint', 'disciplinary_complaint', 'denunciation', 'anonymous_tip', 'satisfaction')),
        channel text not null check (channel in ('web', 'api', 'post', 'email', 'desk', 'voter_meeting', 'phone')),
        status text not null default 'received' check (status in ('received', 'accepted', 'suspended', 'answered', 'closed', 'refused', 'transferred', 'merged', 'withdrawn')),
        title text not null check (length(title) between 1 and 200),
        content text not null check (length(content) between 1 and 20000),
        place text check (length(place) <= 300),
        village_id integer references org_unit (id),
        lat double precision check (lat between -90 and 90),
        lng double precision check (lng between -180 and 180),
        anonymous boolean not null default false,
        confidential boolean not null default false,
        identity_enc bytea,
        submitter_account_id integer,
        details jsonb not null default '{}',
        received_on date not null,
        instance text check (instance in ('first', 'second')),
        complex boolean not null default false,
        remote_area boolean not null default false,
        criteria text[] not null default '{}',
        extensions jsonb not null default '[]',
        suspensions jsonb not null default '[]',
        accepted_on date,
        due_on date,
        due_rule text,
        due_what text,
        assigned_account_id integer,
        escalated_on date,
        escalated_to_unit_id integer references org_unit (id),
        merged_into_id integer references inbox_item (id),
        transferred_to text check (length(transferred_to) <= 300),
        publish boolean not null default false,
        answer text check (length(answer) <= 20000),
        answered_on date,
        closed_on date,
        rating smallint check (rating between 1 and 5),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- A denunciation is never anonymous to its handler (Luật TC Art 23, 25): the identity is kept.
        check (track <> 'denunciation' or identity_enc is not null),
        check (merged_into_id is null or merged_into_id <> id)
      )`.execute(db);
    // A unit's inbox, newest first; the open items by their due day (overdue views, reminders).
    await sql`create index inbox_item_unit_idx on inbox_item (unit_id, id desc)`.execute(db);
    await sql`create index inbox_item_open_due_idx on inbox_item (unit_id, due_on)
              where status in ('received', 'accepted', 'suspended')`.execute(db);
    await sql`create index inbox_item_due_idx on inbox_item (due_on)
              where status in ('received', 'accepted', 'suspended')`.execute(db);
    await sql`create index inbox_item_submitter_idx on inbox_item (submitter_account_id)
              where submitter_account_id is not null`.execute(db);
    await sql`create index inbox_item_public_idx on inbox_item (unit_id, answered_on desc)
              where publish and status in ('answered', 'closed')`.execute(db);

    await sql`
      create table inbox_event (
        id bigint generated always as identity primary key,
        item_id integer not null references inbox_item (id),
        unit_id integer not null references org_unit (id),
        at timestamptz not null default now(),
        type text not null check (length(type) between 1 and 40),
        public boolean not null default false,
        text text not null default '' check (length(text) <= 20000),
        data jsonb not null default '{}',
        actor_account_id integer
      )`.execute(db);
    await sql`create index inbox_event_item_idx on inbox_event (item_id, id)`.execute(db);

    await sql`
      create table inbox_attachment (
        id integer generated always as identity primary key,
        item_id integer not null references inbox_item (id),
        unit_id integer not null references org_unit (id),
        file_name text not null check (length(file_name) between 1 and 200),
        mime text not null,
        byte_size integer not null check (byte_size > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text not null,
        from_submitter boolean not null default true,
        uploaded_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index inbox_attachment_item_idx on inbox_attachment (item_id)`.execute(db);

    await sql`
      create table inbox_document (
        id integer generated always as identity primary key,
        item_id integer not null references inbox_item (id),
        unit_id integer not null references org_unit (id),
        kind text not null check (length(kind) between 1 and 60),
        number text check (length(number) <= 60),
        issued_on date not null,
        signer text check (length(signer) <= 200),
        fields jsonb not null default '{}',
        created_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index inbox_document_item_idx on inbox_document (item_id)`.execute(db);

    // T36: who else may see a denouncer's identity, granted by name with a reason.
    await sql`
      create table inbox_identity_grant (
        item_id integer not null references inbox_item (id),
        account_id integer not null,
        unit_id integer not null references org_unit (id),
        reason text not null check (length(reason) between 1 and 500),
        granted_by integer,
        granted_at timestamptz not null default now(),
        revoked_at timestamptz,
        primary key (item_id, account_id)
      )`.execute(db);

    // R48: ratings of a case's handling, of a service (thủ tục) and of an official. One rating per
    // case and rater; a service or official may be rated again, each rating counted.
    await sql`
      create table inbox_rating (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        subject text not null check (subject in ('item', 'service', 'official')),
        item_id integer references inbox_item (id),
        service text check (length(service) <= 200),
        official_account_id integer,
        official_name text check (length(official_name) <= 200),
        level smallint not null check (level between 1 and 5),
        comment text not null default '' check (length(comment) <= 2000),
        rater_account_id integer,
        rated_on date not null,
        created_at timestamptz not null default now(),
        check (subject <> 'item' or item_id is not null),
        check (subject <> 'service' or service is not null),
        check (subject <> 'official' or official_name is not null)
      )`.execute(db);
    await sql`create unique index inbox_rating_item_idx on inbox_rating (item_id) where subject = 'item'`.execute(
      db,
    );
    await sql`create index inbox_rating_unit_idx on inbox_rating (unit_id, rated_on)`.execute(db);

    // Reminders and escalations already raised, so the sweep raises each once.
    await sql`
      create table inbox_reminder (
        item_id integer not null references inbox_item (id),
        unit_id integer not null references org_unit (id),
        kind text not null check (kind in ('due_soon', 'overdue', 'escalated')),
        due_on date not null,
        raised_at timestamptz not null default now(),
        primary key (item_id, kind, due_on)
      )`.execute(db);

    // The answer target a unit sets itself for feedback and petitions (no legal period): working days.
    await sql`
      create table inbox_setting (
        unit_id integer primary key references org_unit (id),
        feedback_target_days smallint not null default 10 check (feedback_target_days between 1 and 60),
        updated_at timestamptz not null default now()
      )`.execute(db);
  },
};
