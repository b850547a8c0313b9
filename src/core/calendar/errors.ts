import { AppError } from "../errors.ts";

/** Why a calendar computation was refused; callers branch on this, people read the message. */
export type CalendarErrorReason =
  | "invalid_date"
  | "invalid_lunar_date"
  | "invalid_period"
  | "out_of_range"
  | "invalid_data"
  | "no_rule_in_force";

/**
 * Bad input to the calendar service. It is a validation error (HTTP 400) for the shared error
 * handler; `reason` says which rule of the service was broken.
 */
export class CalendarError extends AppError {
  constructor(
    readonly reason: CalendarErrorReason,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super("validation", message, undefined, details);
    this.name = "CalendarError";
  }
}
