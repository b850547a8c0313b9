import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { ancestorsOf, findUnitByCode, type UnitRow } from "../db/org.repo.ts";

export interface LoadedUnit {
  unit: UnitRow;
  /** From the root down to the unit itself. */
  chain: { id: number; code: string; name: string; kind: string; path: string }[];
}

/** Finds a unit by its code (404 when absent) with its ancestors, for pages and the API. */
export async function loadUnit(db: Executor, code: string): Promise<LoadedUnit> {
  if (code.length > 40) throw notFound("Không có đơn vị mang mã này.");
  const unit = await findUnitByCode(db, code);
  if (!unit) throw notFound(`Không có đơn vị mang mã ${code}.`);
  return { unit, chain: await ancestorsOf(db, unit.path) };
}

/** Same, and the actor must be allowed into the unit's admin area. */
export async function loadUnitForAdmin(
  db: Executor,
  ctx: RequestContext,
  code: string,
  action = "org.admin.view",
) {
  const loaded = await loadUnit(db, code);
  authorize(ctx.actor, action, { unitPath: loaded.unit.path });
  return loaded;
}
