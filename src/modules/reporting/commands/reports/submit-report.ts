import { insertReportEvent, updateReport } from "../../db/report.repo.ts";
import { refuse } from "../../domain/refusal.ts";
import { applyAction, timeliness } from "../../domain/submission.ts";
import { audit, type Working } from "../support.ts";
import { recordOf, reportFor } from "./report-access.ts";
import { contextFor } from "./report-context.ts";

/**
 * The unit sends its report to the issuer (issue #6 §3). Timeliness is judged on the first
 * submission; after the round's lock a report never sent needs an exception (the domain's rules).
 * A report whose figures were never filled cannot be sent.
 */
export async function submitReport(
  w: Working,
  reportId: number,
): Promise<{ late: boolean; daysLate: number }> {
  const { report, actor } = await reportFor(w, reportId, "author");
  const next = applyAction(
    recordOf(report),
    { kind: "submit" },
    await contextFor(w, actor, report),
  );
  if (report.prefilled_at === null) {
    throw refuse(
      "invalid_indicator",
      "Báo cáo chưa có số liệu; hãy lấy số liệu từ hệ thống trước khi gửi.",
      "values",
    );
  }
  const t = timeliness(report.last_day, next.firstSubmittedOn as string);
  await updateReport(w.tx, report.id, {
    status: "submitted",
    first_submitted_on: next.firstSubmittedOn as string,
    last_submitted_on: w.today,
    last_submitted_by: w.ctx.actor.accountId,
  });
  await insertReportEvent(w.tx, {
    report_id: report.id,
    kind: "submitted",
    on_day: w.today,
    late_days: report.first_submitted_on === null ? t.daysLate : 0,
    comment: null,
    actor_id: w.ctx.actor.accountId,
  });
  await audit(w, {
    action: "reporting.report.submitted",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { roundId: report.round_id, late: t.status === "late", daysLate: t.daysLate },
  });
  return { late: t.status === "late", daysLate: t.daysLate };
}
