import type { Executor } from "../../../core/db/database.ts";
import type { LoadedUnit } from "../../org/index.ts";
import { isVillageKind } from "../commands/findings.ts";
import { listMatters, type MatterRow } from "../db/decision.repo.ts";

/**
 * The matters a unit's pages list, newest first: its own and those of the units under it (a
 * commune's villages) and, for a village, the commune-wide ones in which it votes (each village
 * has its round of a commune-wide matter, R27).
 */
export async function mattersForUnit(db: Executor, loaded: LoadedUnit): Promise<MatterRow[]> {
  const { unit, chain } = loaded;
  const own = await listMatters(db, unit.path);
  const commune = chain.at(-2);
  if (!isVillageKind(unit.kind) || !commune) return own;
  const communeWide = (await listMatters(db, commune.path)).filter(
    (m) => m.unit_id === commune.id && m.scope === "commune",
  );
  return [...own, ...communeWide].sort((a, b) => b.id - a.id);
}
