import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { insertEvidence, insertProgress, updateAssignment } from "../db/assignment.repo.ts";
import { audit, storeFiles, type UploadedFile, type Working } from "./support.ts";
import { assignmentFor } from "./task-access.ts";

export interface CompleteInput {
  /** The final report, if any: kept as the last progress report. */
  note: string | null;
  files: readonly UploadedFile[];
}

/**
 * The assigned unit marks its task done, today, with an optional final report and evidence. Done
 * after the due date is recorded as late (the page and the figures show it); nothing changes after.
 */
export async function completeTask(
  w: Working,
  storage: FileStorage,
  assignmentId: number,
  input: CompleteInput,
): Promise<{ late: boolean }> {
  const a = await assignmentFor(w, assignmentId, "done");
  const note = input.note?.trim() || null;
  const files = await storeFiles(storage, input.files, {
    unitId: a.unit_id,
    uploadedBy: w.ctx.actor.accountId,
  });
  if (note !== null || files.length > 0) {
    const { id: progressId } = await insertProgress(w.tx, {
      assignment_id: a.id,
      unit_id: a.unit_id,
      reported_on: w.today,
      text: note ?? "Báo cáo hoàn thành nhiệm vụ.",
      percent: 100,
      final: true,
      reported_by: w.ctx.actor.accountId,
    });
    for (const f of files) await insertEvidence(w.tx, { progressId, assignmentId: a.id }, f);
  }
  const late = w.today > a.due_on;
  await updateAssignment(w.tx, a.id, {
    status: "done",
    done_on: w.today,
    done_by: w.ctx.actor.accountId,
    done_note: note,
    ...(a.acknowledged_on === null
      ? { acknowledged_on: w.today, acknowledged_by: w.ctx.actor.accountId }
      : {}),
  });
  await audit(w, {
    action: "reporting.task.completed",
    unitId: a.unit_id,
    subjectType: "reporting_task_assignment",
    subjectId: a.id,
    summary: { directiveId: a.directive_id, doneOn: w.today, dueOn: a.due_on, late },
  });
  return { late };
}
