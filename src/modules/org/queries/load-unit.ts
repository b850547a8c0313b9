import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { type UnitRow, unitChainQuery } from "../db/org.repo.ts";

export interface LoadedUnit {
  unit: UnitRow;
  /** From the root down to the unit itself. */
  chain: { id: number; code: string; name: string; kind: string; path: string }[];
}

/** Finds a unit by its code (404 when absent) with its ancestors, for pages and the API. */
export async function loadUnit(db: Executor, code: string): Promise<LoadedUnit> {
  if (code.length > 40) throw noUnit(code);
  return chainToUnit(code, await unitChainQuery(db, code).execute());
}

const noUnit = (code: string) =>
  notFound(code.length > 40 ? "Không có đơn vị mang mã này." : `Không có đơn vị mang mã ${code}.`);

/**
 * The unit at the end of a chain that `unitChainQuery` fetched (404 when it is empty): for a
 * page that fetches the chain within its own statement.
 */
export function chainToUnit(code: string, chain: UnitRow[]): LoadedUnit {
  const unit = chain.at(-1);
  if (!unit) throw noUnit(code);
  return { unit, chain };
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
