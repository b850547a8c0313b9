import { can } from "../../../../core/authz/index.ts";
import { notFound, unauthenticated } from "../../../../core/errors.ts";
import { lockReport, type ReportRow } from "../../db/report.repo.ts";
import type { Actor, ReportRecord } from "../../domain/submission.ts";
import type { Working } from "../support.ts";

/** The domain's view of a report row. */
export const recordOf = (r: ReportRow): ReportRecord => ({
  unitId: r.unit_id,
  reviewerUnitId: r.reviewer_unit_id,
  status: r.status,
  firstSubmittedOn: r.first_submitted_on as ReportRecord["firstSubmittedOn"],
  lastSubmittedBy: r.last_submitted_by,
});

/**
 * Locks the report and says which unit the actor acts for: the reporting unit (writing) or the
 * issuer (reviewing), as the policies grant. The refusals themselves are the domain's
 * (`applyAction`), so an author trying to approve hears "không được tự duyệt…", not a bare 403.
 */
export async function reportFor(
  w: Working,
  reportId: number,
  as: "author" | "reviewer",
): Promise<{ report: ReportRow; actor: Actor }> {
  const report = await lockReport(w.tx, reportId);
  if (!report) throw notFound("Không tìm thấy báo cáo.");
  const a = w.ctx.actor;
  if (a.kind === "anonymous") throw unauthenticated();
  const writes = can(a, "reporting.report.write", { unitPath: report.unit_path });
  const reviews = can(a, "reporting.round.manage", { unitPath: report.issuer_path });
  if (!writes && !reviews && !can(a, "reporting.report.read", { unitPath: report.unit_path })) {
    throw notFound("Không tìm thấy báo cáo.");
  }
  const accountId = a.accountId ?? 0;
  const [first, second] = as === "author" ? [writes, reviews] : [reviews, writes];
  const [firstUnit, secondUnit] =
    as === "author"
      ? [report.unit_id, report.reviewer_unit_id]
      : [report.reviewer_unit_id, report.unit_id];
  const unitId = first ? firstUnit : second ? secondUnit : 0;
  return { report, actor: { accountId, unitId } };
}
