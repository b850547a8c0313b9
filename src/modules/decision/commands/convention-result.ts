import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import { findMatter, roundsOf } from "../db/decision.repo.ts";
import { conventionDossierDeadline } from "../domain/timeline.ts";
import type { Outcome } from "../domain/types.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";
import { voteEndedOn } from "./finalise-record.ts";

export interface AdoptionResult {
  adopted: boolean;
  adoptedOn: string | null;
  dossierDue: string | null;
  rule: string;
  message: string;
}

/**
 * Takes the result of the adoption matter once it is concluded (R69–R70, NĐ 61/2023 Art 10):
 * adopted when the count was valid and 2*Y > N, on the meeting's day or the ballots' last day;
 * the head's dossier is then due within 05 working days (R71).
 */
export async function recordConventionResult(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  id: number,
): Promise<AdoptionResult> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["voting"]);
  const matter = c.matter_id ? await findMatter(tx, c.matter_id) : undefined;
  if (!matter || (matter.status !== "concluded" && matter.status !== "finalised")) {
    throw conflict("Cộng đồng chưa có kết quả biểu quyết về hương ước, quy ước này.");
  }
  const outcome = matter.outcome as Outcome;
  const adopted = matter.valid === true && matter.passed === true;
  const adoptedOn = adopted ? voteEndedOn(await roundsOf(tx, matter.id)) : null;
  const dossierDue = adoptedOn ? conventionDossierDeadline(calendar, adoptedOn).due : null;
  await tx
    .updateTable("decision_convention")
    .set({
      status: adopted ? "adopted" : "not_adopted",
      adopted_on: adoptedOn,
      dossier_due: dossierDue,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, adopted ? "adopted" : "not-adopted", {
    matter: matter.id,
    rule: outcome.rule,
    test: outcome.test,
    adoptedOn,
    dossierDue,
  });
  return { adopted, adoptedOn, dossierDue, rule: outcome.rule, message: outcome.message };
}
