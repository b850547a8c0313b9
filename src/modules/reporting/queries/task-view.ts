import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { evidenceOf, findAssignment, progressOf, remindersOf } from "../db/assignment.repo.ts";

/**
 * One unit's task with its progress reports and evidence: for the unit itself and everyone above
 * it (the issuer, its oversight). Anyone else is refused (401 anonymous, 403 otherwise).
 * (A task unknown or, with `unitId`, of another unit: 404.)
 */
export async function readTask(
  db: Executor,
  ctx: RequestContext,
  assignmentId: number,
  /** The unit whose page asks: another unit's task is not found there. */
  unitId?: number,
) {
  const assignment = await findAssignment(db, assignmentId);
  if (!assignment || (unitId !== undefined && assignment.unit_id !== unitId))
    throw notFound("Không tìm thấy nhiệm vụ được giao cho đơn vị này.");
  authorize(ctx.actor, "reporting.directive.read", { unitPath: assignment.unit_path });
  const [progress, evidence, reminders] = await Promise.all([
    progressOf(db, assignment.id),
    evidenceOf(db, assignment.id),
    remindersOf(db, assignment.id),
  ]);
  return { assignment, progress, evidence, reminders };
}

export type TaskView = Awaited<ReturnType<typeof readTask>>;
