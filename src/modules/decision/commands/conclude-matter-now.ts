import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import { findMatter } from "../db/decision.repo.ts";
import type { Outcome } from "../domain/types.ts";
import { concludeIfComplete } from "./conclude-matter.ts";

/** An official closes a matter (commune-wide: villages without a result count as not approving). */
export async function concludeMatterNow(
  tx: Tx,
  ctx: RequestContext,
  matterId: number,
): Promise<Outcome> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: matter.unit_path });
  return (await concludeIfComplete(tx, ctx, matterId, true))!;
}
