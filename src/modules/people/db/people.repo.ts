import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";

export const householdColumns = [
  "h.id",
  "h.unit_id",
  "h.code",
  "h.address",
  "h.valid_from",
  "h.valid_to",
] as const;

export function findHousehold(db: Executor, id: number) {
  return db
    .selectFrom("people_household as h")
    .innerJoin("org_unit as u", "u.id", "h.unit_id")
    .select([...householdColumns, "u.path", "u.code as unit_code", "u.name as unit_name"])
    .where("h.id", "=", id)
    .executeTakeFirst();
}

export function findHouseholdByCode(db: Executor, unitId: number, code: string) {
  return db
    .selectFrom("people_household")
    .select(["id"])
    .where("unit_id", "=", unitId)
    .where("code", "=", code)
    .executeTakeFirst();
}

/** Current members with their person record (the ID number stays sealed). */
export function membersOf(db: Executor, householdId: number) {
  return db
    .selectFrom("people_household_member as m")
    .innerJoin("people_person as p", "p.id", "m.person_id")
    .select([
      "m.id",
      "m.person_id",
      "m.relation",
      "m.is_representative",
      "m.valid_from",
      "p.full_name",
      "p.birth_date",
      "p.sex",
      "p.id_number_enc",
    ])
    .where("m.household_id", "=", householdId)
    .where("m.valid_to", "is", null)
    .orderBy("m.is_representative", "desc")
    .orderBy("m.id")
    .execute();
}

export interface HouseholdListFilter {
  /** ltree path: every household of every village under it. */
  underPath: string;
  search?: string | null;
  limit: number;
  offset: number;
}

export function listHouseholds(db: Executor, f: HouseholdListFilter) {
  let q = db
    .selectFrom("people_household as h")
    .innerJoin("org_unit as u", "u.id", "h.unit_id")
    .leftJoin("people_household_member as m", (j) =>
      j
        .onRef("m.household_id", "=", "h.id")
        .on("m.is_representative", "=", true)
        .on("m.valid_to", "is", null),
    )
    .leftJoin("people_person as p", "p.id", "m.person_id")
    .select([
      ...householdColumns,
      "u.code as unit_code",
      "u.name as unit_name",
      "p.full_name as representative",
      sql<number>`(select count(*)::int from people_household_member mm where mm.household_id = h.id and mm.valid_to is null)`.as(
        "member_count",
      ),
    ])
    .where(sql<boolean>`u.path <@ ${f.underPath}::ltree`)
    .where("h.valid_to", "is", null);
  if (f.search) {
    const s = f.search;
    q = q.where((eb) =>
      eb.or([
        eb("h.code", "=", s),
        sql<boolean>`coso_fold(h.address) like (select '%' || coso_fold(${s}) || '%')`,
        sql<boolean>`coso_fold(p.full_name) like (select '%' || coso_fold(${s}) || '%')`,
      ]),
    );
  }
  return q.orderBy("u.name").orderBy("h.code").limit(f.limit).offset(f.offset).execute();
}

/** N: households of a village in force on a date (R102), computed by the database function. */
export async function householdCountOn(
  db: Executor,
  unitId: number,
  date: string,
): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select people_household_count(${unitId}, ${date}::date) as n`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Households in force today for every village under a unit, in one query. */
export function householdCountsUnder(db: Executor, path: string, date: string) {
  return db
    .selectFrom("org_unit as u")
    .leftJoin("people_household as h", (j) =>
      j
        .onRef("h.unit_id", "=", "u.id")
        .on("h.valid_from", "<=", date)
        .on((eb) => eb.or([eb("h.valid_to", "is", null), eb("h.valid_to", ">", date)])),
    )
    .select(["u.id", "u.code", "u.name", sql<number>`count(h.id)::int`.as("households")])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where("u.kind", "in", ["village", "residential_group"])
    .groupBy(["u.id", "u.code", "u.name"])
    .orderBy("u.name")
    .execute();
}

export function personsWithHmac(db: Executor, hmacs: Buffer[]) {
  if (hmacs.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("people_person")
    .select(["id", "id_number_hmac"])
    .where("id_number_hmac", "in", hmacs)
    .execute();
}

/** People registered under a unit (any depth), with their current household if any. */
export function listPeople(
  db: Executor,
  f: { underPath: string; search?: string | null; limit: number; offset: number },
) {
  let q = db
    .selectFrom("people_person as p")
    .innerJoin("org_unit as u", "u.id", "p.home_unit_id")
    .leftJoin("people_household_member as m", (j) =>
      j.onRef("m.person_id", "=", "p.id").on("m.valid_to", "is", null),
    )
    .leftJoin("people_household as h", "h.id", "m.household_id")
    .select([
      "p.id",
      "p.full_name",
      "p.birth_date",
      "p.sex",
      "u.name as unit_name",
      "u.code as unit_code",
      "h.code as household_code",
      "h.id as household_id",
    ])
    .where(sql<boolean>`u.path <@ ${f.underPath}::ltree`);
  if (f.search)
    q = q.where(
      sql<boolean>`coso_fold(p.full_name) like (select '%' || coso_fold(${f.search}) || '%')`,
    );
  return q
    .orderBy(sql`coso_fold(p.full_name)`)
    .orderBy("p.id")
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export function workforceOf(db: Executor, unitId: number, onDate: string) {
  return db
    .selectFrom("people_affiliation as a")
    .innerJoin("people_person as p", "p.id", "a.person_id")
    .select(["a.id", "a.kind", "a.valid_from", "p.id as person_id", "p.full_name"])
    .where("a.unit_id", "=", unitId)
    .where("a.valid_from", "<=", onDate)
    .where((eb) => eb.or([eb("a.valid_to", "is", null), eb("a.valid_to", ">", onDate)]))
    .orderBy("a.kind")
    .orderBy(sql`coso_fold(p.full_name)`)
    .execute();
}

export function workforceCounts(db: Executor, unitId: number) {
  return db
    .selectFrom("people_workforce_count")
    .select(["effective_from", "staff_count", "worker_count", "source"])
    .where("unit_id", "=", unitId)
    .orderBy("effective_from", "desc")
    .execute();
}

export function legalBasesOf(db: Executor, unitId: number) {
  return db
    .selectFrom("people_legal_basis")
    .select(["purpose", "basis", "recorded_at"])
    .where("unit_id", "=", unitId)
    .orderBy("purpose")
    .execute();
}

export function idImagesOf(db: Executor, personIds: number[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("people_sensitive_file")
    .select(["id", "person_id", "kind", "byte_size", "created_at"])
    .where("person_id", "in", personIds)
    .orderBy("id")
    .execute();
}
