import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { validation } from "../../../core/errors.ts";
import type { Handling } from "./support.ts";

/**
 * The unit's own answer target for feedback and petitions, in working days (the law sets none).
 * Applies to items received from now on; open items keep the clock they started with.
 */
export async function setFeedbackTarget(
  h: Handling,
  unit: { id: number; path: string },
  days: number,
) {
  authorize(h.ctx.actor, "inbox.settings.manage", { unitPath: unit.path });
  if (!Number.isInteger(days) || days < 1 || days > 60)
    throw validation("Chỉ tiêu là số ngày làm việc từ 1 đến 60.", "days");
  await h.tx
    .insertInto("inbox_setting")
    .values({ unit_id: unit.id, feedback_target_days: days })
    .onConflict((oc) =>
      oc.column("unit_id").doUpdateSet({ feedback_target_days: days, updated_at: new Date() }),
    )
    .execute();
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.setting.updated",
    unitId: unit.id,
    subjectType: "inbox_setting",
    subjectId: unit.id,
    summary: { feedbackTargetDays: days },
  });
}
