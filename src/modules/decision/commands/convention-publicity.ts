import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import type { PublicityForm } from "../db/convention-tables.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";
import { CONVENTION_ART } from "./convention-rules.ts";

/**
 * After recognition the head posts the convention at the cultural house or community point and
 * makes it known in at least one other way (NĐ 61/2023 Art 15.1–15.2).
 */
export async function recordConventionPublicity(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: { postedOn: string; forms: PublicityForm[] },
  today: string,
): Promise<void> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["recognised"]);
  dayBetween(input.postedOn, c.recognised_on, today, "postedOn", "Ngày niêm yết", "ngày công nhận");
  if (input.forms.length === 0) {
    throw validation(
      `Ngoài niêm yết, hãy chọn ít nhất một hình thức phổ biến khác (${CONVENTION_ART.publicise}).`,
      "forms",
    );
  }
  await tx
    .updateTable("decision_convention")
    .set({
      publicised_on: input.postedOn,
      publicity_forms: JSON.stringify([...new Set(input.forms)]),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "publicised", { postedOn: input.postedOn, forms: input.forms });
}
