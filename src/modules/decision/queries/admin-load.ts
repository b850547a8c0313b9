import { isWithin } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { type LoadedUnit, loadUnitForAdmin } from "../../org/index.ts";
import {
  findInitiative,
  findMatter,
  findRound,
  type InitiativeRow,
  type MatterRow,
  type RoundRow,
} from "../db/decision.repo.ts";

// The officials' pages reach a matter, a round or an initiative through a unit's admin area: the
// actor must be let into that unit (`org.admin.view`, or the action given), and the thing must
// sit in the unit or under it — a commune official reaches a village's round, the head of
// another village does not.

export async function loadMatterForAdmin(
  db: Executor,
  ctx: RequestContext,
  code: string,
  id: number,
  action = "org.admin.view",
): Promise<{ loaded: LoadedUnit; matter: MatterRow }> {
  const loaded = await loadUnitForAdmin(db, ctx, code, action);
  const matter = await findMatter(db, id);
  if (!matter || !isWithin(matter.unit_path, loaded.unit.path)) {
    throw notFound("Không có nội dung biểu quyết này trong đơn vị.");
  }
  return { loaded, matter };
}

export async function loadRoundForAdmin(
  db: Executor,
  ctx: RequestContext,
  code: string,
  roundId: number,
  action = "org.admin.view",
): Promise<{ loaded: LoadedUnit; round: RoundRow; matter: MatterRow }> {
  const loaded = await loadUnitForAdmin(db, ctx, code, action);
  const round = await findRound(db, roundId);
  if (!round || !isWithin(round.unit_path, loaded.unit.path)) {
    throw notFound("Không có đợt biểu quyết này trong đơn vị.");
  }
  const matter = await findMatter(db, round.matter_id);
  if (!matter) throw notFound("Không có nội dung biểu quyết này.");
  return { loaded, round, matter };
}

export async function loadInitiativeForAdmin(
  db: Executor,
  ctx: RequestContext,
  code: string,
  id: number,
  action = "org.admin.view",
): Promise<{ loaded: LoadedUnit; initiative: InitiativeRow }> {
  const loaded = await loadUnitForAdmin(db, ctx, code, action);
  const initiative = await findInitiative(db, id);
  if (!initiative || !isWithin(initiative.unit_path, loaded.unit.path)) {
    throw notFound("Không có kiến nghị này trong đơn vị.");
  }
  return { loaded, initiative };
}
