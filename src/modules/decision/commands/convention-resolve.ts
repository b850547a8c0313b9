import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import { complaintsOf, lockComplaint } from "../db/convention.repo.ts";
import type { ComplaintGround, ComplaintResolution } from "../db/convention-tables.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";
import { GROUND_EXTENT, resolutionProblems } from "./convention-rules.ts";
import { refuseUnless } from "./findings.ts";

export interface ResolutionInput {
  action: ComplaintResolution;
  ground: ComplaintGround | null;
  /** The articles or clauses concerned, for a partial suspension or annulment. */
  partText: string | null;
  reason: string;
  /** A suspension's deadline to redo or amend the convention. */
  amendBy: string | null;
  on: string;
}

/**
 * UBND xã's answer to a complaint or finding (R72): "unfounded" in writing; a suspension
 * (Mẫu 04), whole or part, with its reasons and a deadline to redo or amend, effective on signing
 * and ending when the corrected convention is recognised (NĐ 61/2023 Art 12); or an annulment
 * (Mẫu 05), whole or part (Art 14). Each is sent to the head and UBMTTQ xã. Judged against the
 * 03- and 05-working-day clocks; a late act stands, flagged late.
 */
export async function resolveConventionComplaint(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  complaintId: number,
  input: ResolutionInput,
  today: string,
): Promise<{ late: boolean; due: string }> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.recognise", [
    "recognised",
    "suspended",
  ]);
  const complaint = await lockComplaint(tx, id, complaintId);
  if (!complaint) throw notFound("Không tìm thấy kiến nghị này.");
  if (complaint.resolution !== null) throw conflict("Kiến nghị này đã được xử lý.");
  dayBetween(
    input.on,
    complaint.received_on,
    today,
    "on",
    "Ngày quyết định",
    "ngày nhận kiến nghị",
  );
  const standing = (await complaintsOf(tx, id)).filter((k) => k.resolution === "suspended");
  refuseUnless(
    resolutionProblems({
      action: input.action,
      ground: input.action === "unfounded" ? null : input.ground,
      on: input.on,
      amendBy: input.amendBy,
      reason: input.reason,
      partText: input.partText,
      suspensions: standing.map((s) => ({
        extent: s.extent,
        amendBy: s.amend_by,
        liftedOn: s.lifted_on,
      })),
    }),
    input.action === "unfounded" ? "reason" : "ground",
  );
  const ground = input.action === "unfounded" ? null : input.ground;
  const extent = ground ? GROUND_EXTENT[ground] : null;
  const due = input.action === "annulled" ? complaint.annul_due : complaint.reply_due;
  const late = input.on > due;
  await tx
    .updateTable("decision_convention_complaint")
    .set({
      resolution: input.action,
      resolved_on: input.on,
      ground,
      extent,
      part_text: extent === "part" ? input.partText : null,
      reason: input.reason.trim(),
      amend_by: input.action === "suspended" ? input.amendBy : null,
    })
    .where("id", "=", complaintId)
    .execute();
  if (extent === "whole") {
    await tx
      .updateTable("decision_convention")
      .set(
        input.action === "annulled"
          ? { status: "annulled", ended_on: input.on, updated_at: new Date() }
          : { status: "suspended", updated_at: new Date() },
      )
      .where("id", "=", id)
      .execute();
  }
  const action =
    input.action === "unfounded"
      ? "complaint-answered"
      : input.action === "suspended"
        ? "suspended"
        : "annulled";
  await auditConvention(tx, ctx, c, action, {
    complaint: complaintId,
    on: input.on,
    ground,
    extent,
    amendBy: input.action === "suspended" ? input.amendBy : null,
    due,
    late,
  });
  return { late, due };
}
