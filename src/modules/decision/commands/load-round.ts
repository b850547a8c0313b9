import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import { findMatter, lockRound, type MatterRow, type RoundRow } from "../db/decision.repo.ts";
import type { RoundStatus } from "../db/tables.ts";

/**
 * Locks a round (its state changes queue), loads its matter and checks that the actor runs it.
 * The round's own village is the scope: a commune official reaches it from above.
 */
export async function loadRoundForChange(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  expected: RoundStatus | readonly RoundStatus[],
): Promise<{ round: RoundRow; matter: MatterRow }> {
  const round = await lockRound(tx, roundId);
  if (!round) throw notFound("Không tìm thấy đợt biểu quyết.");
  const matter = await findMatter(tx, round.matter_id);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: round.unit_path });
  const allowed = typeof expected === "string" ? [expected] : expected;
  if (!allowed.includes(round.status)) {
    throw conflict(STATUS_REFUSAL[round.status]);
  }
  if (matter.status === "withdrawn") throw conflict("Nội dung đã được rút.");
  return { round, matter };
}

const STATUS_REFUSAL: Record<RoundStatus, string> = {
  planned: "Đợt biểu quyết chưa bắt đầu.",
  open: "Đợt biểu quyết đang diễn ra; không thay đổi được bước chuẩn bị.",
  counted: "Đợt biểu quyết đã kiểm phiếu xong; kết quả không sửa được.",
};
