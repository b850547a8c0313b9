import type { AssignmentRow } from "../db/assignment.repo.ts";
import { formatNumber, type Variant } from "../domain/numbering.ts";
import { taskClock } from "../rules/task-state.ts";
import { calendar } from "./run.ts";

// Shared by pages and the API: a directive's number as printed, and where a task stands today.

/** "109-CV/ĐU" once numbered; null for a draft. */
export const numberText = (d: { variant: Variant; number: number | null; symbol: string }) =>
  d.number === null
    ? null
    : formatNumber({ variant: d.variant, number: d.number, symbol: d.symbol });

/** Where one unit's task stands today (overdue is derived, never stored). */
export const clockOf = (
  a: Pick<AssignmentRow, "status" | "due_on" | "done_on" | "directive_status">,
  today: string,
) =>
  a.directive_status === "withdrawn"
    ? ("withdrawn" as const)
    : taskClock(calendar, { status: a.status, dueOn: a.due_on, doneOn: a.done_on }, today);
