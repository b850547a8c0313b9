import { sql } from "kysely";
import type { Executor } from "../../../core/db/database.ts";
import type { UnitKind } from "../domain/unit-kinds.ts";

// All of the org module's SQL. Rows come back in snake_case; commands and presenters map them.

export const unitColumns = [
  "id",
  "code",
  "name",
  "full_name",
  "name_en",
  "kind",
  "kind_since",
  "local_kind_name",
  "parent_id",
  "path",
  "address",
  "dissolved_on",
] as const;

export function findUnitByCode(db: Executor, code: string) {
  return db.selectFrom("org_unit").select(unitColumns).where("code", "=", code).executeTakeFirst();
}

export function findUnitById(db: Executor, id: number) {
  return db.selectFrom("org_unit").select(unitColumns).where("id", "=", id).executeTakeFirst();
}

export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnitById>>>;

export function findUnitsByCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom("org_unit").select(unitColumns).where("code", "in", codes).execute();
}

/**
 * A unit by its code and every unit above it, root first, the unit itself last (`path @>` on the
 * ltree); no rows when no unit has the code. One statement, or part of a page's one statement:
 * nearly every page starts with it, and a round trip costs more than the query.
 */
export function unitChainQuery(db: Executor, code: string) {
  return db
    .selectFrom("org_unit")
    .select(unitColumns)
    .where(
      sql<boolean>`path @> (${db.selectFrom("org_unit").select("path").where("code", "=", code)})`,
    )
    .orderBy(sql`nlevel(path)`);
}

export function childrenOf(db: Executor, parentId: number) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "full_name", "kind", "local_kind_name"])
    .where("parent_id", "=", parentId)
    .where("dissolved_on", "is", null)
    .orderBy(sql`kind in ('state_agency','public_service_unit','state_enterprise','enterprise')`)
    .orderBy(sql`coso_fold(name)`)
    .execute();
}

export function rootUnits(db: Executor) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "full_name", "kind"])
    .where("parent_id", "is", null)
    .orderBy(sql`coso_fold(name)`)
    .execute();
}

/** "Everything under X": one indexed query on the materialised path (gist index on ltree). */
export function countDescendantsByKind(db: Executor, path: string) {
  return db
    .selectFrom("org_unit")
    .select(["kind", sql<number>`count(*)::int`.as("n")])
    .where(sql<boolean>`path <@ ${path}::ltree`)
    .where(sql<boolean>`path <> ${path}::ltree`)
    .groupBy("kind")
    .execute();
}

export function descendantIds(db: Executor, path: string, kinds?: readonly UnitKind[]) {
  let q = db.selectFrom("org_unit").select("id").where(sql<boolean>`path <@ ${path}::ltree`);
  if (kinds) q = q.where("kind", "in", kinds);
  return q.execute();
}

export function searchUnits(db: Executor, text: string, limit = 20) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "full_name", "kind", "parent_id"])
    .where((eb) =>
      eb.or([
        eb("code", "=", text),
        sql<boolean>`coso_fold(name) like (select '%' || coso_fold(${text}) || '%')`,
      ]),
    )
    .orderBy(sql`similarity(coso_fold(name), (select coso_fold(${text})))`, "desc")
    .orderBy("name")
    .limit(limit)
    .execute();
}

export interface NewUnit {
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  kind: UnitKind;
  local_kind_name: string | null;
  parent_id: number | null;
  address: string | null;
  kind_since?: string;
}

export function insertUnit(db: Executor, u: NewUnit) {
  return db.insertInto("org_unit").values(u).returning(unitColumns).executeTakeFirstOrThrow();
}

export function bodiesOf(db: Executor, unitId: number) {
  return db
    .selectFrom("org_body")
    .select(["id", "unit_id", "kind", "name"])
    .where("unit_id", "=", unitId)
    .where("dissolved_on", "is", null)
    .orderBy("id")
    .execute();
}

export function findBody(db: Executor, id: number) {
  return db
    .selectFrom("org_body")
    .select(["id", "unit_id", "kind", "name"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Positions held on `onDate` in the unit's bodies, with the holder's name. */
export function currentPositions(db: Executor, unitId: number, onDate: string) {
  return db
    .selectFrom("org_position as p")
    .innerJoin("people_person as pe", "pe.id", "p.person_id")
    .select([
      "p.id",
      "p.body_id",
      "p.person_id",
      "p.title",
      "p.role",
      "p.term_start",
      "p.term_end",
      "pe.full_name",
    ])
    .where("p.unit_id", "=", unitId)
    .where("p.term_start", "<=", onDate)
    .where((eb) => eb.or([eb("p.term_end", "is", null), eb("p.term_end", ">", onDate)]))
    .orderBy("p.body_id")
    .orderBy("p.id")
    .execute();
}

/**
 * The person holding `title` on `onDate` in the unit's body of `bodyKind` (the chair of the
 * People's Committee signs a commune's documents), or null.
 */
export async function holderOf(
  db: Executor,
  unitId: number,
  bodyKind: "peoples_committee" | "leadership",
  titles: readonly ("chair" | "director" | "head")[],
  onDate: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("org_position as p")
    .innerJoin("org_body as b", "b.id", "p.body_id")
    .innerJoin("people_person as pe", "pe.id", "p.person_id")
    .select("pe.full_name")
    .where("p.unit_id", "=", unitId)
    .where("b.kind", "=", bodyKind)
    .where("b.dissolved_on", "is", null)
    .where("p.title", "in", [...titles])
    .where("p.term_start", "<=", onDate)
    .where((eb) => eb.or([eb("p.term_end", "is", null), eb("p.term_end", ">", onDate)]))
    .orderBy("p.term_start", "desc")
    .orderBy("p.id", "desc")
    .executeTakeFirst();
  return row?.full_name ?? null;
}
