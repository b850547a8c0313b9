import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { attachmentMime, attachmentProblem } from "../../../core/storage/attachment-type.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { insertMatterAttachment, lockMatterStatus } from "../db/attachment.repo.ts";
import { findMatter } from "../db/decision.repo.ts";

/**
 * Attaches a document to a matter — the proposal, estimates, drafts that reach the households
 * before the meeting (NĐ 59/2023 Art 3.4). PDF, JPEG, PNG or DOCX up to 20 MB, checked before
 * anything is stored. Refused once the matter is finalised (its decision document is final) or
 * withdrawn.
 */
export async function addMatterAttachment(
  tx: Tx,
  ctx: RequestContext,
  storage: FileStorage,
  matterId: number,
  file: { name: string; bytes: Uint8Array },
): Promise<number> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không có nội dung biểu quyết này.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: matter.unit_path });
  const status = await lockMatterStatus(tx, matterId);
  if (status === "finalised" || status === "withdrawn") {
    throw conflict(
      status === "finalised"
        ? "Nội dung đã có văn bản quyết định hoàn tất; không đính kèm thêm tài liệu."
        : "Nội dung đã được rút; không đính kèm thêm tài liệu.",
    );
  }
  const name = file.name.replace(/[/\\]/g, "_").trim() || "tep";
  const problem = attachmentProblem(file.bytes, name);
  if (problem) throw validation(problem, "file");
  const stored = await storage.put(file.bytes);
  const row = await insertMatterAttachment(tx, {
    matterId,
    unitId: matter.unit_id,
    fileName: name,
    mime: attachmentMime(file.bytes, name)!,
    byteSize: file.bytes.length,
    sha256: stored.sha256,
    storageKey: stored.key,
    uploadedBy: ctx.actor.accountId,
  });
  await recordEvent(tx, ctx, {
    action: "decision.attachment.added",
    unitId: matter.unit_id,
    subjectType: "decision_attachment",
    subjectId: row.id,
    summary: { matterId, fileName: name, bytes: file.bytes.length, sha256: stored.sha256 },
  });
  return row.id;
}
