import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Directives, plans and official letters an upper level issues with tasks (issue #6 §1): the
// document (issuer unit and body, kind, Party or state form, number and symbol, date, text), its
// attachments, its tasks, one assignment per unit that owes a task (expanded when issued), the
// units' progress reports with evidence files, and the reminders already raised. A number is used
// once per issuer and year (T55, NĐ 30/2020 Art 15), withdrawn documents included, so the gap a
// withdrawn number leaves stays. Overdue is not stored: it follows from due_on and today.
export const reportingDirectiveTables: NamedMigration = {
  name: "20261122-16-reporting-directives",
  async up(db: Kysely<unknown>) {
    await sql`
      create table reporting_directive (
        id integer generated always as identity primary key,
        issuer_unit_id integer not null references org_unit (id),
        issuer_body_id integer references org_body (id),
        kind text not null check (kind in ('chi_thi', 'ke_hoach', 'cong_van', 'huong_dan', 'other')),
        variant text not null check (variant in ('party', 'state')),
        symbol text not null check (length(symbol) between 1 and 60),
        number integer check (number between 1 and 999999),
        issued_year smallint,
        issued_on date,
        title text not null check (length(title) between 1 and 300),
        body text not null default '' check (length(body) <= 50000),
        status text not null default 'draft' check (status in ('draft', 'issued', 'withdrawn')),
        withdrawn_reason text check (length(withdrawn_reason) between 1 and 2000),
        withdrawn_on date,
        created_by integer,
        issued_by integer,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (status = 'draft' or (number is not null and issued_on is not null)),
        check ((number is null) = (issued_year is null)),
        check (issued_year is null or issued_year = extract(year from issued_on)),
        check ((status = 'withdrawn') = (withdrawn_reason is not null and withdrawn_on is not null))
      )`.execute(db);
    // T55: one number per issuer (unit and body) and year.
    await sql`create unique index reporting_directive_number_idx
              on reporting_directive (issuer_unit_id, coalesce(issuer_body_id, 0), issued_year, number)
              where number is not null`.execute(db);
    await sql`create index reporting_directive_issuer_idx
              on reporting_directive (issuer_unit_id, id desc)`.execute(db);

    await sql`
      create table reporting_directive_attachment (
        id integer generated always as identity primary key,
        directive_id integer not null references reporting_directive (id),
        unit_id integer not null references org_unit (id),
        file_name text not null check (length(file_name) between 1 and 200),
        mime text not null,
        byte_size integer not null check (byte_size > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text not null,
        uploaded_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index reporting_directive_attachment_idx
              on reporting_directive_attachment (directive_id)`.execute(db);

    // A task goes to one named unit (and, if given, one of its bodies) or to every unit of a
    // kind under the issuer; either way it is expanded into assignments when the directive is issued.
    await sql`
      create table reporting_task (
        id integer generated always as identity primary key,
        directive_id integer not null references reporting_directive (id),
        position smallint not null check (position between 1 and 200),
        title text not null check (length(title) between 1 and 300),
        description text not null default '' check (length(description) <= 10000),
        due_on date not null,
        target text not null check (target in ('unit', 'kind')),
        target_unit_id integer references org_unit (id),
        target_body_id integer references org_body (id),
        target_kind text check (target_kind in ('commune_level', 'commune', 'ward', 'community_level',
          'village', 'residential_group', 'state_agency', 'public_service_unit', 'state_enterprise',
          'enterprise')),
        check ((target = 'unit') = (target_unit_id is not null and target_kind is null)),
        check ((target = 'kind') = (target_kind is not null and target_unit_id is null)),
        check (target_body_id is null or target = 'unit'),
        unique (directive_id, position)
      )`.execute(db);

    await sql`
      create table reporting_task_assignment (
        id integer generated always as identity primary key,
        task_id integer not null references reporting_task (id),
        directive_id integer not null references reporting_directive (id),
        unit_id integer not null references org_unit (id),
        due_on date not null,
        status text not null default 'assigned'
          check (status in ('assigned', 'acknowledged', 'in_progress', 'done')),
        acknowledged_on date,
        acknowledged_by integer,
        done_on date,
        done_by integer,
        done_note text check (length(done_note) <= 10000),
        last_progress_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (task_id, unit_id),
        check (status = 'assigned' or acknowledged_on is not null),
        check ((status = 'done') = (done_on is not null))
      )`.execute(db);
    // A unit's tasks; the open ones by due date (overdue views and the reminder job).
    await sql`create index reporting_assignment_unit_idx
              on reporting_task_assignment (unit_id, due_on)`.execute(db);
    await sql`create index reporting_assignment_open_idx
              on reporting_task_assignment (due_on) where status <> 'done'`.execute(db);
    await sql`create index reporting_assignment_directive_idx
              on reporting_task_assignment (directive_id)`.execute(db);

    await sql`
      create table reporting_task_progress (
        id integer generated always as identity primary key,
        assignment_id integer not null references reporting_task_assignment (id),
        unit_id integer not null references org_unit (id),
        reported_on date not null,
        text text not null check (length(text) between 1 and 10000),
        percent smallint check (percent between 0 and 100),
        final boolean not null default false,
        reported_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index reporting_task_progress_idx
              on reporting_task_progress (assignment_id, id)`.execute(db);

    await sql`
      create table reporting_task_evidence (
        id integer generated always as identity primary key,
        progress_id integer not null references reporting_task_progress (id),
        assignment_id integer not null references reporting_task_assignment (id),
        unit_id integer not null references org_unit (id),
        file_name text not null check (length(file_name) between 1 and 200),
        mime text not null,
        byte_size integer not null check (byte_size > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text not null,
        uploaded_by integer,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index reporting_task_evidence_idx
              on reporting_task_evidence (assignment_id)`.execute(db);

    // Reminders raised, so the job raises each once per task, unit and kind.
    await sql`
      create table reporting_task_reminder (
        assignment_id integer not null references reporting_task_assignment (id),
        unit_id integer not null references org_unit (id),
        kind text not null check (kind in ('due_soon', 'overdue')),
        due_on date not null,
        raised_on date not null,
        raised_at timestamptz not null default now(),
        primary key (assignment_id, kind)
      )`.execute(db);
  },
};
