import { updateAssignment } from "../db/assignment.repo.ts";
import { audit, type Working } from "./support.ts";
import { assignmentFor } from "./task-access.ts";

/** The assigned unit acknowledges its task (tiếp nhận): once, while the directive stands. */
export async function acknowledgeTask(w: Working, assignmentId: number): Promise<void> {
  const a = await assignmentFor(w, assignmentId, "acknowledge");
  await updateAssignment(w.tx, a.id, {
    status: "acknowledged",
    acknowledged_on: w.today,
    acknowledged_by: w.ctx.actor.accountId,
  });
  await audit(w, {
    action: "reporting.task.acknowledged",
    unitId: a.unit_id,
    subjectType: "reporting_task_assignment",
    subjectId: a.id,
    summary: { directiveId: a.directive_id, taskId: a.task_id, acknowledgedOn: w.today },
  });
}
