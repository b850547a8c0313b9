import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { insertEvidence, insertProgress, updateAssignment } from "../db/assignment.repo.ts";
import { refuseInput } from "../rules/directive-refusal.ts";
import { audit, storeFiles, type UploadedFile, type Working } from "./support.ts";
import { assignmentFor } from "./task-access.ts";

export interface ProgressInput {
  text: string;
  /** How far along, if the unit says (0–100). */
  percent: number | null;
  /** Evidence: minutes, photos, the unit's own documents. */
  files: readonly UploadedFile[];
}

/**
 * The assigned unit reports progress with its evidence. A task not yet acknowledged is taken as
 * acknowledged (the unit plainly has it); the task is then in progress.
 */
export async function reportTaskProgress(
  w: Working,
  storage: FileStorage,
  assignmentId: number,
  input: ProgressInput,
): Promise<{ progressId: number }> {
  const a = await assignmentFor(w, assignmentId, "progress");
  const text = input.text.trim();
  if (text === "")
    throw refuseInput("text_required", "Nội dung báo cáo tiến độ là bắt buộc.", "text");
  const files = await storeFiles(storage, input.files, {
    unitId: a.unit_id,
    uploadedBy: w.ctx.actor.accountId,
  });
  const { id: progressId } = await insertProgress(w.tx, {
    assignment_id: a.id,
    unit_id: a.unit_id,
    reported_on: w.today,
    text,
    percent: input.percent,
    final: false,
    reported_by: w.ctx.actor.accountId,
  });
  for (const f of files) await insertEvidence(w.tx, { progressId, assignmentId: a.id }, f);
  await updateAssignment(w.tx, a.id, {
    status: "in_progress",
    last_progress_on: w.today,
    ...(a.acknowledged_on === null
      ? { acknowledged_on: w.today, acknowledged_by: w.ctx.actor.accountId }
      : {}),
  });
  await audit(w, {
    action: "reporting.task.progress-reported",
    unitId: a.unit_id,
    subjectType: "reporting_task_assignment",
    subjectId: a.id,
    summary: {
      directiveId: a.directive_id,
      progressId,
      percent: input.percent,
      files: files.map((f) => ({ fileName: f.fileName, sha256: f.sha256 })),
    },
  });
  return { progressId };
}
