import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Community decisions (Luật 10/2022 Art 15–24; NĐ 59/2023 Art 3–5): matters, the rounds in which
// a village votes (meeting, household ballots, online), the frozen list of households (N), votes
// with one counted vote per household and round, attendance, procedural votes, the decision
// record (R34–R38) and residents' initiatives (R16).
export const decisionTables: NamedMigration = {
  name: "20261122-07-decision",
  async up(db: Kysely<unknown>) {
    await sql`
      create table decision_initiative (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        title text not null check (length(title) between 1 and 300),
        description text not null default '' check (length(description) <= 20000),
        initiator_name text not null check (length(initiator_name) between 1 and 200),
        opened_on date not null,
        front_approved_on date,
        status text not null default 'collecting' check (status in ('collecting', 'tabled', 'dropped')),
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table decision_consent (
        initiative_id integer not null references decision_initiative (id),
        household_id integer not null references people_household (id),
        unit_id integer not null references org_unit (id),
        given_on date not null,
        recorded_at timestamptz not null default now(),
        primary key (initiative_id, household_id)
      )`.execute(db);
    await sql`
      create table decision_matter (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        item smallint not null check (item between 1 and 6),
        scope text not null check (scope in ('village', 'commune')),
        title text not null check (length(title) between 1 and 300),
        description text not null default '' check (length(description) <= 20000),
        question text not null check (length(question) between 1 and 1000),
        opener text not null check (opener in ('commune_chair', 'village_head', 'appointed_convener', 'initiative')),
        agreement_by text check (length(agreement_by) <= 200),
        agreement_on date,
        no_meeting_agreed boolean not null default false,
        per_village_rule text not null default 'two_thirds' check (per_village_rule in ('two_thirds', 'majority')),
        initiative_id integer references decision_initiative (id),
        status text not null default 'open' check (status in ('open', 'concluded', 'finalised', 'withdrawn')),
        valid boolean,
        passed boolean,
        outcome jsonb,
        concluded_at timestamptz,
        created_by integer,
        created_at timestamptz not null default now(),
        -- R14: only items 1–2 may be decided commune-wide.
        check (scope = 'village' or item in (1, 2))
      )`.execute(db);
    await sql`create index decision_matter_unit_idx on decision_matter (unit_id, status, id desc)`.execute(
      db,
    );
    await sql`
      create table decision_round (
        id integer generated always as identity primary key,
        matter_id integer not null references decision_matter (id),
        unit_id integer not null references org_unit (id),
        seq smallint not null,
        form text not null check (form in ('meeting', 'ballot', 'online')),
        status text not null default 'planned' check (status in ('planned', 'open', 'counted')),
        held_on date not null,
        closes_on date not null,
        place text check (length(place) <= 300),
        notice_delivered_on date,
        notice_posted boolean not null default false,
        documents_delivered_on date,
        plan_issued_on date,
        plan_sent_on date,
        publicity_on date,
        report_logged_on date,
        opt_in_households integer check (opt_in_households >= 0),
        meeting_method text check (meeting_method in ('hands', 'secret')),
        hands_yes integer check (hands_yes >= 0),
        hands_no integer check (hands_no >= 0),
        hands_other integer check (hands_other >= 0),
        team jsonb not null default '[]',
        tellers jsonb not null default '[]',
        witnesses jsonb not null default '[]',
        clusters smallint check (clusters >= 2),
        dispersed boolean not null default false,
        cluster_plan_approved_on date,
        template_mark text check (template_mark in ('stamp', 'signature')),
        households integer check (households >= 0),
        snapshot_at timestamptz,
        opened_at timestamptz,
        counted_at timestamptz,
        attending integer,
        valid boolean,
        passed boolean,
        outcome jsonb,
        result_hash text,
        created_at timestamptz not null default now(),
        -- One family of rounds per village: a commune-wide matter has a round 1 in every village.
        unique (matter_id, unit_id, seq),
        check (closes_on >= held_on)
      )`.execute(db);
    await sql`create index decision_round_unit_idx on decision_round (unit_id, status)`.execute(db);
    // N, frozen when the round opens (R26): households added later are not counted.
    await sql`
      create table decision_snapshot (
        round_id integer not null references decision_round (id),
        household_id integer not null references people_household (id),
        unit_id integer not null references org_unit (id),
        primary key (round_id, household_id)
      )`.execute(db);
    await sql`
      create table decision_attendance (
        round_id integer not null references decision_round (id),
        household_id integer not null references people_household (id),
        unit_id integer not null references org_unit (id),
        representative text not null check (length(representative) between 1 and 200),
        cluster smallint,
        recorded_at timestamptz not null default now(),
        primary key (round_id, household_id)
      )`.execute(db);
    // R39: another member of a household may register to speak; it adds no vote.
    await sql`
      create table decision_speaker (
        id integer generated always as identity primary key,
        round_id integer not null references decision_round (id),
        household_id integer not null references people_household (id),
        unit_id integer not null references org_unit (id),
        name text not null check (length(name) between 1 and 200),
        recorded_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table decision_procedural_vote (
        id integer generated always as identity primary key,
        round_id integer not null references decision_round (id),
        unit_id integer not null references org_unit (id),
        subject text not null check (subject in ('secretary', 'method', 'tellers', 'option', 'cluster')),
        label text not null check (length(label) between 1 and 300),
        yes integer not null check (yes >= 0),
        attending integer not null check (attending >= 0),
        passed boolean not null,
        recorded_at timestamptz not null default now()
      )`.execute(db);
    await sql`
      create table decision_vote (
        id bigint generated always as identity primary key,
        round_id integer not null references decision_round (id),
        matter_id integer not null references decision_matter (id),
        unit_id integer not null references org_unit (id),
        household_id integer not null references people_household (id),
        channel text not null check (channel in ('meeting', 'paper', 'online')),
        choice text not null check (choice in ('yes', 'no', 'other')),
        other_text text check (length(other_text) <= 2000),
        status text not null check (status in ('counted', 'duplicate', 'outside')),
        ballot_serial text check (length(ballot_serial) <= 40),
        cast_by integer,
        cast_at timestamptz not null default now(),
        receipt text not null
      )`.execute(db);
    // One counted vote per household and round, whatever the channel (Art 18.2, 19.3): the
    // database, not the application, settles simultaneous attempts.
    await sql`create unique index decision_vote_one_per_household on decision_vote (round_id, household_id) where status = 'counted'`.execute(
      db,
    );
    await sql`create index decision_vote_tally_idx on decision_vote (round_id, status, choice)`.execute(
      db,
    );
    await sql`
      create table decision_record (
        matter_id integer primary key references decision_matter (id),
        unit_id integer not null references org_unit (id),
        doc_form text not null check (doc_form in ('nghi_quyet', 'bien_ban', 'ban_ghi_nho', 'ban_thoa_thuan')),
        held_on date,
        households integer,
        attending integer,
        absent integer,
        content text check (length(content) <= 20000),
        form_text text check (length(form_text) <= 300),
        result_text text check (length(result_text) <= 2000),
        decision_text text check (length(decision_text) <= 20000),
        sign_head text check (length(sign_head) <= 200),
        sign_front_head text check (length(sign_front_head) <= 200),
        sign_rep1 text check (length(sign_rep1) <= 200),
        sign_rep2 text check (length(sign_rep2) <= 200),
        finalised_at timestamptz,
        dispatch_due date,
        dispatched_on date,
        recognition_due date,
        recognised_on date,
        refused_on date,
        refusal_reason text check (length(refusal_reason) <= 4000),
        in_force_on date,
        annulled_on date,
        annul_ground text check (annul_ground in ('a', 'b')),
        annul_action text check (annul_action in ('annul', 'request_amendment')),
        annul_reason text check (length(annul_reason) <= 4000),
        updated_at timestamptz not null default now()
      )`.execute(db);
  },
};
