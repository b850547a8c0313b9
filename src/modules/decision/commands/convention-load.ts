import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { type ConventionRow, lockConvention } from "../db/convention.repo.ts";
import type { ConventionStatus } from "../db/convention-tables.ts";
import { STATUS_VI } from "./convention-rules.ts";

/** The head and the commune's officials run a convention's steps; UBND xã decides on it. */
export type ConventionAction =
  | "decision.matter.manage"
  | "decision.matter.recognise"
  | "decision.vote.cast";

/**
 * Locks a convention (its steps queue), checks the actor may take this step for its village and
 * that the convention is at a stage where the step belongs.
 */
export async function loadConventionForChange(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  action: ConventionAction,
  expected: readonly ConventionStatus[],
): Promise<ConventionRow> {
  const c = await lockConvention(tx, id);
  if (!c) throw notFound("Không tìm thấy hương ước, quy ước.");
  authorize(ctx.actor, action, { unitPath: c.unit_path });
  if (!expected.includes(c.status)) {
    throw conflict(`Không thực hiện được bước này: hương ước, quy ước ${STATUS_VI[c.status]}.`);
  }
  return c;
}

/** A day the user gave that must lie between two known days (both inclusive). */
export function dayBetween(
  day: string,
  from: string | null,
  today: string,
  field: string,
  label: string,
  fromLabel: string,
): void {
  if (day > today) throw validation(`${label} không được ở tương lai.`, field);
  if (from !== null && day < from)
    throw validation(`${label} không được trước ${fromLabel}.`, field);
}

/** The audit event of a convention's step, on its village's chain. */
export function auditConvention(
  tx: Tx,
  ctx: RequestContext,
  c: { id: number; unit_id: number },
  action: string,
  summary: Record<string, unknown>,
) {
  return recordEvent(tx, ctx, {
    action: `decision.convention.${action}`,
    unitId: c.unit_id,
    subjectType: "decision_convention",
    subjectId: c.id,
    summary,
  });
}
