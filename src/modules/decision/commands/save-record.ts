import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import { findMatter, findRecord } from "../db/decision.repo.ts";
import type { DocForm } from "../db/tables.ts";

export interface RecordInput {
  docForm: DocForm;
  heldOn: string | null;
  households: number | null;
  attending: number | null;
  absent: number | null;
  content: string | null;
  formText: string | null;
  resultText: string | null;
  decisionText: string | null;
  signHead: string | null;
  signFrontHead: string | null;
  signRep1: string | null;
  signRep2: string | null;
}

/** Saves the decision document (Art 20) as a draft; it can be saved incomplete, not finalised. */
export async function saveRecord(
  tx: Tx,
  ctx: RequestContext,
  matterId: number,
  input: RecordInput,
): Promise<void> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: matter.unit_path });
  if (matter.status === "open" || matter.status === "withdrawn") {
    throw conflict("Chỉ lập văn bản quyết định khi đã có kết quả biểu quyết.");
  }
  const existing = await findRecord(tx, matterId);
  if (existing?.finalised_at) throw conflict("Văn bản đã hoàn tất; không sửa được.");
  const values = {
    doc_form: input.docForm,
    held_on: input.heldOn,
    households: input.households,
    attending: input.attending,
    absent: input.absent,
    content: input.content,
    form_text: input.formText,
    result_text: input.resultText,
    decision_text: input.decisionText,
    sign_head: input.signHead,
    sign_front_head: input.signFrontHead,
    sign_rep1: input.signRep1,
    sign_rep2: input.signRep2,
    updated_at: new Date(),
  };
  await tx
    .insertInto("decision_record")
    .values({ matter_id: matterId, unit_id: matter.unit_id, ...values })
    .onConflict((oc) => oc.column("matter_id").doUpdateSet(values))
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.record.saved",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: { docForm: input.docForm },
  });
}
