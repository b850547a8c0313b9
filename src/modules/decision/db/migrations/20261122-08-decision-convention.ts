import { type Kysely, sql } from "kysely";
import type { NamedMigration } from "../../../../core/db/migrator.ts";

// Village conventions (hương ước, quy ước; NĐ 61/2023): the convention and its course from the
// proposal to recognition (Art 7–11), its drafting team (Art 8, R74), the versions of its text —
// never edited in place once posted or put to the vote (Art 9, R68) —, the comments received while
// the draft is posted, complaints with their suspension or annulment (Art 12, 14, R72) and the
// yearly review (Art 15.4, R73). Its adoption is a community-decision matter of item 3
// (decision_matter), counted by the R69–R70 rules.
export const decisionConventionTables: NamedMigration = {
  name: "20261122-08-decision-convention",
  async up(db: Kysely<unknown>) {
    await sql`
      create table decision_convention (
        id integer generated always as identity primary key,
        unit_id integer not null references org_unit (id),
        kind text not null check (kind in ('huong_uoc', 'quy_uoc')),
        title text not null check (length(title) between 1 and 300),
        proposed_by text not null check (proposed_by in ('village_head', 'initiative')),
        front_agreed_by text check (length(front_agreed_by) <= 200),
        front_agreed_on date,
        initiative_id integer references decision_initiative (id),
        proposed_on date not null,
        ethnic_minority_area boolean not null default false,
        ethnic_language text check (length(ethnic_language) <= 100),
        amends_id integer references decision_convention (id),
        review_month smallint check (review_month between 1 and 12),
        review_day smallint check (review_day between 1 and 31),
        status text not null default 'drafting' check (status in (
          'drafting', 'consultation', 'voting', 'adopted', 'not_adopted', 'submitted',
          'recognised', 'refused', 'suspended', 'annulled', 'replaced')),
        min_posting_days smallint check (min_posting_days between 30 and 366),
        channels jsonb not null default '[]',
        consultation_from date,
        matter_id integer unique references decision_matter (id),
        text_version_id integer,
        adopted_on date,
        sign_head text check (length(sign_head) <= 200),
        sign_front_head text check (length(sign_front_head) <= 200),
        sign_rep1 text check (length(sign_rep1) <= 200),
        sign_rep2 text check (length(sign_rep2) <= 200),
        signed_at timestamptz,
        dossier_due date,
        dossier_submitted_on date,
        dossier_returned_on date,
        dossier_return_reason text check (length(dossier_return_reason) <= 4000),
        decision_due date,
        decision_number text check (length(decision_number) <= 60),
        recognised_on date,
        seal_across_pages boolean not null default false,
        refused_on date,
        refusal_reason text check (length(refusal_reason) <= 4000),
        in_force_on date,
        ended_on date,
        publicised_on date,
        publicity_forms jsonb not null default '[]',
        created_by integer,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- NĐ 61 Art 7: the head proposes with the Trưởng ban CTMT's agreement, or residents do.
        check (proposed_by <> 'village_head' or (front_agreed_by is not null and front_agreed_on is not null)),
        check (proposed_by <> 'initiative' or initiative_id is not null),
        check ((review_month is null) = (review_day is null)),
        -- R71: in force from the day of recognition, never otherwise; R67: sealed once recognised.
        check (in_force_on is null or in_force_on = recognised_on),
        check (status not in ('recognised', 'suspended') or (recognised_on is not null and seal_across_pages))
      )`.execute(db);
    await sql`create index decision_convention_unit_idx on decision_convention (unit_id, status)`.execute(
      db,
    );
    await sql`
      create table decision_convention_member (
        convention_id integer not null references decision_convention (id),
        position smallint not null check (position >= 1),
        unit_id integer not null references org_unit (id),
        name text not null check (length(name) between 1 and 200),
        role text check (length(role) <= 200),
        elder_or_village_head boolean not null default false,
        speaks_ethnic_language boolean not null default false,
        primary key (convention_id, position)
      )`.execute(db);
    await sql`
      create table decision_convention_version (
        id integer generated always as identity primary key,
        convention_id integer not null references decision_convention (id),
        unit_id integer not null references org_unit (id),
        version smallint not null check (version >= 1),
        body text not null check (length(body) between 1 and 200000),
        note text check (length(note) <= 2000),
        posted_on date,
        posted_place text check (length(posted_place) <= 300),
        frozen_at timestamptz,
        created_by integer,
        created_at timestamptz not null default now(),
        unique (convention_id, version),
        check (posted_on is null or frozen_at is not null)
      )`.execute(db);
    await sql`
      alter table decision_convention add constraint decision_convention_text_fk
        foreign key (text_version_id) references decision_convention_version (id)`.execute(db);
    // A posted version, or the one put to the vote, is never edited in place: a change is a new
    // version (NĐ 61 Art 9–10: the households comment on, then adopt, one known text).
    await sql`
      create function decision_convention_version_frozen() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.frozen_at is not null then
            raise exception using errcode = '23514', constraint = 'decision_convention_version_frozen',
              message = 'Phiên bản dự thảo đã niêm yết hoặc đã đưa ra biểu quyết không được xóa.';
          end if;
          return old;
        end if;
        if old.frozen_at is not null and (
          new.body, new.note, new.version, new.convention_id, new.unit_id, new.posted_on,
          new.posted_place, new.frozen_at
        ) is distinct from (
          old.body, old.note, old.version, old.convention_id, old.unit_id, old.posted_on,
          old.posted_place, old.frozen_at
        ) then
          raise exception using errcode = '23514', constraint = 'decision_convention_version_frozen',
            message = 'Phiên bản dự thảo đã niêm yết hoặc đã đưa ra biểu quyết không được sửa; hãy tạo phiên bản mới.';
        end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger decision_convention_version_frozen before update or delete on decision_convention_version
      for each row execute function decision_convention_version_frozen()`.execute(db);
    await sql`
      create table decision_convention_comment (
        id integer generated always as identity primary key,
        convention_id integer not null references decision_convention (id),
        version_id integer not null references decision_convention_version (id),
        unit_id integer not null references org_unit (id),
        received_on date not null,
        channel text not null check (channel in ('household_copies', 'online', 'suggestion_box', 'meeting', 'agency')),
        author text check (length(author) <= 200),
        content text not null check (length(content) between 1 and 10000),
        response text check (length(response) <= 10000),
        recorded_by integer,
        recorded_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index decision_convention_comment_idx on decision_convention_comment (convention_id, id)`.execute(
      db,
    );
    await sql`
      create table decision_convention_complaint (
        id integer generated always as identity primary key,
        convention_id integer not null references decision_convention (id),
        unit_id integer not null references org_unit (id),
        received_on date not null,
        source text not null check (source in ('head', 'household', 'resident', 'review', 'supervision')),
        complainant text check (length(complainant) <= 200),
        content text not null check (length(content) between 1 and 10000),
        reply_due date not null,
        annul_due date not null,
        resolution text check (resolution in ('unfounded', 'suspended', 'annulled')),
        resolved_on date,
        extent text check (extent in ('whole', 'part')),
        ground text check (ground in (
          'procedure', 'content', 'unlawful_content', 'suspension_expired', 'ratio_not_met',
          'part_suspension_expired')),
        part_text text check (length(part_text) <= 2000),
        reason text check (length(reason) <= 4000),
        amend_by date,
        lifted_on date,
        recorded_by integer,
        recorded_at timestamptz not null default now(),
        check ((resolution is null) = (resolved_on is null)),
        check (resolution is distinct from 'suspended' or (amend_by is not null and amend_by > resolved_on)),
        check (resolution not in ('suspended', 'annulled') or (extent is not null and ground is not null)),
        check (extent is distinct from 'part' or part_text is not null)
      )`.execute(db);
    await sql`create index decision_convention_complaint_idx on decision_convention_complaint (convention_id, id)`.execute(
      db,
    );
    await sql`
      create table decision_convention_review (
        id integer generated always as identity primary key,
        convention_id integer not null references decision_convention (id),
        unit_id integer not null references org_unit (id),
        year smallint not null,
        held_on date not null,
        form text not null check (form in ('meeting', 'periodic_meeting')),
        summary text not null check (length(summary) between 1 and 10000),
        proposals text check (length(proposals) <= 10000),
        recorded_by integer,
        recorded_at timestamptz not null default now(),
        unique (convention_id, year)
      )`.execute(db);
  },
};
