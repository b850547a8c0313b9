import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";
import { categoryOf } from "../domain/catalogues.ts";
import type { DraftInput } from "../http/schemas.ts";
import { scopeUnitId } from "./create-draft.ts";
import { publishDue } from "./publish-due.ts";

/** Edits a draft. Published text is never edited in place (R11): make a new version instead. */
export async function updateDraft(tx: Tx, ctx: RequestContext, item: ItemRow, input: DraftInput) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (item.status !== "draft") {
    throw conflict(
      "Nội dung đã công khai không được sửa trực tiếp; hãy tạo phiên bản mới (Luật 10/2022 Điều 14.1).",
    );
  }
  const category = categoryOf(item.regime, input.category);
  if (!category)
    throw validation("Lĩnh vực công khai không có trong danh mục của loại đơn vị này.", "category");
  const unit = {
    id: item.unit_id,
    code: item.unit_code,
    kind: item.unit_kind,
    path: item.unit_path,
  };
  await tx
    .updateTable("disclosure_item")
    .set({
      category: category.code,
      title: input.title,
      summary: input.summary,
      body: input.body,
      basis_number: input.basisNumber ?? null,
      basis_date: input.basisDate,
      basis_issuer: input.basisIssuer ?? null,
      scope_unit_id: await scopeUnitId(tx, unit, input.scopeUnitCode),
      responsible: input.responsible ?? null,
      publish_due: publishDue(civilServiceCalendar(), category, input.basisDate),
    })
    .where("id", "=", item.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.item.edited",
    unitId: item.unit_id,
    subjectType: "disclosure_item",
    subjectId: item.id,
    summary: { title: input.title, basisDate: input.basisDate },
  });
}
