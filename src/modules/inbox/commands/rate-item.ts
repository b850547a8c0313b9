import { conflict, forbidden, notFound } from "../../../core/errors.ts";
import { lockItem } from "../db/inbox.repo.ts";
import { ratingProblems } from "../domain/satisfaction.ts";
import { actionProblem } from "../domain/workflow.ts";
import { addEvent, type Handling, refuseUnless } from "./support.ts";

/**
 * The submitter rates how the item was handled (R48, Luật 10/2022 Art 35.2a): once per item, 1–5,
 * with an optional comment. Only the submitter may: by their account, or by the tracking code
 * they were given (checked by the caller). The rating counts for the unit and the assigned official.
 */
export async function rateItem(
  h: Handling,
  itemId: number,
  input: { level: number; comment: string; code?: string | null },
) {
  const item = await lockItem(h.tx, itemId);
  if (!item) throw notFound("Không tìm thấy vụ việc.");
  const byAccount =
    h.ctx.actor.accountId !== null && item.submitter_account_id === h.ctx.actor.accountId;
  const byCode = (input.code ?? "").trim().toUpperCase() === item.code;
  if (!byAccount && !byCode) throw forbidden("Chỉ người gửi mới đánh giá được vụ việc này.");
  const problem = actionProblem("rate", item);
  if (problem) throw conflict(problem, "status");
  refuseUnless(ratingProblems({ level: input.level as 1 }), "level");
  if (item.rating !== null) throw conflict("Vụ việc này đã được đánh giá.", "level");
  const comment = input.comment.trim().slice(0, 2000);
  await h.tx
    .insertInto("inbox_rating")
    .values({
      unit_id: item.unit_id,
      subject: "item",
      item_id: item.id,
      official_account_id: item.assigned_account_id,
      level: input.level,
      comment,
      rater_account_id: h.ctx.actor.accountId,
      rated_on: h.today,
    })
    .execute();
  await h.tx
    .updateTable("inbox_item")
    .set({ rating: input.level })
    .where("id", "=", item.id)
    .execute();
  await addEvent(h, item, {
    type: "rated",
    public: true,
    text: `Người gửi đánh giá: ${input.level}/5.`,
    data: { level: input.level },
  });
}
