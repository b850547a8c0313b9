import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";
import type { EvidenceInput } from "../http/schemas.ts";
import { refreshCompliance } from "./refresh-compliance.ts";

const PER_VILLAGE = new Set(["village_board", "village_heads"]);

/**
 * Records that a form was carried out (R3): where, from, to, by whom, with an optional photo or
 * scan. Postings at village points and dispatches to village heads name the village.
 */
export async function recordEvidence(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  item: ItemRow,
  input: EvidenceInput & { photoId?: number | null },
  today: string,
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (item.status !== "published")
    throw conflict("Chỉ ghi nhận việc công khai cho nội dung đã công bố.");
  if (input.to && input.to < input.from)
    throw validation("Ngày kết thúc không được trước ngày bắt đầu.", "to");
  if (input.from > today) throw validation("Ngày bắt đầu không được ở tương lai.", "from");
  if (input.to && input.to > today)
    throw validation("Ngày kết thúc không được ở tương lai; để trống nếu vẫn đang niêm yết.", "to");
  if (input.from < item.basis_date)
    throw validation("Không thể công khai trước ngày của văn bản căn cứ.", "from");
  let villageId: number | null = null;
  if (PER_VILLAGE.has(input.form)) {
    if (!input.villageId) throw validation("Chọn thôn, tổ dân phố.", "villageId");
    const village = await tx
      .selectFrom("org_unit")
      .select("id")
      .where("id", "=", input.villageId)
      .where("parent_id", "=", item.unit_id)
      .executeTakeFirst();
    if (!village) throw validation("Thôn, tổ dân phố không thuộc đơn vị này.", "villageId");
    villageId = village.id;
  }
  if (input.photoId) {
    const photo = await tx
      .selectFrom("disclosure_attachment")
      .select("unit_id")
      .where("id", "=", input.photoId)
      .executeTakeFirst();
    if (!photo || photo.unit_id !== item.unit_id) throw notFound("Không có ảnh minh chứng này.");
  }
  const row = await tx
    .insertInto("disclosure_evidence")
    .values({
      unit_id: item.unit_id,
      item_id: item.id,
      form: input.form,
      village_id: villageId,
      location: input.location ?? null,
      from_date: input.from,
      to_date: input.to ?? null,
      done_by: input.doneBy ?? null,
      note: input.note ?? null,
      photo_id: input.photoId ?? null,
      interrupted_reason: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "disclosure.evidence.recorded",
    unitId: item.unit_id,
    subjectType: "disclosure_evidence",
    subjectId: row.id,
    summary: {
      itemId: item.id,
      form: input.form,
      villageId,
      from: input.from,
      to: input.to ?? null,
    },
  });
  await refreshCompliance(tx, calendar, item, today);
  return row.id;
}

/**
 * Ends a posting on its last day. With a reason it is an interruption (R3): the consecutive count
 * starts again from the next posting recorded.
 */
export async function endPosting(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  item: ItemRow,
  evidenceId: number,
  input: { to: string; interruptedReason?: string | null },
  today: string,
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  const row = await tx
    .selectFrom("disclosure_evidence")
    .select(["id", "from_date", "to_date"])
    .where("id", "=", evidenceId)
    .where("item_id", "=", item.id)
    .executeTakeFirst();
  if (!row) throw notFound("Không có bản ghi niêm yết này.");
  if (row.to_date) throw conflict("Bản ghi này đã kết thúc.");
  if (input.to < row.from_date)
    throw validation("Ngày gỡ xuống không được trước ngày niêm yết.", "to");
  if (input.to > today) throw validation("Ngày gỡ xuống không được ở tương lai.", "to");
  await tx
    .updateTable("disclosure_evidence")
    .set({ to_date: input.to, interrupted_reason: input.interruptedReason ?? null })
    .where("id", "=", row.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: input.interruptedReason
      ? "disclosure.evidence.interrupted"
      : "disclosure.evidence.ended",
    unitId: item.unit_id,
    subjectType: "disclosure_evidence",
    subjectId: row.id,
    summary: { itemId: item.id, to: input.to, reason: input.interruptedReason ?? null },
  });
  await refreshCompliance(tx, calendar, item, today);
}
