import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { findMatter, findRecord, roundsOf } from "../db/decision.repo.ts";
import { entryIntoForce } from "../domain/timeline.ts";
import { voteEndedOn } from "./finalise-record.ts";

/**
 * The commune recognises a decision (items 3–4 by UBND xã, item 5 by UBMTTQ xã; commune-wide
 * items 1–2: UBND xã sets the day in force) or refuses it in writing with reasons (Art 21.2;
 * R36, R37). A refusal without a reason is not a refusal.
 */
export async function recogniseDecision(
  tx: Tx,
  ctx: RequestContext,
  matterId: number,
  input: {
    decision: "recognise" | "refuse";
    on: string;
    reason: string | null;
    inForceOn: string | null;
  },
  today: string,
): Promise<void> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.recognise", { unitPath: matter.unit_path });
  const record = await findRecord(tx, matterId);
  if (!record?.recognition_due)
    throw conflict("Quyết định này không cần công nhận hoặc chưa được gửi.");
  if (record.recognised_on || record.refused_on)
    throw conflict("Đã có quyết định công nhận hoặc từ chối.");
  if (input.on > today) throw validation("Ngày quyết định không được ở tương lai.", "on");
  if (input.on < record.dispatched_on!)
    throw validation("Ngày quyết định không được trước ngày nhận.", "on");
  if (input.decision === "refuse") {
    if (!input.reason || input.reason.trim().length < 10) {
      throw validation(
        "Từ chối công nhận phải bằng văn bản, nêu rõ lý do (Luật 10/2022 Điều 21.2).",
        "reason",
      );
    }
    await tx
      .updateTable("decision_record")
      .set({ refused_on: input.on, refusal_reason: input.reason.trim(), updated_at: new Date() })
      .where("matter_id", "=", matterId)
      .execute();
  } else {
    const voteOn = voteEndedOn(await roundsOf(tx, matterId)) ?? record.held_on!;
    if (matter.scope === "commune" && !input.inForceOn) {
      throw validation(
        "UBND xã quyết định ngày có hiệu lực của nội dung toàn xã (Điều 21.2).",
        "inForceOn",
      );
    }
    const force = entryIntoForce({
      item: matter.item,
      scope: matter.scope,
      voteOn,
      recognisedOn: input.on,
      communeSetOn: input.inForceOn,
    });
    await tx
      .updateTable("decision_record")
      .set({ recognised_on: input.on, in_force_on: force.on, updated_at: new Date() })
      .where("matter_id", "=", matterId)
      .execute();
  }
  await recordEvent(tx, ctx, {
    action: input.decision === "refuse" ? "decision.record.refused" : "decision.record.recognised",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: { on: input.on, late: input.on > record.recognition_due },
  });
}
