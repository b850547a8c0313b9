import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conventionSignatureProblems } from "../domain/decision-record.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";
import { refuseUnless } from "./findings.ts";

export interface SignaturesInput {
  head: string | null;
  frontHead: string | null;
  rep1: string | null;
  rep2: string | null;
}

/**
 * Records who signed the adopted text (R67, NĐ 61/2023 Art 6.1): the Trưởng thôn or Tổ trưởng,
 * the Trưởng ban công tác Mặt trận and two different household representatives. UBND xã's seal
 * across the pages comes with recognition.
 */
export async function signConvention(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: SignaturesInput,
): Promise<void> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["adopted"]);
  refuseUnless(
    conventionSignatureProblems({
      head: input.head,
      frontHead: input.frontHead,
      householdReps: [input.rep1 ?? "", input.rep2 ?? ""],
      recognised: false,
      sealAcrossPages: false,
    }),
    "head",
  );
  await tx
    .updateTable("decision_convention")
    .set({
      sign_head: input.head,
      sign_front_head: input.frontHead,
      sign_rep1: input.rep1,
      sign_rep2: input.rep2,
      signed_at: new Date(),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "signed", { signatures: 4 });
}
