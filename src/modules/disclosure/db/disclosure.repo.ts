import { type Expression, sql } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { Executor } from "../../../core/db/database.ts";
import { unitChainQuery } from "../../org/index.ts";

// All of the disclosure module's SQL.

export const itemColumns = [
  "i.id",
  "i.unit_id",
  "i.series_id",
  "i.version",
  "i.supersedes_id",
  "i.regime",
  "i.category",
  "i.title",
  "i.summary",
  "i.body",
  "i.basis_number",
  "i.basis_date",
  "i.basis_issuer",
  "i.scope_unit_id",
  "i.responsible",
  "i.status",
  "i.visibility",
  "i.publish_due",
  "i.published_on",
  "i.withdrawn_reason",
  "i.compliance",
  "i.created_at",
] as const;

export function findItem(db: Executor, id: number) {
  return db
    .selectFrom("disclosure_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([...itemColumns, "u.path as unit_path", "u.code as unit_code", "u.kind as unit_kind"])
    .where("i.id", "=", id)
    .executeTakeFirst();
}

export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export function versionsOf(db: Executor, seriesId: number) {
  return db
    .selectFrom("disclosure_item")
    .select(["id", "version", "status", "published_on", "title", "withdrawn_reason"])
    .where("series_id", "=", seriesId)
    .orderBy("version", "desc")
    .execute();
}

export function attachmentsOf(db: Executor, itemId: number) {
  return db
    .selectFrom("disclosure_attachment")
    .select(["id", "file_name", "mime", "byte_size", "sha256", "storage_key"])
    .where("item_id", "=", itemId)
    .orderBy("id")
    .execute();
}

export function evidenceOf(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("disclosure_evidence as e")
    .leftJoin("org_unit as v", "v.id", "e.village_id")
    .select([
      "e.id",
      "e.item_id",
      "e.form",
      "e.village_id",
      "v.name as village_name",
      "e.location",
      "e.from_date",
      "e.to_date",
      "e.done_by",
      "e.note",
      "e.photo_id",
      "e.interrupted_reason",
    ])
    .where("e.item_id", "in", itemIds)
    .orderBy("e.item_id")
    .orderBy("e.from_date")
    .orderBy("e.id")
    .execute();
}

/** A unit's id, or (for a page's one statement) the subquery that finds it by its code. */
type UnitRef = number | { code: string };

const unitIdOf = (db: Executor, unit: UnitRef): Expression<number> =>
  typeof unit === "number"
    ? sql<number>`${unit}`
    : db.selectFrom("org_unit").select("id").where("code", "=", unit.code).$asScalar();

/** A commune's villages and residential groups in force, by name. */
function villagesQuery(db: Executor, unit: UnitRef) {
  return db
    .selectFrom("org_unit")
    .select(["id", "name", "full_name"])
    .where("parent_id", "=", unitIdOf(db, unit))
    .where("kind", "in", ["village", "residential_group"])
    .where("dissolved_on", "is", null)
    .orderBy(sql`coso_fold(name)`);
}

/** A unit's disclosure settings and its villages, in one statement. */
export async function unitFacts(db: Executor, unitId: number) {
  const row = await db
    .selectNoFrom((eb) => [
      jsonObjectFrom(
        eb
          .selectFrom("disclosure_unit_settings")
          .select(["has_loudspeaker", "has_intranet"])
          .where("unit_id", "=", unitId),
      ).as("settings"),
      jsonArrayFrom(villagesQuery(db, unitId)).as("villages"),
    ])
    .executeTakeFirstOrThrow();
  return {
    hasLoudspeaker: row.settings?.has_loudspeaker ?? false,
    hasIntranet: row.settings?.has_intranet ?? false,
    villages: row.villages,
  };
}

export interface PublicListFilter {
  unitId: number;
  /** Include items only members may see (staff, workers, oversight). */
  includeMembers: boolean;
  year?: number | null;
  category?: string | null;
  villageId?: number | null;
  search?: string | null;
  limit: number;
  offset: number;
}

function listPublishedQuery(db: Executor, unit: UnitRef, f: Omit<PublicListFilter, "unitId">) {
  let q = db
    .selectFrom("disclosure_item as i")
    .select([
      "i.id",
      "i.category",
      "i.title",
      "i.summary",
      "i.published_on",
      "i.version",
      "i.scope_unit_id",
      "i.visibility",
    ])
    .where("i.unit_id", "=", unitIdOf(db, unit))
    .where("i.status", "=", "published");
  if (!f.includeMembers) q = q.where("i.visibility", "=", "public");
  if (f.year)
    q = q
      .where("i.published_on", ">=", `${f.year}-01-01`)
      .where("i.published_on", "<=", `${f.year}-12-31`);
  if (f.category) q = q.where("i.category", "=", f.category);
  if (f.villageId)
    q = q.where((eb) =>
      eb.or([eb("i.scope_unit_id", "=", f.villageId!), eb("i.scope_unit_id", "is", null)]),
    );
  // One unit's items (tens, a few thousand after years) are read newest first through the unit
  // index and tested one by one, stopping at the page's end: 0.1–1 ms. Left bare, the predicate
  // lets the planner intersect the national full-text index, which after VACUUM it does, reading
  // every matching item of the country (~20,000 for "du toan") to keep a commune's 15: 5–20 ms.
  // `is true` keeps that index out of the plan whatever the statistics say; the subquery makes
  // the search term a tsquery once per statement, also under a prepared statement's generic plan.
  if (f.search)
    q = q.where(
      sql<boolean>`(i.search @@ (select plainto_tsquery('simple', coso_fold(${f.search})))) is true`,
    );
  return q
    .orderBy("i.published_on", "desc")
    .orderBy("i.id", "desc")
    .limit(f.limit)
    .offset(f.offset);
}

/** Published items of a unit, newest first; diacritic-insensitive full-text search. */
export function listPublished(db: Executor, f: PublicListFilter) {
  return listPublishedQuery(db, f.unitId, f).execute();
}

/** The public list page's data: a page of `listPublished` and the unit's villages, one statement. */
export function publicListing(db: Executor, f: PublicListFilter) {
  return db
    .selectNoFrom([
      jsonArrayFrom(listPublishedQuery(db, f.unitId, f)).as("rows"),
      jsonArrayFrom(villagesQuery(db, f.unitId)).as("villages"),
    ])
    .executeTakeFirstOrThrow();
}

/**
 * The same and the unit with its chain (`unitChainQuery`), found by its code, in one statement:
 * the whole page in one round trip, for a viewer whose filter does not depend on the unit.
 */
export function publicListingByCode(
  db: Executor,
  code: string,
  f: Omit<PublicListFilter, "unitId">,
) {
  return db
    .selectNoFrom([
      jsonArrayFrom(unitChainQuery(db, code)).as("chain"),
      jsonArrayFrom(listPublishedQuery(db, { code }, f)).as("rows"),
      jsonArrayFrom(villagesQuery(db, { code })).as("villages"),
    ])
    .executeTakeFirstOrThrow();
}

/** Every item of a unit for its officials, drafts included, with what the compliance cache says. */
export function listForOfficials(db: Executor, unitId: number, limit = 200) {
  return db
    .selectFrom("disclosure_item as i")
    .select([
      "i.id",
      "i.category",
      "i.title",
      "i.status",
      "i.version",
      "i.basis_date",
      "i.publish_due",
      "i.published_on",
      "i.compliance",
    ])
    .where("i.unit_id", "=", unitId)
    .where("i.status", "in", ["draft", "published"])
    .orderBy(sql`i.status = 'draft'`, "desc")
    .orderBy("i.published_on", "desc")
    .orderBy("i.id", "desc")
    .limit(limit)
    .execute();
}

/**
 * Compliance of every commune-level unit under `path` on `today`: published on time, late,
 * overdue drafts, and items whose postings have problems. One grouped query.
 */
export function complianceUnder(db: Executor, path: string, today: string, from: string) {
  return db
    .selectFrom("org_unit as u")
    .leftJoin("disclosure_item as i", (j) =>
      j
        .onRef("i.unit_id", "=", "u.id")
        .on("i.status", "in", ["draft", "published"])
        .on("i.basis_date", ">=", from),
    )
    .select([
      "u.id",
      "u.code",
      "u.name",
      "u.kind",
      sql<number>`count(i.id) filter (where i.status = 'published')::int`.as("published"),
      sql<number>`count(i.id) filter (where i.status = 'published' and i.published_on <= i.publish_due)::int`.as(
        "on_time",
      ),
      sql<number>`count(i.id) filter (where i.status = 'published' and i.published_on > i.publish_due)::int`.as(
        "late",
      ),
      sql<number>`count(i.id) filter (where i.status = 'draft' and i.publish_due < ${today}::date)::int`.as(
        "overdue",
      ),
      sql<number>`count(i.id) filter (where i.status = 'published' and i.compliance = 'problem')::int`.as(
        "posting_problems",
      ),
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where("u.kind", "in", [
      "commune",
      "ward",
      "special_zone",
      "state_agency",
      "public_service_unit",
      "state_enterprise",
      "enterprise",
    ])
    .groupBy(["u.id", "u.code", "u.name", "u.kind"])
    .orderBy(sql`coso_fold(u.name)`)
    .execute();
}

/** Overdue drafts and late items under a path, oldest due date first. */
export function overdueUnder(db: Executor, path: string, today: string, limit = 100) {
  return db
    .selectFrom("disclosure_item as i")
    .innerJoin("org_unit as u", "u.id", "i.unit_id")
    .select([
      "i.id",
      "i.title",
      "i.category",
      "i.status",
      "i.publish_due",
      "i.published_on",
      "u.code as unit_code",
      "u.name as unit_name",
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where((eb) =>
      eb.or([
        eb.and([eb("i.status", "=", "draft"), eb("i.publish_due", "<", today)]),
        eb.and([eb("i.status", "=", "published"), eb("i.compliance", "=", "problem")]),
      ]),
    )
    .orderBy("i.publish_due")
    .limit(limit)
    .execute();
}

/** R97: the forms the employer's democracy regulation sets for one item. */
export async function configuredForms(db: Executor, unitId: number, category: string) {
  const row = await db
    .selectFrom("disclosure_channel_config")
    .select("forms")
    .where("unit_id", "=", unitId)
    .where("category", "=", category)
    .executeTakeFirst();
  return row?.forms ?? [];
}
