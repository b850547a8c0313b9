import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import { findRecord } from "../db/decision.repo.ts";
import { ART } from "../domain/cite.ts";
import { conventionSignatureProblems } from "../domain/decision-record.ts";
import { conventionDecisionDeadline } from "../domain/timeline.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";
import { refuseUnless } from "./findings.ts";

/**
 * The head sends UBND xã the recognition dossier (R71, NĐ 61/2023 Art 11): the request
 * (Mẫu 01), the minutes of the meeting or of the ballot count (Mẫu 02, the matter's finalised
 * record, R34) and the adopted text with its signatures (R67). Within 05 working days of the
 * adoption; a later dossier is still received, and flagged late. The platform checks the three
 * parts, so the dossier is complete on the day it arrives and UBND xã's 05 working days run from
 * then (unless it returns the dossier as incomplete).
 */
export async function submitConventionDossier(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  id: number,
  input: { submittedOn: string },
  today: string,
): Promise<{ late: boolean; dossierDue: string; decisionDue: string }> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["adopted"]);
  dayBetween(
    input.submittedOn,
    c.adopted_on,
    today,
    "submittedOn",
    "Ngày gửi hồ sơ",
    "ngày thông qua",
  );
  refuseUnless(
    conventionSignatureProblems({
      head: c.sign_head,
      frontHead: c.sign_front_head,
      householdReps: [c.sign_rep1 ?? "", c.sign_rep2 ?? ""],
      recognised: false,
      sealAcrossPages: false,
    }),
    "submittedOn",
  );
  const minutes = c.matter_id ? await findRecord(tx, c.matter_id) : undefined;
  if (!minutes?.finalised_at) {
    throw conflict(
      `Hồ sơ đề nghị công nhận thiếu biên bản cuộc họp hoặc biên bản kiểm phiếu đã hoàn tất (R71, ${ART.nd61_11}; R34).`,
      "submittedOn",
    );
  }
  const dossierDue = c.dossier_due!;
  const late = input.submittedOn > dossierDue;
  const decisionDue = conventionDecisionDeadline(calendar, input.submittedOn).due;
  await tx
    .updateTable("decision_convention")
    .set({
      status: "submitted",
      dossier_submitted_on: input.submittedOn,
      decision_due: decisionDue,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  await auditConvention(tx, ctx, c, "dossier-submitted", {
    submittedOn: input.submittedOn,
    dossierDue,
    late,
    decisionDue,
  });
  return { late, dossierDue, decisionDue };
}
