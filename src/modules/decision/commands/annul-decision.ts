import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { findMatter, findRecord } from "../db/decision.repo.ts";
import { annulmentProblem } from "../domain/timeline.ts";
import { refuseUnless } from "./findings.ts";

/**
 * UBND xã annuls a community decision, or asks for it to be amended, only on a recorded ground:
 * (a) unlawful or against good customs — annul; (b) procedure breached — annul or request
 * amendment (Art 22.2, R38). The act goes to the village head and UBMTTQ xã.
 */
export async function annulDecision(
  tx: Tx,
  ctx: RequestContext,
  matterId: number,
  input: {
    ground: "a" | "b" | "c" | null;
    action: "annul" | "request_amendment";
    reason: string;
    on: string;
  },
  today: string,
): Promise<void> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.recognise", { unitPath: matter.unit_path });
  const record = await findRecord(tx, matterId);
  if (!record?.finalised_at) throw conflict("Chỉ hủy bỏ được quyết định đã hoàn tất.");
  if (record.annulled_on) throw conflict("Quyết định đã bị hủy bỏ hoặc yêu cầu sửa đổi.");
  refuseUnless([annulmentProblem({ ground: input.ground, action: input.action })], "ground");
  if (input.reason.trim().length < 10) throw validation("Hãy ghi rõ căn cứ và lý do.", "reason");
  if (input.on > today) throw validation("Ngày quyết định không được ở tương lai.", "on");
  await tx
    .updateTable("decision_record")
    .set({
      annulled_on: input.on,
      annul_ground: input.ground as "a" | "b",
      annul_action: input.action,
      annul_reason: input.reason.trim(),
      updated_at: new Date(),
    })
    .where("matter_id", "=", matterId)
    .execute();
  await recordEvent(tx, ctx, {
    action:
      input.action === "annul" ? "decision.record.annulled" : "decision.record.amendment-requested",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: { ground: input.ground, on: input.on },
  });
}
