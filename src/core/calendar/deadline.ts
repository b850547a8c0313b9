// Legal deadlines as values (T9, law2.md §7.4): every deadline keeps its unit — calendar days
// (D, "ngày") or working days (WD, "ngày làm việc") — and the provision that sets it. The two
// units are never converted into each other: the law writes the same step in both units at
// different levels, and the provision in force decides.

import type { Calendar, DateInput, DayInfo } from "./calendar.ts";
import { CalendarError } from "./errors.ts";
import { formatDateVi, formatDayVi } from "./format-vi.ts";
import { type LocalDate, parseLocalDate, plusDays } from "./local-date.ts";

export type DeadlineUnit = "D" | "WD";

/** One version of a time limit: "WD(7) under NĐ 155/2026 Art 10, from 01/07/2026". */
export interface TimeLimit {
  readonly unit: DeadlineUnit;
  readonly n: number;
  /** The provision that sets it, e.g. "Luật Tố cáo 2018, Điều 24.1". */
  readonly provision: string;
  /** The first day this version governs (ngày có hiệu lực). */
  readonly effectiveFrom: LocalDate;
}

/** T9: the record every deadline stores. */
export interface DeadlineSpec extends TimeLimit {
  /** The event the period runs from (receipt, acceptance, decision…). */
  readonly trigger: LocalDate;
}

export interface Deadline {
  /** The last day: the deadline is 24:00 of this day. */
  readonly due: LocalDate;
  readonly endsAt: "24:00";
  readonly unit: DeadlineUnit;
  readonly n: number;
  readonly trigger: LocalDate;
  readonly provision: string;
  readonly effectiveFrom: LocalDate;
  /** For D(n): the nominal last day, when it was a rest day or holiday and the end moved on. */
  readonly rolledFrom?: LocalDate;
  /** A Vietnamese sentence saying when the deadline ends and by which rule. */
  readonly explanation: string;
}

function checkTimeLimit(limit: TimeLimit): void {
  if (limit.unit !== "D" && limit.unit !== "WD") {
    throw new CalendarError(
      "invalid_period",
      `Đơn vị thời hạn phải là "D" (ngày) hoặc "WD" (ngày làm việc), nhận được: "${String(limit.unit)}".`,
      { unit: limit.unit },
    );
  }
  if (!Number.isInteger(limit.n) || limit.n < 1) {
    throw new CalendarError(
      "invalid_period",
      `Thời hạn phải là số nguyên dương, nhận được: ${limit.n}.`,
      { n: limit.n },
    );
  }
  if (typeof limit.provision !== "string" || limit.provision.trim() === "") {
    throw new CalendarError("invalid_period", "Thời hạn phải ghi rõ điều khoản quy định.", {});
  }
  parseLocalDate(limit.effectiveFrom);
}

/** "07 ngày làm việc" / "30 ngày", numbers written as in legal texts. */
function periodLabel(unit: DeadlineUnit, n: number): string {
  return `${String(n).padStart(2, "0")} ${unit === "WD" ? "ngày làm việc" : "ngày"}`;
}

function whyNotWorking(info: DayInfo): string {
  switch (info.kind) {
    case "holiday":
      return `ngày nghỉ lễ, tết (${info.name})`;
    case "bridge":
      return `ngày nghỉ theo lịch công bố (${info.name})`;
    case "compensatoryDayOff":
      return `ngày nghỉ bù (${info.name})`;
    default:
      return "ngày nghỉ hằng tuần";
  }
}

/**
 * Computes a deadline from its T9 record. D(n): BLDS Art 147–148 (T1, T2); WD(n): n working
 * days counted from the day after the trigger (T1 by analogy). The version must be in force on
 * the trigger day.
 */
export function computeDeadline(calendar: Calendar, spec: DeadlineSpec): Deadline {
  checkTimeLimit(spec);
  const trigger = parseLocalDate(spec.trigger);
  const effectiveFrom = parseLocalDate(spec.effectiveFrom);
  if (trigger < effectiveFrom) {
    throw new CalendarError(
      "no_rule_in_force",
      `Quy định "${spec.provision}" chỉ áp dụng từ ngày ${formatDateVi(effectiveFrom)}, sự kiện xảy ra ngày ${formatDateVi(trigger)}.`,
      { trigger, effectiveFrom },
    );
  }
  const base = {
    endsAt: "24:00" as const,
    unit: spec.unit,
    n: spec.n,
    trigger,
    provision: spec.provision,
    effectiveFrom,
  };
  const start = `Thời hạn ${periodLabel(spec.unit, spec.n)} tính từ ngày ${formatDateVi(trigger)}`;

  if (spec.unit === "WD") {
    const due = calendar.addWorkingDays(trigger, spec.n);
    const explanation =
      `${start} (không tính ngày đó; không tính ngày nghỉ hằng tuần, ngày nghỉ lễ, tết) ` +
      `kết thúc lúc 24:00 ${formatDayVi(due)}. Căn cứ: ${spec.provision}.`;
    return { ...base, due, explanation };
  }

  const lastDay = plusDays(trigger, spec.n);
  const due = calendar.addCalendarDays(trigger, spec.n);
  if (due === lastDay) {
    const explanation =
      `${start} (không tính ngày đó, Điều 147 BLDS 2015) kết thúc lúc 24:00 ` +
      `${formatDayVi(due)} (Điều 148 BLDS 2015). Căn cứ: ${spec.provision}.`;
    return { ...base, due, explanation };
  }
  const explanation =
    `${start} (không tính ngày đó, Điều 147 BLDS 2015) có ngày cuối cùng là ` +
    `${formatDayVi(lastDay)}, là ${whyNotWorking(calendar.describeDay(lastDay))}; theo khoản 5 ` +
    `Điều 148 BLDS 2015, thời hạn kết thúc lúc 24:00 ngày làm việc tiếp theo: ` +
    `${formatDayVi(due)}. Căn cứ: ${spec.provision}.`;
  return { ...base, due, rolledFrom: lastDay, explanation };
}

/**
 * The version of a time limit in force on `on`: the one with the latest `effectiveFrom` not
 * after it (e.g. T16: WD(10) until 30/06/2026, WD(7) from 01/07/2026).
 */
export function timeLimitInForce<T extends TimeLimit>(versions: readonly T[], on: DateInput): T {
  const day = parseLocalDate(on);
  const seen = new Set<string>();
  let chosen: T | undefined;
  for (const version of versions) {
    checkTimeLimit(version);
    if (seen.has(version.effectiveFrom)) {
      throw new CalendarError(
        "invalid_data",
        `Hai phiên bản thời hạn cùng có hiệu lực từ ngày ${formatDateVi(version.effectiveFrom)}.`,
        { effectiveFrom: version.effectiveFrom },
      );
    }
    seen.add(version.effectiveFrom);
    if (version.effectiveFrom <= day && (!chosen || version.effectiveFrom > chosen.effectiveFrom)) {
      chosen = version;
    }
  }
  if (!chosen) {
    throw new CalendarError(
      "no_rule_in_force",
      `Không có quy định về thời hạn nào có hiệu lực vào ngày ${formatDateVi(day)}.`,
      { on: day },
    );
  }
  return chosen;
}

/** Picks the version in force on `trigger` and computes its deadline. */
export function deadlineFromVersions(
  calendar: Calendar,
  versions: readonly TimeLimit[],
  trigger: DateInput,
): Deadline {
  const limit = timeLimitInForce(versions, trigger);
  return computeDeadline(calendar, { ...limit, trigger: parseLocalDate(trigger) });
}
