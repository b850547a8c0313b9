import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import "./convention-tables.ts";

// The village-convention queries (NĐ 61/2023). Writes stay in the commands, each with its audit
// event in the same transaction; reads are here.

const conventionColumns = [
  "c.id",
  "c.unit_id",
  "c.kind",
  "c.title",
  "c.proposed_by",
  "c.front_agreed_by",
  "c.front_agreed_on",
  "c.initiative_id",
  "c.proposed_on",
  "c.ethnic_minority_area",
  "c.ethnic_language",
  "c.amends_id",
  "c.review_month",
  "c.review_day",
  "c.status",
  "c.min_posting_days",
  "c.channels",
  "c.consultation_from",
  "c.matter_id",
  "c.text_version_id",
  "c.adopted_on",
  "c.sign_head",
  "c.sign_front_head",
  "c.sign_rep1",
  "c.sign_rep2",
  "c.signed_at",
  "c.dossier_due",
  "c.dossier_submitted_on",
  "c.dossier_returned_on",
  "c.dossier_return_reason",
  "c.decision_due",
  "c.decision_number",
  "c.recognised_on",
  "c.seal_across_pages",
  "c.refused_on",
  "c.refusal_reason",
  "c.in_force_on",
  "c.ended_on",
  "c.publicised_on",
  "c.publicity_forms",
  "c.created_at",
] as const;

export function findConvention(db: Executor, id: number) {
  return db
    .selectFrom("decision_convention as c")
    .innerJoin("org_unit as u", "u.id", "c.unit_id")
    .select([
      ...conventionColumns,
      "u.code as unit_code",
      "u.name as unit_name",
      "u.full_name as unit_full_name",
      "u.kind as unit_kind",
      "u.path as unit_path",
    ])
    .where("c.id", "=", id)
    .executeTakeFirst();
}
export type ConventionRow = NonNullable<Awaited<ReturnType<typeof findConvention>>>;

/** Locks the convention for the transaction (its steps queue), then reads it. */
export async function lockConvention(db: Executor, id: number) {
  await db
    .selectFrom("decision_convention")
    .select("id")
    .where("id", "=", id)
    .forUpdate()
    .execute();
  return findConvention(db, id);
}

/** Conventions of a unit and of the units under it, newest first. */
export function conventionsUnder(db: Executor, path: string, limit = 500) {
  return db
    .selectFrom("decision_convention as c")
    .innerJoin("org_unit as u", "u.id", "c.unit_id")
    .select([
      ...conventionColumns,
      "u.code as unit_code",
      "u.name as unit_name",
      "u.full_name as unit_full_name",
      "u.kind as unit_kind",
      "u.path as unit_path",
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .orderBy("c.id", "desc")
    .limit(limit)
    .execute();
}

export function membersOf(db: Executor, conventionId: number) {
  return db
    .selectFrom("decision_convention_member")
    .select(["position", "name", "role", "elder_or_village_head", "speaks_ethnic_language"])
    .where("convention_id", "=", conventionId)
    .orderBy("position")
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

export function versionsOf(db: Executor, conventionId: number) {
  return db
    .selectFrom("decision_convention_version")
    .select([
      "id",
      "version",
      "body",
      "note",
      "posted_on",
      "posted_place",
      "frozen_at",
      "created_at",
    ])
    .where("convention_id", "=", conventionId)
    .orderBy("version")
    .execute();
}
export type VersionRow = Awaited<ReturnType<typeof versionsOf>>[number];

export async function latestVersion(db: Executor, conventionId: number) {
  return (
    (await db
      .selectFrom("decision_convention_version")
      .select([
        "id",
        "version",
        "body",
        "note",
        "posted_on",
        "posted_place",
        "frozen_at",
        "created_at",
      ])
      .where("convention_id", "=", conventionId)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

export function commentsOf(db: Executor, conventionId: number) {
  return db
    .selectFrom("decision_convention_comment as m")
    .innerJoin("decision_convention_version as v", "v.id", "m.version_id")
    .select([
      "m.id",
      "v.version",
      "m.received_on",
      "m.channel",
      "m.author",
      "m.content",
      "m.response",
    ])
    .where("m.convention_id", "=", conventionId)
    .orderBy("m.id")
    .execute();
}

const complaintColumns = [
  "id",
  "convention_id",
  "received_on",
  "source",
  "complainant",
  "content",
  "reply_due",
  "annul_due",
  "resolution",
  "resolved_on",
  "extent",
  "ground",
  "part_text",
  "reason",
  "amend_by",
  "lifted_on",
] as const;

export function complaintsOf(db: Executor, conventionId: number) {
  return db
    .selectFrom("decision_convention_complaint")
    .select(complaintColumns)
    .where("convention_id", "=", conventionId)
    .orderBy("id")
    .execute();
}
export type ComplaintRow = Awaited<ReturnType<typeof complaintsOf>>[number];

/** Complaints of several conventions at once (the due list of a commune). */
export function complaintsOfMany(db: Executor, conventionIds: readonly number[]) {
  if (conventionIds.length === 0) return Promise.resolve([] as ComplaintRow[]);
  return db
    .selectFrom("decision_convention_complaint")
    .select(complaintColumns)
    .where("convention_id", "in", conventionIds)
    .orderBy("id")
    .execute();
}

export async function lockComplaint(db: Executor, conventionId: number, id: number) {
  return (
    (await db
      .selectFrom("decision_convention_complaint")
      .select(complaintColumns)
      .where("convention_id", "=", conventionId)
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst()) ?? null
  );
}

export function reviewsOf(db: Executor, conventionId: number) {
  return db
    .selectFrom("decision_convention_review")
    .select(["id", "convention_id", "year", "held_on", "form", "summary", "proposals"])
    .where("convention_id", "=", conventionId)
    .orderBy("year", "desc")
    .execute();
}
export type ReviewRow = Awaited<ReturnType<typeof reviewsOf>>[number];

export function reviewsOfMany(db: Executor, conventionIds: readonly number[]) {
  if (conventionIds.length === 0) return Promise.resolve([] as ReviewRow[]);
  return db
    .selectFrom("decision_convention_review")
    .select(["id", "convention_id", "year", "held_on", "form", "summary", "proposals"])
    .where("convention_id", "in", conventionIds)
    .execute();
}

/** The convention that amends this one, if any (the newest). */
export async function amendmentOf(db: Executor, conventionId: number) {
  return (
    (await db
      .selectFrom("decision_convention")
      .select(["id", "title", "status", "recognised_on"])
      .where("amends_id", "=", conventionId)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

/** The unit a convention is proposed in, with what `openMatter` needs. */
export function unitRef(db: Executor, unitId: number) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "kind", "path"])
    .where("id", "=", unitId)
    .executeTakeFirstOrThrow();
}
