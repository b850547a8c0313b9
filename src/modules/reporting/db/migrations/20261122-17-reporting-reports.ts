import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Reporting calendars, rounds and the units' reports (issue #6 §2–§4). A calendar (R99) is one
// issuer's configuration, versioned by the day it takes effect. A round is one period of a calendar
// (or one report asked for on request) with its data window, last day on time, lock and template;
// opening it freezes the units that owe a report as one report row each. A report keeps its
// narrative per section and the indicator values it was pre-filled with; a value the unit changes
// keeps the computed one beside it. Approval locks the report; a lock exception lets one unit send
// after the round is locked.
export const reportingReportTables: NamedMigration = {
  name: "20261122-17-reporting-reports",
  async up(db: Kysely<unknown>) {
    await sql`
      create table reporting_calendar (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        body_id integer references org_body (id),
        effective_from date not null,
        calendar jsonb not null,
        -- Rounds opened by the job: for these units, this many days before each last day.
        auto_target text check (auto_target in ('commune_level', 'commune', 'ward',
          'community_level', 'village', 'residential_group', 'state_agency', 'public_service_unit',
          'state_enterprise', 'enterprise')),
        open_days_ahead smallint not null default 30 check (open_days_ahead between 1 and 180),
        created_by integer,
        created_at timestamptz not null default now(),
        unique nulls not distinct (unit_id, body_id, effective_from)
      )`.execute(db);

    await sql`
      create table reporting_round (
        id integer generated always as identity primary key,
        issuer_unit_id integer not null references org_unit (id),
        issuer_body_id integer references org_body (id),
        calendar_id integer references reporting_calendar (id),
        period_key text not null check (length(period_key) between 1 and 80),
        period jsonb not null,
        title text not null check (length(title) between 1 and 300),
        window_from date not null,
        window_to date not null,
        stated_due date not null,
        last_day date not null,
        due_explanation text not null,
        locked_from date,
        target_kind text not null check (target_kind in ('commune_level', 'commune', 'ward',
          'community_level', 'village', 'residential_group', 'state_agency', 'public_service_unit',
          'state_enterprise', 'enterprise')),
        outline jsonb not null,
        opened_on date not null,
        opened_by integer,
        created_at timestamptz not null default now(),
        check (window_from <= window_to),
        check (window_to < last_day),
        check (locked_from is null or locked_from > last_day)
      )`.execute(db);
    // One regular round per issuer and period; thematic requests have their own keys.
    await sql`create unique index reporting_round_period_idx
              on reporting_round (issuer_unit_id, coalesce(issuer_body_id, 0), period_key)`.execute(
      db,
    );
    await sql`create index reporting_round_key_idx on reporting_round (period_key)`.execute(db);

    await sql`
      create table reporting_report (
        id integer generated always as identity primary key,
        round_id integer not null references reporting_round (id),
        unit_id integer not null references org_unit (id),
        reviewer_unit_id integer not null references org_unit (id),
        status text not null default 'draft'
          check (status in ('draft', 'submitted', 'returned', 'approved')),
        narrative jsonb not null default '{}'::jsonb,
        prefilled_at timestamptz,
        first_submitted_on date,
        last_submitted_on date,
        last_submitted_by integer,
        approved_on date,
        approved_by integer,
        updated_at timestamptz not null default now(),
        unique (round_id, unit_id),
        check (status = 'draft' or first_submitted_on is not null),
        check ((status = 'approved') = (approved_on is not null))
      )`.execute(db);
    await sql`create index reporting_report_unit_idx on reporting_report (unit_id, round_id)`.execute(
      db,
    );

    // value/numerator and denominator as the unit reports them; computed_* as the platform found.
    await sql`
      create table reporting_report_value (
        report_id integer not null references reporting_report (id),
        indicator_id text not null check (indicator_id ~ '^[a-z_]+\\.[a-z0-9_]+$'),
        kind text not null check (kind in ('count', 'share')),
        numerator bigint check (numerator >= 0),
        denominator bigint check (denominator >= 0),
        computed_numerator bigint check (computed_numerator >= 0),
        computed_denominator bigint check (computed_denominator >= 0),
        note text check (length(note) <= 2000),
        primary key (report_id, indicator_id),
        check (kind = 'share' or (denominator is null and computed_denominator is null)),
        check (kind = 'count' or numerator is null or (denominator is not null and numerator <= denominator))
      )`.execute(db);

    await sql`
      create table reporting_report_event (
        id integer generated always as identity primary key,
        report_id integer not null references reporting_report (id),
        kind text not null check (kind in ('submitted', 'returned', 'approved')),
        on_day date not null,
        late_days integer not null default 0 check (late_days >= 0),
        comment text check (length(comment) <= 5000),
        actor_id integer,
        at timestamptz not null default now()
      )`.execute(db);
    await sql`create index reporting_report_event_idx on reporting_report_event (report_id, id)`.execute(
      db,
    );

    await sql`
      create table reporting_lock_exception (
        id integer generated always as identity primary key,
        round_id integer not null references reporting_round (id),
        unit_id integer not null references org_unit (id),
        granted_by integer,
        granted_on date not null,
        expires_on date not null,
        reason text not null check (length(reason) between 1 and 2000),
        created_at timestamptz not null default now(),
        check (granted_on <= expires_on)
      )`.execute(db);
    await sql`create index reporting_lock_exception_idx
              on reporting_lock_exception (round_id, unit_id)`.execute(db);
  },
};
