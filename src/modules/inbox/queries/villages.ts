import type { Executor } from "../../../core/db/database.ts";

/** The villages and residential groups of a commune, by code: the places an item may be sent to
 *  (items of a village are handled by its commune, with the village kept). */
export function villagesOf(db: Executor, communeId: number) {
  return db
    .selectFrom("org_unit")
    .select(["id", "code", "name"])
    .where("parent_id", "=", communeId)
    .where("kind", "in", ["village", "residential_group"])
    .orderBy("code")
    .execute();
}
