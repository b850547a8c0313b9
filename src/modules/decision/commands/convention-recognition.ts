import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { conventionSignatureProblems } from "../domain/decision-record.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";
import { refuseUnless } from "./findings.ts";

export interface RecognitionInput {
  decision: "recognise" | "refuse";
  on: string;
  /** The number of UBND xã's decision (Mẫu 03), e.g. "15/QĐ-UBND". */
  number: string | null;
  reason: string | null;
  /** UBND xã's seal across the pages of the recognised text (R67). */
  sealAcrossPages: boolean;
}

/**
 * UBND xã recognises the convention (Mẫu 03), or refuses in writing with its reasons, within
 * 05 working days of the complete dossier (R71, NĐ 61/2023 Art 11). A late decision is still a
 * decision, flagged late. The convention takes effect on the day of recognition and not before
 * (Art 11.5); the recognised text bears UBND xã's seal across its pages (R67). An amendment,
 * once recognised, replaces the convention it amends, and ends its suspensions (Art 12.3).
 */
export async function decideConventionRecognition(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: RecognitionInput,
  today: string,
): Promise<{ late: boolean; inForceOn: string | null }> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.recognise", ["submitted"]);
  dayBetween(input.on, c.dossier_submitted_on, today, "on", "Ngày quyết định", "ngày nhận hồ sơ");
  const late = c.decision_due !== null && input.on > c.decision_due;
  if (input.decision === "refuse") {
    const reason = (input.reason ?? "").trim();
    if (reason.length < 10) {
      throw validation(
        "Không công nhận thì phải trả lời bằng văn bản, nêu rõ lý do (R71, NĐ 61/2023 Điều 11).",
        "reason",
      );
    }
    await tx
      .updateTable("decision_convention")
      .set({
        status: "refused",
        refused_on: input.on,
        refusal_reason: reason,
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await auditConvention(tx, ctx, c, "refused", { on: input.on, due: c.decision_due, late });
    return { late, inForceOn: null };
  }
  refuseUnless(
    conventionSignatureProblems({
      head: c.sign_head,
      frontHead: c.sign_front_head,
      householdReps: [c.sign_rep1 ?? "", c.sign_rep2 ?? ""],
      recognised: true,
      sealAcrossPages: input.sealAcrossPages,
    }),
    "sealAcrossPages",
  );
  await tx
    .updateTable("decision_convention")
    .set({
      status: "recognised",
      recognised_on: input.on,
      in_force_on: input.on,
      decision_number: input.number,
      seal_across_pages: true,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "recognised", {
    on: input.on,
    number: input.number,
    due: c.decision_due,
    late,
  });
  if (c.amends_id !== null) {
    const lifted = await tx
      .updateTable("decision_convention_complaint")
      .set({ lifted_on: input.on })
      .where("convention_id", "=", c.amends_id)
      .where("resolution", "=", "suspended")
      .where("lifted_on", "is", null)
      .returning("id")
      .execute();
    const old = await tx
      .updateTable("decision_convention")
      .set({ status: "replaced", ended_on: input.on, updated_at: new Date() })
      .where("id", "=", c.amends_id)
      .where("status", "in", ["recognised", "suspended"])
      .returning(["id", "unit_id"])
      .executeTakeFirst();
    if (old) {
      await auditConvention(tx, ctx, old, "replaced", {
        by: c.id,
        on: input.on,
        suspensionsLifted: lifted.length,
      });
    }
  }
  return { late, inForceOn: input.on };
}
