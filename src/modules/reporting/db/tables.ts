import type { Generated } from "kysely";
import type { Variant } from "../domain/numbering.ts";
import type { DirectiveKind, DirectiveStatus, TargetKind } from "../rules/directive-rules.ts";
import type { AssignmentStatus } from "../rules/task-state.ts";

// Table types of migration 20261122-16-reporting-directives, merged into the database schema.

export interface ReportingDirectiveTable {
  id: Generated<number>;
  issuer_unit_id: number;
  issuer_body_id: number | null;
  kind: DirectiveKind;
  variant: Variant;
  symbol: string;
  number: number | null;
  issued_year: number | null;
  issued_on: string | null;
  title: string;
  body: Generated<string>;
  status: Generated<DirectiveStatus>;
  withdrawn_reason: string | null;
  withdrawn_on: string | null;
  created_by: number | null;
  issued_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReportingFileColumns {
  id: Generated<number>;
  unit_id: number;
  file_name: string;
  mime: string;
  byte_size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

export interface ReportingDirectiveAttachmentTable extends ReportingFileColumns {
  directive_id: number;
}

export interface ReportingTaskTable {
  id: Generated<number>;
  directive_id: number;
  position: number;
  title: string;
  description: Generated<string>;
  due_on: string;
  target: "unit" | "kind";
  target_unit_id: number | null;
  target_body_id: number | null;
  target_kind: TargetKind | null;
}

export interface ReportingTaskAssignmentTable {
  id: Generated<number>;
  task_id: number;
  directive_id: number;
  unit_id: number;
  due_on: string;
  status: Generated<AssignmentStatus>;
  acknowledged_on: string | null;
  acknowledged_by: number | null;
  done_on: string | null;
  done_by: number | null;
  done_note: string | null;
  last_progress_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReportingTaskProgressTable {
  id: Generated<number>;
  assignment_id: number;
  unit_id: number;
  reported_on: string;
  text: string;
  percent: number | null;
  final: Generated<boolean>;
  reported_by: number | null;
  created_at: Generated<Date>;
}

export interface ReportingTaskEvidenceTable extends ReportingFileColumns {
  progress_id: number;
  assignment_id: number;
}

export interface ReportingTaskReminderTable {
  assignment_id: number;
  unit_id: number;
  kind: "due_soon" | "overdue";
  due_on: string;
  raised_on: string;
  raised_at: Generated<Date>;
}

declare module "../../../core/db/schema.ts" {
  interface Database {
    reporting_directive: ReportingDirectiveTable;
    reporting_directive_attachment: ReportingDirectiveAttachmentTable;
    reporting_task: ReportingTaskTable;
    reporting_task_assignment: ReportingTaskAssignmentTable;
    reporting_task_progress: ReportingTaskProgressTable;
    reporting_task_evidence: ReportingTaskEvidenceTable;
    reporting_task_reminder: ReportingTaskReminderTable;
  }
}
