import { authorize } from "../../../core/authz/index.ts";
import { notFound, validation } from "../../../core/errors.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { insertDirectiveAttachment, lockDirective } from "../db/directive.repo.ts";
import { refuseState } from "../rules/directive-refusal.ts";
import { audit, storeFiles, type UploadedFile, type Working } from "./support.ts";

/**
 * Attaches files (the signed scan, annexes, forms) to a draft directive: PDF, JPEG, PNG or DOCX
 * up to 20 MB each, checked by their bytes before anything is stored. An issued directive's files
 * are part of its text and do not change.
 */
export async function addDirectiveAttachments(
  w: Working,
  storage: FileStorage,
  directiveId: number,
  files: readonly UploadedFile[],
): Promise<number[]> {
  const d = await lockDirective(w.tx, directiveId);
  if (!d) throw notFound("Không tìm thấy văn bản chỉ đạo.");
  authorize(w.ctx.actor, "reporting.directive.issue", { unitPath: d.issuer_path });
  if (d.status !== "draft") {
    throw refuseState(
      "not_draft",
      "Văn bản đã ban hành; tài liệu kèm theo là một phần của văn bản, không thêm được.",
      "files",
    );
  }
  if (files.length === 0) throw validation("Chưa chọn tệp đính kèm.", "files");
  const rows = await storeFiles(storage, files, {
    unitId: d.issuer_unit_id,
    uploadedBy: w.ctx.actor.accountId,
  });
  const ids: number[] = [];
  for (const row of rows) {
    const { id } = await insertDirectiveAttachment(w.tx, d.id, row);
    ids.push(id);
    await audit(w, {
      action: "reporting.attachment.added",
      unitId: d.issuer_unit_id,
      subjectType: "reporting_directive",
      subjectId: d.id,
      summary: {
        attachmentId: id,
        fileName: row.fileName,
        bytes: row.byteSize,
        sha256: row.sha256,
      },
    });
  }
  return ids;
}
