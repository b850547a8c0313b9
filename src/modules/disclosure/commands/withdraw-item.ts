import { sql } from "kysely";
import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import type { ItemRow } from "../db/disclosure.repo.ts";

/** Withdraws a published item, with the reason shown on its page; nothing is deleted. */
export async function withdrawItem(tx: Tx, ctx: RequestContext, item: ItemRow, reason: string) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (item.status !== "published") throw conflict("Chỉ thu hồi được nội dung đang công khai.");
  await tx
    .updateTable("disclosure_item")
    .set({ status: "withdrawn", withdrawn_reason: reason, withdrawn_at: sql`now()` })
    .where("id", "=", item.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.item.withdrawn",
    unitId: item.unit_id,
    subjectType: "disclosure_item",
    subjectId: item.id,
    summary: { reason },
  });
}
