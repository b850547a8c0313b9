// The one typed error of the reporting rules. A refusal carries a reason that commands and tests
// branch on, an HTTP-mapped code (validation 400, forbidden 403, conflict 409) and a Vietnamese
// message a person can act on. Messages that apply a legal rule end with "(R100, <article>)."

import { AppError, type ErrorCode } from "../../../core/errors.ts";

export type RefusalReason =
  | "invalid_period"
  | "period_not_ended"
  | "invalid_calendar"
  | "due_before_data_end"
  | "invalid_template"
  | "not_reporting_unit"
  | "not_reviewer"
  | "own_report"
  | "not_submitted"
  | "already_submitted"
  | "approved_locked"
  | "round_locked"
  | "comment_required"
  | "invalid_exception"
  | "invalid_indicator"
  | "unexpected_unit"
  | "invalid_criteria"
  | "score_out_of_range"
  | "invalid_number"
  | "duplicate_number";

export class ReportingError extends AppError {
  constructor(
    readonly reason: RefusalReason,
    code: ErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, message, field, { reason });
    this.name = "ReportingError";
  }
}

export const refuse = (reason: RefusalReason, message: string, field?: string) =>
  new ReportingError(reason, "validation", message, field);
export const refuseConflict = (reason: RefusalReason, message: string, field?: string) =>
  new ReportingError(reason, "conflict", message, field);
export const refuseForbidden = (reason: RefusalReason, message: string) =>
  new ReportingError(reason, "forbidden", message);

/** A whole number ≥ 0 within the exact integer range: the only kind of count used here. */
export function isCount(n: unknown): n is number {
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}
