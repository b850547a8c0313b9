import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";

/**
 * R11 (Law 10/2022 Art 14.1): a change to disclosed information is disclosed again. The new
 * version starts as a draft copy; it must meet the deadlines and postings afresh, from its own
 * basis date, and replaces the old one only when published.
 */
export async function newVersion(tx: Tx, ctx: RequestContext, item: ItemRow): Promise<number> {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (item.status !== "published")
    throw conflict("Chỉ tạo phiên bản mới từ nội dung đang công khai.");
  const pending = await tx
    .selectFrom("disclosure_item")
    .select("id")
    .where("series_id", "=", item.series_id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (pending) throw conflict(`Đã có bản nháp phiên bản mới (#${pending.id}).`);
  const latest = await tx
    .selectFrom("disclosure_item")
    .select((eb) => eb.fn.max("version").as("v"))
    .where("series_id", "=", item.series_id)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto("disclosure_item")
    .values({
      unit_id: item.unit_id,
      series_id: item.series_id,
      version: Number(latest.v) + 1,
      supersedes_id: item.id,
      regime: item.regime,
      category: item.category,
      title: item.title,
      summary: item.summary,
      body: item.body,
      basis_number: item.basis_number,
      basis_date: item.basis_date,
      basis_issuer: item.basis_issuer,
      scope_unit_id: item.scope_unit_id,
      responsible: item.responsible,
      visibility: item.visibility,
      publish_due: null,
      published_on: null,
      published_at: null,
      withdrawn_reason: null,
      withdrawn_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "disclosure.item.versioned",
    unitId: item.unit_id,
    subjectType: "disclosure_item",
    subjectId: row.id,
    summary: { from: item.id, version: Number(latest.v) + 1 },
  });
  return row.id;
}
