import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { attachmentMime, attachmentProblem } from "../../../core/storage/attachment-type.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";

/**
 * Attaches a file to a draft (a published item's files are part of its text), or stores an
 * evidence photo or scan for a published item when `forEvidence` is set.
 */
export async function addAttachment(
  tx: Tx,
  ctx: RequestContext,
  storage: FileStorage,
  item: ItemRow,
  file: { name: string; bytes: Uint8Array },
  opts: { forEvidence?: boolean } = {},
): Promise<number> {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (!opts.forEvidence && item.status !== "draft") {
    throw conflict(
      "Tệp đính kèm của nội dung đã công khai không được thay đổi; hãy tạo phiên bản mới.",
    );
  }
  const name = file.name.replace(/[/\\]/g, "_").trim() || "tep";
  const problem = attachmentProblem(file.bytes, name);
  if (problem) throw validation(problem, "file");
  const stored = await storage.put(file.bytes);
  const row = await tx
    .insertInto("disclosure_attachment")
    .values({
      unit_id: item.unit_id,
      item_id: opts.forEvidence ? null : item.id,
      file_name: name,
      mime: attachmentMime(file.bytes, name)!,
      byte_size: file.bytes.length,
      sha256: stored.sha256,
      storage_key: stored.key,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "disclosure.attachment.added",
    unitId: item.unit_id,
    subjectType: "disclosure_attachment",
    subjectId: row.id,
    summary: {
      itemId: item.id,
      fileName: name,
      bytes: file.bytes.length,
      sha256: stored.sha256,
      evidence: !!opts.forEvidence,
    },
  });
  return row.id;
}
