// A task as one assigned unit carries it (issue #6 §1): assigned → acknowledged → in progress →
// done, and where it stands against its due date today. Overdue is never stored: it follows from
// the due date, today and the legal calendar, so it is right on every page the day it changes.
// A due date on a day off stays where the issuer put it (domain/README.md, choice 3).

import { type Calendar, formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { Text } from "../../../core/i18n/lang.ts";
import { refuseState } from "./directive-refusal.ts";
import type { DirectiveStatus } from "./directive-rules.ts";

export const ASSIGNMENT_STATUSES = ["assigned", "acknowledged", "in_progress", "done"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, Text> = {
  assigned: { vi: "Đã giao, chưa tiếp nhận", en: "Assigned" },
  acknowledged: { vi: "Đã tiếp nhận", en: "Acknowledged" },
  in_progress: { vi: "Đang thực hiện", en: "In progress" },
  done: { vi: "Đã hoàn thành", en: "Done" },
};

/** Reminders go out when at most this many working days are left (issue #6 §1). */
export const REMIND_WITHIN_WORKING_DAYS = 3;

export type TaskClock = "done" | "done_late" | "overdue" | "due_soon" | "on_time";

export const TASK_CLOCK_LABELS: Record<TaskClock, Text> = {
  done: { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  done_late: { vi: "Hoàn thành muộn", en: "Done late" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  due_soon: { vi: "Sắp đến hạn", en: "Due soon" },
  on_time: { vi: "Trong hạn", en: "On time" },
};

export interface AssignmentFacts {
  status: AssignmentStatus;
  dueOn: string;
  doneOn: string | null;
}

/** Overdue from the day after the due date while not done; the due date itself is on time. */
export const isOverdue = (a: AssignmentFacts, today: string) =>
  a.status !== "done" && today > a.dueOn;

/** Due within `REMIND_WITHIN_WORKING_DAYS` working days, the due day itself included. */
export function isDueSoon(calendar: Calendar, dueOn: string, today: string): boolean {
  if (today > dueOn) return false;
  return (
    calendar.workingDaysBetween(parseLocalDate(today), parseLocalDate(dueOn)) <=
    REMIND_WITHIN_WORKING_DAYS
  );
}

/** Where one unit's task stands today. */
export function taskClock(calendar: Calendar, a: AssignmentFacts, today: string): TaskClock {
  if (a.status === "done") return a.doneOn !== null && a.doneOn > a.dueOn ? "done_late" : "done";
  if (isOverdue(a, today)) return "overdue";
  return isDueSoon(calendar, a.dueOn, today) ? "due_soon" : "on_time";
}

/** The reminder a unit owes today for a task not done, if any ("due soon" or "overdue"). */
export function reminderDue(
  calendar: Calendar,
  a: AssignmentFacts,
  today: string,
): "due_soon" | "overdue" | null {
  const clock = taskClock(calendar, a, today);
  return clock === "overdue" || clock === "due_soon" ? clock : null;
}

const vn = (iso: string) => formatDateVi(parseLocalDate(iso));

export type TaskStep = "acknowledge" | "progress" | "done";

/**
 * Refuses a step the task cannot take now: nothing on a withdrawn directive or a done task;
 * acknowledging once only. Reporting progress or finishing acknowledges a task not yet
 * acknowledged, since the unit plainly has it.
 */
export function checkStep(
  step: TaskStep,
  directiveStatus: DirectiveStatus,
  a: { status: AssignmentStatus; acknowledgedOn: string | null; doneOn: string | null },
): void {
  if (directiveStatus === "withdrawn") {
    throw refuseState(
      "directive_withdrawn",
      "Văn bản giao nhiệm vụ đã bị thu hồi; nhiệm vụ không còn phải thực hiện.",
    );
  }
  if (directiveStatus !== "issued") {
    throw refuseState("not_issued", "Văn bản chưa ban hành; chưa có nhiệm vụ để thực hiện.");
  }
  if (a.status === "done") {
    throw refuseState(
      "task_done",
      `Nhiệm vụ đã hoàn thành${a.doneOn ? ` ngày ${vn(a.doneOn)}` : ""}; không cập nhật thêm.`,
    );
  }
  if (step === "acknowledge" && a.status !== "assigned") {
    throw refuseState(
      "already_acknowledged",
      `Đơn vị đã tiếp nhận nhiệm vụ này${a.acknowledgedOn ? ` ngày ${vn(a.acknowledgedOn)}` : ""}.`,
    );
  }
}
