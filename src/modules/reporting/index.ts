import "./db/tables.ts";
import "./db/report-tables.ts";

// The reporting module's public surface (issue #6). Built so far: directives, plans and letters
// with tasks (part 1); the rules of reports, scoring and numbering are in domain/.

export { acknowledgeTask } from "./commands/acknowledge-task.ts";
export { addDirectiveAttachments } from "./commands/add-directive-attachment.ts";
export { completeTask } from "./commands/complete-task.ts";
export { issueDirective } from "./commands/issue-directive.ts";
export { remindTasks, remindTasksIn } from "./commands/remind-tasks.ts";
export { reportTaskProgress } from "./commands/report-task-progress.ts";
export { configureCalendar } from "./commands/reports/configure-calendar.ts";
export { grantReportException, lockRound } from "./commands/reports/lock-round.ts";
export {
  type OpenRoundInput,
  openRound,
  type RoundRequest,
} from "./commands/reports/open-round.ts";
export { prefillReport } from "./commands/reports/prefill-report.ts";
export { approveReport, returnReport } from "./commands/reports/review-report.ts";
export { type DraftChanges, saveReportDraft } from "./commands/reports/save-report-draft.ts";
export { submitReport } from "./commands/reports/submit-report.ts";
export {
  createDirectiveDraft,
  type DraftInput,
  type TaskInput,
  updateDirectiveDraft,
} from "./commands/save-directive-draft.ts";
export type { Working } from "./commands/support.ts";
export { withdrawDirective } from "./commands/withdraw-directive.ts";
export { completenessTree } from "./queries/completeness.ts";
export { consolidatedFigures } from "./queries/consolidation.ts";
export { overdueTasksOfIssuer, overdueTasksOfUnit } from "./queries/overdue-tasks.ts";
export { DirectiveError } from "./rules/directive-refusal.ts";
