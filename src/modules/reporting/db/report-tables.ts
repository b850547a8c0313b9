import type { Generated } from "kysely";
import type { ReportOutline } from "../domain/outline.ts";
import type { ReportingCalendar } from "../domain/periods.ts";
import type { ReportStatus } from "../domain/submission.ts";
import type { TargetKind } from "../rules/directive-rules.ts";
import type { StoredPeriod } from "../rules/round-rules.ts";

// Table types of migration 20261122-17-reporting-reports, merged into the database schema.

export interface ReportingCalendarTable {
  id: Generated<number>;
  unit_id: number;
  body_id: number | null;
  effective_from: string;
  calendar: ReportingCalendar;
  auto_target: TargetKind | null;
  open_days_ahead: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ReportingRoundTable {
  id: Generated<number>;
  issuer_unit_id: number;
  issuer_body_id: number | null;
  calendar_id: number | null;
  period_key: string;
  period: StoredPeriod;
  title: string;
  window_from: string;
  window_to: string;
  stated_due: string;
  last_day: string;
  due_explanation: string;
  locked_from: string | null;
  target_kind: TargetKind;
  outline: ReportOutline;
  opened_on: string;
  opened_by: number | null;
  created_at: Generated<Date>;
}

export interface ReportingReportTable {
  id: Generated<number>;
  round_id: number;
  unit_id: number;
  reviewer_unit_id: number;
  status: Generated<ReportStatus>;
  narrative: Generated<Record<string, string>>;
  prefilled_at: Date | null;
  first_submitted_on: string | null;
  last_submitted_on: string | null;
  last_submitted_by: number | null;
  approved_on: string | null;
  approved_by: number | null;
  updated_at: Generated<Date>;
}

export interface ReportingReportValueTable {
  report_id: number;
  indicator_id: string;
  kind: "count" | "share";
  numerator: number | null;
  denominator: number | null;
  computed_numerator: number | null;
  computed_denominator: number | null;
  note: string | null;
}

export interface ReportingReportEventTable {
  id: Generated<number>;
  report_id: number;
  kind: "submitted" | "returned" | "approved";
  on_day: string;
  late_days: Generated<number>;
  comment: string | null;
  actor_id: number | null;
  at: Generated<Date>;
}

export interface ReportingLockExceptionTable {
  id: Generated<number>;
  round_id: number;
  unit_id: number;
  granted_by: number | null;
  granted_on: string;
  expires_on: string;
  reason: string;
  created_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    reporting_calendar: ReportingCalendarTable;
    reporting_round: ReportingRoundTable;
    reporting_report: ReportingReportTable;
    reporting_report_value: ReportingReportValueTable;
    reporting_report_event: ReportingReportEventTable;
    reporting_lock_exception: ReportingLockExceptionTable;
  }
}
