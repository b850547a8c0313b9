// The life of one unit's report (issue #6 §3): the unit drafts and submits it; the upper level
// that asked for it returns it with comments or approves it, which locks it for good.
//
//   draft ─submit→ submitted ─approve→ approved (locked)
//                     │  ↑
//              return ↓  │ submit
//                   returned
//
// The round (one period of one calendar) has a last day on time and may be locked by the upper
// level from some day on; after that a first submission needs a lock exception it granted.

import {
  type DateInput,
  daysBetween,
  formatDateVi,
  type LocalDate,
  parseLocalDate,
} from "../../../core/calendar/index.ts";
import {
  isBlank,
  type ReportingError,
  refuse,
  refuseConflict,
  refuseForbidden,
} from "./refusal.ts";

export type ReportStatus = "draft" | "submitted" | "returned" | "approved";

export const REPORT_STATUS_LABELS: Record<ReportStatus, { vi: string; en: string }> = {
  draft: { vi: "Bản nháp", en: "Draft" },
  submitted: { vi: "Đã gửi, chờ cấp trên xem xét", en: "Submitted" },
  returned: { vi: "Cấp trên trả lại để bổ sung", en: "Returned" },
  approved: { vi: "Đã duyệt (đã khóa)", en: "Approved (locked)" },
};

export interface ReportRecord {
  /** The unit that writes the report. */
  unitId: number;
  /** The upper level it goes to, which alone may return or approve it. */
  reviewerUnitId: number;
  status: ReportStatus;
  /** The first submission; timeliness is judged on it (README choice 6). */
  firstSubmittedOn: LocalDate | null;
  /** The account that last submitted it, who may not also approve it. */
  lastSubmittedBy: number | null;
}

/** One round of reports: the last day on time and, once the upper level closes it, the lock. */
export interface ReportRound {
  lastDay: LocalDate;
  /** From this day on, a first submission needs a lock exception; null while open. */
  lockedFrom: LocalDate | null;
}

/** Someone acting for a unit: the account and the unit whose role they use. */
export interface Actor {
  accountId: number;
  unitId: number;
}

/** Leave granted by the upper level to one unit to submit after the lock, until `expiresOn`. */
export interface LockException {
  unitId: number;
  grantedBy: number;
  grantedOn: LocalDate;
  expiresOn: LocalDate;
  reason: string;
}

export type ReportAction =
  | { kind: "edit" }
  | { kind: "submit" }
  | { kind: "return"; comment: string }
  | { kind: "approve" };

export interface ActionContext {
  actor: Actor;
  on: DateInput;
  round: ReportRound;
  exceptions: readonly LockException[];
}

const APPROVED = "Báo cáo đã được cấp trên duyệt và khóa";

/** The exception in force for `unitId` on `on` (both ends count), if any. */
export function activeException(
  exceptions: readonly LockException[],
  unitId: number,
  on: DateInput,
): LockException | undefined {
  const day = parseLocalDate(on);
  return exceptions.find((e) => e.unitId === unitId && e.grantedOn <= day && day <= e.expiresOn);
}

function authorProblem(report: ReportRecord, actor: Actor, verb: string): ReportingError | null {
  if (actor.unitId === report.unitId) return null;
  return refuseForbidden(
    "not_reporting_unit",
    `Chỉ đơn vị lập báo cáo mới được ${verb} báo cáo này.`,
  );
}

function reviewerProblem(report: ReportRecord, actor: Actor, verb: string): ReportingError | null {
  if (actor.unitId === report.unitId) {
    return refuseForbidden("own_report", `Không được tự ${verb} báo cáo của chính đơn vị mình.`);
  }
  if (actor.unitId !== report.reviewerUnitId) {
    return refuseForbidden(
      "not_reviewer",
      `Chỉ cấp trên nhận báo cáo mới được ${verb} báo cáo này.`,
    );
  }
  if (actor.accountId === report.lastSubmittedBy) {
    return refuseForbidden("own_report", `Người đã gửi báo cáo không được tự ${verb} báo cáo đó.`);
  }
  return null;
}

function submitProblem(report: ReportRecord, ctx: ActionContext): ReportingError | null {
  const problem = authorProblem(report, ctx.actor, "gửi");
  if (problem) return problem;
  if (report.status === "approved") return refuseConflict("approved_locked", `${APPROVED}.`);
  if (report.status === "submitted") {
    return refuseConflict("already_submitted", "Báo cáo đã được gửi và đang chờ cấp trên xem xét.");
  }
  // A returned report was asked back by the upper level itself: the lock does not stop it.
  const { lockedFrom } = ctx.round;
  const day = parseLocalDate(ctx.on);
  if (report.status === "draft" && lockedFrom !== null && day >= lockedFrom) {
    if (!activeException(ctx.exceptions, report.unitId, day)) {
      return refuseConflict(
        "round_locked",
        `Kỳ báo cáo đã khóa từ ngày ${formatDateVi(lockedFrom)}; chỉ gửi được khi cấp trên cho phép gửi sau khóa.`,
      );
    }
  }
  return null;
}

/** Null when `action` may be done now; else the refusal, in Vietnamese. */
export function actionProblem(
  report: ReportRecord,
  action: ReportAction,
  ctx: ActionContext,
): ReportingError | null {
  switch (action.kind) {
    case "edit": {
      const problem = authorProblem(report, ctx.actor, "sửa");
      if (problem) return problem;
      if (report.status === "approved")
        return refuseConflict("approved_locked", `${APPROVED}, không thể sửa.`);
      if (report.status === "submitted") {
        return refuseConflict(
          "already_submitted",
          "Báo cáo đã gửi và đang chờ cấp trên xem xét; chỉ sửa được khi cấp trên trả lại.",
        );
      }
      return null;
    }
    case "submit":
      return submitProblem(report, ctx);
    case "return":
    case "approve": {
      const verb = action.kind === "return" ? "trả lại" : "duyệt";
      const problem = reviewerProblem(report, ctx.actor, verb);
      if (problem) return problem;
      if (report.status === "approved") return refuseConflict("approved_locked", `${APPROVED}.`);
      if (report.status !== "submitted") {
        return refuseConflict("not_submitted", `Báo cáo chưa được gửi nên chưa thể ${verb}.`);
      }
      if (action.kind === "return" && isBlank(action.comment)) {
        return refuse("comment_required", "Phải ghi ý kiến khi trả lại báo cáo.", "comment");
      }
      return null;
    }
  }
}

/** The report after `action`, or the refusal thrown. */
export function applyAction(
  report: ReportRecord,
  action: ReportAction,
  ctx: ActionContext,
): ReportRecord {
  const problem = actionProblem(report, action, ctx);
  if (problem) throw problem;
  switch (action.kind) {
    case "edit":
      return report;
    case "submit":
      return {
        ...report,
        status: "submitted",
        firstSubmittedOn: report.firstSubmittedOn ?? parseLocalDate(ctx.on),
        lastSubmittedBy: ctx.actor.accountId,
      };
    case "return":
      return { ...report, status: "returned" };
    case "approve":
      return { ...report, status: "approved" };
  }
}

export interface Timeliness {
  status: "on_time" | "late";
  /** Calendar days after the last day on time (README choice 5); 0 when on time. */
  daysLate: number;
}

/** On time through 24:00 of the last day; late from the next day, counted in calendar days. */
export function timeliness(lastDay: DateInput, submittedOn: DateInput): Timeliness {
  const days = daysBetween(parseLocalDate(lastDay), parseLocalDate(submittedOn));
  return days > 0 ? { status: "late", daysLate: days } : { status: "on_time", daysLate: 0 };
}

/** "Gửi ngày 11/06/2026, chậm 2 ngày so với hạn 09/06/2026." or the on-time wording. */
export function timelinessText(lastDay: DateInput, submittedOn: DateInput): string {
  const sent = formatDateVi(parseLocalDate(submittedOn));
  const due = formatDateVi(parseLocalDate(lastDay));
  const t = timeliness(lastDay, submittedOn);
  return t.status === "late"
    ? `Gửi ngày ${sent}, chậm ${t.daysLate} ngày so với hạn ${due}.`
    : `Gửi ngày ${sent}, đúng hạn (hạn ${due}).`;
}

/** A lock exception, checked: granted by the upper level, with a reason and an expiry. */
export function grantLockException(input: {
  report: Pick<ReportRecord, "unitId" | "reviewerUnitId">;
  actor: Actor;
  on: DateInput;
  expiresOn: DateInput;
  reason: string;
}): LockException {
  const problem = reviewerProblem(
    { ...input.report, status: "draft", firstSubmittedOn: null, lastSubmittedBy: null },
    input.actor,
    "cho phép gửi sau khóa",
  );
  if (problem) throw problem;
  const grantedOn = parseLocalDate(input.on);
  const expiresOn = parseLocalDate(input.expiresOn);
  if (expiresOn < grantedOn) {
    throw refuse(
      "invalid_exception",
      "Thời hạn cho phép gửi sau khóa phải từ ngày cấp phép trở đi.",
      "expiresOn",
    );
  }
  if (isBlank(input.reason)) {
    throw refuse("invalid_exception", "Phải ghi lý do cho phép gửi sau khóa.", "reason");
  }
  return {
    unitId: input.report.unitId,
    grantedBy: input.actor.accountId,
    grantedOn,
    expiresOn,
    reason: input.reason.trim(),
  };
}
