import { authorize } from "../../../core/authz/index.ts";
import { formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import { notFound } from "../../../core/errors.ts";
import { lockDirective, updateDirectiveRow } from "../db/directive.repo.ts";
import { refuseInput, refuseState } from "../rules/directive-refusal.ts";
import { audit, type Working } from "./support.ts";

/**
 * Withdraws an issued directive with its reason: its tasks stop being owed (no step is accepted
 * on them, no reminder is raised), its number stays used (T55: the gap remains).
 */
export async function withdrawDirective(
  w: Working,
  directiveId: number,
  input: { reason: string },
): Promise<void> {
  const d = await lockDirective(w.tx, directiveId);
  if (!d) throw notFound("Không tìm thấy văn bản chỉ đạo.");
  authorize(w.ctx.actor, "reporting.directive.issue", { unitPath: d.issuer_path });
  if (d.status === "draft") {
    throw refuseState("not_issued", "Văn bản còn là dự thảo, chưa ban hành; không cần thu hồi.");
  }
  if (d.status === "withdrawn") {
    throw refuseState(
      "directive_withdrawn",
      `Văn bản đã được thu hồi ngày ${formatDateVi(parseLocalDate(d.withdrawn_on as string))}.`,
    );
  }
  const reason = input.reason.trim();
  if (reason === "") {
    throw refuseInput("reason_required", "Cần ghi lý do thu hồi văn bản.", "reason");
  }
  await updateDirectiveRow(w.tx, d.id, {
    status: "withdrawn",
    withdrawn_reason: reason,
    withdrawn_on: w.today,
  });
  await audit(w, {
    action: "reporting.directive.withdrawn",
    unitId: d.issuer_unit_id,
    subjectType: "reporting_directive",
    subjectId: d.id,
    summary: { withdrawnOn: w.today, reason },
  });
}
