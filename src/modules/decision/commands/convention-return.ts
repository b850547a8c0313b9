import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";

/**
 * UBND xã returns a dossier it finds incomplete, in writing with what is missing (NĐ 61/2023
 * Art 11): its 05 working days run only from a complete dossier, so the decision's due day is
 * cleared until the head sends it again. The head's own deadline is not reset.
 */
export async function returnConventionDossier(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: { on: string; reason: string },
  today: string,
): Promise<void> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.recognise", ["submitted"]);
  dayBetween(input.on, c.dossier_submitted_on, today, "on", "Ngày trả hồ sơ", "ngày nhận hồ sơ");
  if (input.reason.trim().length < 10) {
    throw validation("Hãy ghi rõ hồ sơ còn thiếu gì.", "reason");
  }
  await tx
    .updateTable("decision_convention")
    .set({
      status: "adopted",
      dossier_returned_on: input.on,
      dossier_return_reason: input.reason.trim(),
      decision_due: null,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "dossier-returned", { on: input.on });
}
