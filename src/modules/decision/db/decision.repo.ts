import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type { Channel, Choice } from "../domain/types.ts";
import type { VoteStatus } from "./tables.ts";

// All of the decision module's SQL. Households are read from the people module's register
// (people_household, people_household_member) by SQL, never written.

const matterColumns = [
  "m.id",
  "m.unit_id",
  "m.item",
  "m.scope",
  "m.title",
  "m.description",
  "m.question",
  "m.opener",
  "m.agreement_by",
  "m.agreement_on",
  "m.no_meeting_agreed",
  "m.per_village_rule",
  "m.initiative_id",
  "m.status",
  "m.valid",
  "m.passed",
  "m.outcome",
  "m.concluded_at",
  "m.created_at",
] as const;

export function findMatter(db: Executor, id: number) {
  return db
    .selectFrom("decision_matter as m")
    .innerJoin("org_unit as u", "u.id", "m.unit_id")
    .select([...matterColumns, "u.code as unit_code", "u.name as unit_name", "u.path as unit_path"])
    .where("m.id", "=", id)
    .executeTakeFirst();
}
export type MatterRow = NonNullable<Awaited<ReturnType<typeof findMatter>>>;

/** Matters of a unit and, for a commune, those of its villages; newest first. */
export function listMatters(db: Executor, path: string, limit = 200) {
  return db
    .selectFrom("decision_matter as m")
    .innerJoin("org_unit as u", "u.id", "m.unit_id")
    .select([...matterColumns, "u.code as unit_code", "u.name as unit_name", "u.path as unit_path"])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .orderBy("m.id", "desc")
    .limit(limit)
    .execute();
}

const roundColumns = [
  "r.id",
  "r.matter_id",
  "r.unit_id",
  "r.seq",
  "r.form",
  "r.status",
  "r.held_on",
  "r.closes_on",
  "r.place",
  "r.notice_delivered_on",
  "r.notice_posted",
  "r.documents_delivered_on",
  "r.plan_issued_on",
  "r.plan_sent_on",
  "r.publicity_on",
  "r.report_logged_on",
  "r.opt_in_households",
  "r.meeting_method",
  "r.hands_yes",
  "r.hands_no",
  "r.hands_other",
  "r.team",
  "r.tellers",
  "r.witnesses",
  "r.clusters",
  "r.dispersed",
  "r.cluster_plan_approved_on",
  "r.template_mark",
  "r.households",
  "r.snapshot_at",
  "r.opened_at",
  "r.counted_at",
  "r.attending",
  "r.valid",
  "r.passed",
  "r.outcome",
  "r.result_hash",
] as const;

export function roundsOf(db: Executor, matterId: number) {
  return db
    .selectFrom("decision_round as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([...roundColumns, "u.code as unit_code", "u.name as unit_name", "u.path as unit_path"])
    .where("r.matter_id", "=", matterId)
    .orderBy("u.name")
    .orderBy("r.seq")
    .execute();
}

export function findRound(db: Executor, id: number) {
  return db
    .selectFrom("decision_round as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([...roundColumns, "u.code as unit_code", "u.name as unit_name", "u.path as unit_path"])
    .where("r.id", "=", id)
    .executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Locks the round for the duration of the transaction (state changes of one round queue). */
export async function lockRound(db: Executor, id: number) {
  await db.selectFrom("decision_round").select("id").where("id", "=", id).forUpdate().execute();
  return findRound(db, id);
}

/** Villages and residential groups directly under a commune (T of R27). */
export function villagesOf(db: Executor, communeId: number) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "path"])
    .where("parent_id", "=", communeId)
    .where("kind", "in", ["village", "residential_group"])
    .where("dissolved_on", "is", null)
    .orderBy(sql`coso_fold(name)`)
    .execute();
}

/** Freezes N: the village's households in force on the day, copied into the snapshot. */
export async function freezeSnapshot(db: Executor, roundId: number, unitId: number, on: string) {
  const r = await sql<{ n: number }>`
    with frozen as (
      insert into decision_snapshot (round_id, household_id, unit_id)
      select ${roundId}, h.id, h.unit_id from people_household h
      where h.unit_id = ${unitId} and h.valid_from <= ${on}::date
        and (h.valid_to is null or h.valid_to > ${on}::date)
      returning 1
    ) select count(*)::int as n from frozen`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export async function inSnapshot(db: Executor, roundId: number, householdId: number) {
  const row = await db
    .selectFrom("decision_snapshot")
    .select("household_id")
    .where("round_id", "=", roundId)
    .where("household_id", "=", householdId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The name of household `h`'s representative on a day (the one who votes for it). */
const representativeOf = (on: string) => sql<string | null>`(
  select p.full_name from people_household_member m join people_person p on p.id = m.person_id
  where m.household_id = h.id and m.is_representative and m.valid_from <= ${on}::date
    and (m.valid_to is null or m.valid_to > ${on}::date))`;

/** Households of the snapshot with their code, address and representative, for lists and forms. */
export function snapshotHouseholds(db: Executor, roundId: number, on: string) {
  return db
    .selectFrom("decision_snapshot as s")
    .innerJoin("people_household as h", "h.id", "s.household_id")
    .select(["h.id", "h.code", "h.address", representativeOf(on).as("representative")])
    .where("s.round_id", "=", roundId)
    .orderBy("h.code")
    .execute();
}

/** The household a person represents in a village on a day (the one who votes for it). */
export async function householdRepresentedBy(
  db: Executor,
  personId: number,
  unitId: number,
  on: string,
) {
  const row = await db
    .selectFrom("people_household_member as m")
    .innerJoin("people_household as h", "h.id", "m.household_id")
    .select(["h.id", "h.code"])
    .where("m.person_id", "=", personId)
    .where("m.is_representative", "=", true)
    .where("h.unit_id", "=", unitId)
    .where("m.valid_from", "<=", on)
    .where((eb) => eb.or([eb("m.valid_to", "is", null), eb("m.valid_to", ">", on)]))
    .executeTakeFirst();
  return row ?? null;
}

export function findHouseholdInUnit(db: Executor, unitId: number, code: string) {
  return db
    .selectFrom("people_household")
    .select(["id", "code", "address"])
    .where("unit_id", "=", unitId)
    .where("code", "=", code)
    .executeTakeFirst();
}

export interface NewVote {
  roundId: number;
  matterId: number;
  unitId: number;
  householdId: number;
  channel: Channel;
  choice: Choice;
  otherText: string | null;
  status: VoteStatus;
  ballotSerial: string | null;
  castBy: number | null;
  receipt: string;
}

/**
 * Inserts a vote. A second counted vote of the same household and round hits the partial unique
 * index; with `onConflictDoNothing` the caller gets null instead of an error.
 */
export async function insertVote(db: Executor, v: NewVote) {
  const row = await db
    .insertInto("decision_vote")
    .values({
      round_id: v.roundId,
      matter_id: v.matterId,
      unit_id: v.unitId,
      household_id: v.householdId,
      channel: v.channel,
      choice: v.choice,
      other_text: v.otherText,
      status: v.status,
      ballot_serial: v.ballotSerial,
      cast_by: v.castBy,
      receipt: v.receipt,
    })
    .onConflict((oc) =>
      // Literal, not a parameter: PostgreSQL matches the partial unique index only when it sees
      // the value, which a generic (prepared) plan would hide.
      oc.columns(["round_id", "household_id"]).where(sql<boolean>`status = 'counted'`).doNothing(),
    )
    .returning(["id", "cast_at"])
    .executeTakeFirst();
  return row ?? null;
}

export function countedVoteOf(db: Executor, roundId: number, householdId: number) {
  return db
    .selectFrom("decision_vote")
    .select(["id", "channel", "cast_at", "receipt"])
    .where("round_id", "=", roundId)
    .where("household_id", "=", householdId)
    .where("status", "=", "counted")
    .executeTakeFirst();
}

export function votesOfHousehold(db: Executor, matterId: number, householdId: number) {
  return db
    .selectFrom("decision_vote as v")
    .innerJoin("decision_round as r", "r.id", "v.round_id")
    .select([
      "v.id",
      "v.round_id",
      "r.seq",
      "r.form",
      "v.channel",
      "v.status",
      "v.cast_at",
      "v.receipt",
    ])
    .where("v.matter_id", "=", matterId)
    .where("v.household_id", "=", householdId)
    .orderBy("v.id")
    .execute();
}

export function findVoteByReceipt(db: Executor, receipt: string) {
  return db
    .selectFrom("decision_vote as v")
    .innerJoin("decision_matter as m", "m.id", "v.matter_id")
    .innerJoin("decision_round as r", "r.id", "v.round_id")
    .select([
      "v.id",
      "v.status",
      "v.channel",
      "v.cast_at",
      "v.matter_id",
      "m.title",
      "r.seq",
      "r.status as round_status",
    ])
    .where("v.receipt", "=", receipt)
    .executeTakeFirst();
}

/** Counted votes by choice: one row per choice, over the round's counted votes only. */
export async function tallyRound(db: Executor, roundId: number) {
  const rows = await db
    .selectFrom("decision_vote")
    .select(["choice", sql<number>`count(*)::int`.as("n")])
    .where("round_id", "=", roundId)
    .where("status", "=", "counted")
    .groupBy("choice")
    .execute();
  const t = { yes: 0, no: 0, other: 0 };
  for (const r of rows) t[r.choice] = r.n;
  return t;
}

export async function flaggedVotes(db: Executor, roundId: number) {
  return db
    .selectFrom("decision_vote as v")
    .innerJoin("people_household as h", "h.id", "v.household_id")
    .select(["v.id", "h.code", "v.channel", "v.status", "v.ballot_serial", "v.cast_at"])
    .where("v.round_id", "=", roundId)
    .where("v.status", "!=", "counted")
    .orderBy("v.id")
    .execute();
}

/** Votes by channel and status, counted ones first, in the same order on every page load. */
export async function votesByChannel(db: Executor, roundId: number) {
  return db
    .selectFrom("decision_vote")
    .select(["channel", "status", sql<number>`count(*)::int`.as("n")])
    .where("round_id", "=", roundId)
    .groupBy(["channel", "status"])
    .orderBy("status")
    .orderBy("channel")
    .execute();
}

/** Households that cast a counted vote, with their representative (the T64 participant list). */
export function participants(db: Executor, roundId: number, on: string) {
  return db
    .selectFrom("decision_vote as v")
    .innerJoin("people_household as h", "h.id", "v.household_id")
    .select(["h.code", "h.address", representativeOf(on).as("representative"), "v.channel"])
    .where("v.round_id", "=", roundId)
    .where("v.status", "=", "counted")
    .orderBy("h.code")
    .execute();
}

export async function attendanceCount(db: Executor, roundId: number) {
  const r = await db
    .selectFrom("decision_attendance")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("round_id", "=", roundId)
    .executeTakeFirst();
  return r?.n ?? 0;
}

export function attendanceOf(db: Executor, roundId: number) {
  return db
    .selectFrom("decision_attendance as a")
    .innerJoin("people_household as h", "h.id", "a.household_id")
    .select(["h.code", "a.representative", "a.cluster", "a.recorded_at"])
    .where("a.round_id", "=", roundId)
    .orderBy("h.code")
    .execute();
}

export function speakersOf(db: Executor, roundId: number) {
  return db
    .selectFrom("decision_speaker as s")
    .innerJoin("people_household as h", "h.id", "s.household_id")
    .select(["s.id", "h.code", "s.name"])
    .where("s.round_id", "=", roundId)
    .orderBy("s.id")
    .execute();
}

export function proceduralVotesOf(db: Executor, roundId: number) {
  return db
    .selectFrom("decision_procedural_vote")
    .select(["id", "subject", "label", "yes", "attending", "passed", "recorded_at"])
    .where("round_id", "=", roundId)
    .orderBy("id")
    .execute();
}

export function findRecord(db: Executor, matterId: number) {
  return db
    .selectFrom("decision_record")
    .selectAll()
    .where("matter_id", "=", matterId)
    .executeTakeFirst();
}
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecord>>>;

export function findInitiative(db: Executor, id: number) {
  return db
    .selectFrom("decision_initiative as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([
      "i.id",
      "i.unit_id",
      "i.title",
      "i.description",
      "i.initiator_name",
      "i.opened_on",
      "i.front_approved_on",
      "i.status",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.path as unit_path",
    ])
    .where("i.id", "=", id)
    .executeTakeFirst();
}
export type InitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;

export function initiativesUnder(db: Executor, path: string) {
  return db
    .selectFrom("decision_initiative as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([
      "i.id",
      "i.title",
      "i.status",
      "i.opened_on",
      "u.code as unit_code",
      "u.name as unit_name",
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .orderBy("i.id", "desc")
    .execute();
}

export function consentsOf(db: Executor, initiativeId: number) {
  return db
    .selectFrom("decision_consent as c")
    .innerJoin("people_household as h", "h.id", "c.household_id")
    .select(["c.household_id", "h.code", "c.given_on"])
    .where("c.initiative_id", "=", initiativeId)
    .orderBy("h.code")
    .execute();
}

/** The rounds of several matters in one query (lists show each matter's form, dates, turnout). */
export function roundsOfMatters(db: Executor, matterIds: readonly number[]) {
  if (matterIds.length === 0) return Promise.resolve([] as RoundRow[]);
  return db
    .selectFrom("decision_round as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([...roundColumns, "u.code as unit_code", "u.name as unit_name", "u.path as unit_path"])
    .where("r.matter_id", "in", matterIds)
    .orderBy("r.matter_id")
    .orderBy("u.name")
    .orderBy("r.seq")
    .execute();
}
