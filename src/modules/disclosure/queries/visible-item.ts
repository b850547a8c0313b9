import { authorize, can } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { AppError, notFound } from "../../../core/errors.ts";
import { findItem } from "../db/disclosure.repo.ts";

/**
 * An item as a visitor may see it: published, superseded or withdrawn (never a draft), and — for
 * an agency's or enterprise's internal item — only to its staff or workers and those overseeing it.
 */
export async function loadVisibleItem(
  db: Executor,
  ctx: RequestContext,
  unitId: number,
  id: number,
) {
  const item = await findItem(db, id);
  if (!item || item.unit_id !== unitId || item.status === "draft")
    throw notFound("Không có nội dung công khai này.");
  if (item.visibility === "members" && ctx.actor.kind === "anonymous") {
    throw new AppError(
      "unauthenticated",
      "Thông tin này chỉ công khai nội bộ cho cán bộ, người lao động của đơn vị và cơ quan giám sát. Vui lòng đăng nhập.",
    );
  }
  authorize(ctx.actor, "disclosure.item.view", {
    unitPath: item.unit_path,
    visibility: item.visibility,
  });
  return item;
}

/** May this visitor see the unit's internal (members-only) items? */
export const seesMembersItems = (ctx: RequestContext, unitPath: string) =>
  can(ctx.actor, "disclosure.item.view", { unitPath, visibility: "members" });
