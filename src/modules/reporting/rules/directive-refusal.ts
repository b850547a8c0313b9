// The typed error of directives and tasks (issue #6 §1). The pure domain's `ReportingError`
// (domain/refusal.ts) covers reports, scoring and numbers; these are the platform's own rules for
// directives, so they carry no legal citation. Same shape: a reason for code and tests, an HTTP
// code (validation 400, forbidden 403, conflict 409) and a Vietnamese message.

import { AppError, type ErrorCode } from "../../../core/errors.ts";

export type DirectiveRefusalReason =
  | "invalid_symbol"
  | "issue_date_in_future"
  | "due_before_issue"
  | "no_tasks"
  | "outside_hierarchy"
  | "unknown_unit"
  | "no_units_of_kind"
  | "unknown_body"
  | "not_draft"
  | "not_issued"
  | "directive_withdrawn"
  | "task_done"
  | "already_acknowledged"
  | "reason_required"
  | "text_required"
  | "not_assigned_unit";

export class DirectiveError extends AppError {
  constructor(
    readonly reason: DirectiveRefusalReason,
    code: ErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, message, field, { reason });
    this.name = "DirectiveError";
  }
}

export const refuseInput = (reason: DirectiveRefusalReason, message: string, field?: string) =>
  new DirectiveError(reason, "validation", message, field);
export const refuseState = (reason: DirectiveRefusalReason, message: string, field?: string) =>
  new DirectiveError(reason, "conflict", message, field);
