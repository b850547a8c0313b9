import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";

export interface ReviewInput {
  heldOn: string;
  /** A meeting for it, or the periodic community meeting it was combined with. */
  form: "meeting" | "periodic_meeting";
  summary: string;
  proposals: string | null;
}

/**
 * The community's yearly review of its convention (R73, NĐ 61/2023 Art 15.4), chaired by the
 * head with the Ban công tác Mặt trận: the text, how it was carried out, households commended or
 * reminded, amendments proposed. One a year.
 */
export async function recordConventionReview(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: ReviewInput,
  today: string,
): Promise<void> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", [
    "recognised",
    "suspended",
  ]);
  dayBetween(input.heldOn, c.recognised_on, today, "heldOn", "Ngày đánh giá", "ngày công nhận");
  const year = Number(input.heldOn.slice(0, 4));
  const row = await tx
    .insertInto("decision_convention_review")
    .values({
      convention_id: id,
      unit_id: c.unit_id,
      year,
      held_on: input.heldOn,
      form: input.form,
      summary: input.summary,
      proposals: input.proposals,
      recorded_by: ctx.actor.accountId,
    })
    .onConflict((oc) => oc.columns(["convention_id", "year"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) throw conflict(`Đã ghi nhận việc đánh giá năm ${year}.`, "heldOn");
  await auditConvention(tx, ctx, c, "reviewed", { year, heldOn: input.heldOn, form: input.form });
}
