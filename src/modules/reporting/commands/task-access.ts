import { can } from "../../../core/authz/index.ts";
import { notFound, unauthenticated } from "../../../core/errors.ts";
import { type AssignmentRow, lockAssignment } from "../db/assignment.repo.ts";
import { DirectiveError } from "../rules/directive-refusal.ts";
import { checkStep, type TaskStep } from "../rules/task-state.ts";
import type { Working } from "./support.ts";

/**
 * The first step of every command on a unit's task: locks it (and its directive), checks the actor
 * acts for the assigned unit itself, and that the step is open in the task's state. Acting on
 * another unit's task is refused by name, not with a bare 403.
 */
export async function assignmentFor(
  w: Working,
  assignmentId: number,
  step: TaskStep,
): Promise<AssignmentRow> {
  const a = await lockAssignment(w.tx, assignmentId);
  if (!a) throw notFound("Không tìm thấy nhiệm vụ được giao.");
  if (!can(w.ctx.actor, "reporting.task.act", { unitPath: a.unit_path })) {
    if (w.ctx.actor.kind === "anonymous") throw unauthenticated();
    throw new DirectiveError(
      "not_assigned_unit",
      "forbidden",
      `Nhiệm vụ này giao cho ${a.unit_name}; chỉ cán bộ của chính đơn vị đó tiếp nhận, báo cáo tiến độ và báo cáo hoàn thành.`,
    );
  }
  checkStep(step, a.directive_status, {
    status: a.status,
    acknowledgedOn: a.acknowledged_on,
    doneOn: a.done_on,
  });
  return a;
}
