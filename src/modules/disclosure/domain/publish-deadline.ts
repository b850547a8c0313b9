// How fast a disclosure must be made (R5: Luật 10/2022 Art 12.3; R75: Art 47.2; R83: Art 65.2),
// through the one calendar service: working days (WD) skip weekly rest days, holidays and
// bridges; calendar days (D) follow BLDS Art 147–148, rolling past a closed last day (148.5).
// The first day (the basis document's date) is not counted (T1).

import {
  type Calendar,
  computeDeadline,
  type Deadline,
  formatDateVi,
  parseLocalDate,
} from "../../../core/calendar/index.ts";
import type { Category, Finding, TimeLimit } from "./types.ts";

/** "05 ngày làm việc" / "15 ngày", as legal texts write them. */
export function periodLabel(limit: Pick<TimeLimit, "unit" | "n">): string {
  return `${String(limit.n).padStart(2, "0")} ${limit.unit === "WD" ? "ngày làm việc" : "ngày"}`;
}

/**
 * The deadline from the basis document's date; null when the law sets none (employers) or the
 * basis predates the provision (e.g. before Law 10/2022 took effect on 01/07/2023).
 */
export function publicationDeadline(
  calendar: Calendar,
  limit: TimeLimit | null,
  basisDate: string,
): Deadline | null {
  if (!limit) return null;
  const trigger = parseLocalDate(basisDate);
  const effectiveFrom = parseLocalDate(limit.effectiveFrom ?? basisDate);
  if (trigger < effectiveFrom) return null;
  return computeDeadline(calendar, {
    unit: limit.unit,
    n: limit.n,
    provision: limit.provision,
    trigger,
    effectiveFrom,
  });
}

/** On time when published on or before the due day (the period ends at 24:00 of it). */
export function publishedOnTime(due: string, publishedOn: string): boolean {
  return parseLocalDate(publishedOn) <= parseLocalDate(due);
}

function dueText(deadline: Deadline): string {
  const base = `hạn chót ${formatDateVi(deadline.due)}, ${periodLabel(deadline)} kể từ ngày ${formatDateVi(deadline.trigger)}`;
  if (!deadline.rolledFrom) return base;
  return `${base}; ngày ${formatDateVi(deadline.rolledFrom)} là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo, BLDS 2015 Điều 148.5`;
}

export interface DeadlineInput {
  category: Category;
  basisDate: string;
  /** The day it was published on the platform (the portal), or null while still a draft. */
  publishedOn: string | null;
  today: string;
  calendar: Calendar;
}

/** The deadline finding (R5, R75, R83); null for categories without a deadline (employers). */
export function assessDeadline(input: DeadlineInput): Finding | null {
  const limit = input.category.deadline;
  if (!limit) return null;
  const rule = limit.rule ?? "R5";
  const cite = `(${rule}, ${limit.provision})`;
  const deadline = publicationDeadline(input.calendar, limit, input.basisDate);
  const base = { rule, article: limit.provision };
  if (!deadline) {
    return {
      ...base,
      status: "not_applicable",
      message: `Văn bản căn cứ ban hành ngày ${formatDateVi(parseLocalDate(input.basisDate))}, trước khi quy định về thời hạn có hiệu lực ${cite}.`,
    };
  }
  const due = deadline.due;
  if (input.publishedOn !== null) {
    const published = formatDateVi(parseLocalDate(input.publishedOn));
    return publishedOnTime(due, input.publishedOn)
      ? {
          ...base,
          status: "ok",
          due,
          message: `Đã công khai ngày ${published}, trong thời hạn (${dueText(deadline)}) ${cite}.`,
        }
      : {
          ...base,
          status: "late",
          due,
          message: `Công khai ngày ${published}, chậm so với thời hạn (${dueText(deadline)}) ${cite}.`,
        };
  }
  const overdue = parseLocalDate(input.today) > due;
  return {
    ...base,
    status: overdue ? "missing" : "pending",
    due,
    message: overdue
      ? `Đã quá hạn nhưng chưa công khai (${dueText(deadline)}) ${cite}.`
      : `Chưa công khai (${dueText(deadline)}) ${cite}.`,
  };
}
