import { insertReportEvent, updateReport } from "../../db/report.repo.ts";
import { applyAction } from "../../domain/submission.ts";
import { audit, type Working } from "../support.ts";
import { recordOf, reportFor } from "./report-access.ts";
import { contextFor } from "./report-context.ts";

/** The issuer sends a report back with its comments; the unit edits and sends it again. */
export async function returnReport(w: Working, reportId: number, comment: string): Promise<void> {
  const { report, actor } = await reportFor(w, reportId, "reviewer");
  applyAction(recordOf(report), { kind: "return", comment }, await contextFor(w, actor, report));
  await updateReport(w.tx, report.id, { status: "returned" });
  await insertReportEvent(w.tx, {
    report_id: report.id,
    kind: "returned",
    on_day: w.today,
    comment: comment.trim(),
    actor_id: w.ctx.actor.accountId,
  });
  await audit(w, {
    action: "reporting.report.returned",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { roundId: report.round_id },
  });
}

/** The issuer approves a report, which locks it for good; its figures then count upward. */
export async function approveReport(w: Working, reportId: number): Promise<void> {
  const { report, actor } = await reportFor(w, reportId, "reviewer");
  applyAction(recordOf(report), { kind: "approve" }, await contextFor(w, actor, report));
  await updateReport(w.tx, report.id, {
    status: "approved",
    approved_on: w.today,
    approved_by: w.ctx.actor.accountId,
  });
  await insertReportEvent(w.tx, {
    report_id: report.id,
    kind: "approved",
    on_day: w.today,
    comment: null,
    actor_id: w.ctx.actor.accountId,
  });
  await audit(w, {
    action: "reporting.report.approved",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { roundId: report.round_id },
  });
}
