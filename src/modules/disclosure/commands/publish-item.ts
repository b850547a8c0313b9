import { sql } from "kysely";
import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findItem, type ItemRow } from "../db/disclosure.repo.ts";
import { categoryOf } from "../domain/catalogues.ts";
import { publishDue } from "./publish-due.ts";
import { refreshCompliance } from "./refresh-compliance.ts";

/**
 * Publishes a draft on the platform (the unit's portal, R6), with its deadline from the basis
 * date (R5, R75, R83). `publishedOn` defaults to today; an earlier date records a publication
 * that already happened (e.g. on the commune's own website) and is checked against the deadline
 * like any other. A new version supersedes the one it replaces (R11).
 */
export async function publishItem(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  item: ItemRow,
  today: string,
  publishedOn: string = today,
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: item.unit_path });
  if (item.status !== "draft") throw conflict("Chỉ công bố được bản nháp.");
  const category = categoryOf(item.regime, item.category);
  if (!category) throw validation("Thiếu lĩnh vực công khai.", "category");
  if (!item.basis_date) throw validation("Thiếu ngày của văn bản căn cứ.", "basisDate");
  if (item.basis_date > today)
    throw validation("Ngày của văn bản căn cứ không được ở tương lai.", "basisDate");
  if (publishedOn > today)
    throw validation("Ngày công khai không được ở tương lai.", "publishedOn");
  if (publishedOn < item.basis_date) {
    throw validation("Ngày công khai không được trước ngày của văn bản căn cứ.", "publishedOn");
  }
  const due = publishDue(calendar, category, item.basis_date);
  await tx
    .updateTable("disclosure_item")
    .set({
      status: "published",
      published_on: publishedOn,
      published_at: sql`now()`,
      publish_due: due,
    })
    .where("id", "=", item.id)
    .execute();
  if (item.supersedes_id) {
    await tx
      .updateTable("disclosure_item")
      .set({ status: "superseded" })
      .where("id", "=", item.supersedes_id)
      .where("status", "=", "published")
      .execute();
  }
  await recordEvent(tx, ctx, {
    action: "disclosure.item.published",
    unitId: item.unit_id,
    subjectType: "disclosure_item",
    subjectId: item.id,
    summary: { version: item.version, publishedOn, due, supersedes: item.supersedes_id },
  });
  const published = await findItem(tx, item.id);
  return refreshCompliance(tx, calendar, published!, today);
}
