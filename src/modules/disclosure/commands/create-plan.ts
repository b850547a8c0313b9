import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { AppError, conflict, notFound } from "../../../core/errors.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import {
  approvePlanRow,
  findPlan,
  insertPlan,
  lockUnitForPlans,
  plansOf,
} from "../db/plan.repo.ts";
import {
  type DisclosurePlan,
  PERIOD_LABEL,
  PLAN_PERIODS,
  type PlanPeriod,
  type Problem,
  planProblems,
} from "../domain/plan.ts";
import { FORMS } from "../domain/types.ts";
import { regimeFor, type UnitRef } from "./unit-ref.ts";

export interface PlanEntryInput {
  /** The catalogue item (Art 11, 46, 64; NĐ 145 Art 43.1) the entry discloses. */
  category: string;
  content: string;
  forms: string[];
  timing: string;
  duration: string;
  responsible: string;
}

export interface PlanInput {
  year: number;
  period: string;
  entries: PlanEntryInput[];
}

/** A plan that may not be adopted (R12): every problem, keyed by field, for the form. */
export class PlanRejected extends AppError {
  constructor(readonly problems: Problem[]) {
    const first = problems[0];
    super("validation", first?.message ?? "Kế hoạch không hợp lệ.", first?.field, {
      fields: Object.fromEntries([...problems].reverse().map((p) => [p.field, p.message])),
    });
    this.name = "PlanRejected";
  }
}

/** "năm 2026", "6 tháng đầu năm 2026", "quý I năm 2026". */
export function planPeriodText(year: number, period: PlanPeriod): string {
  if (period === "year") return `năm ${year}`;
  const label = PERIOD_LABEL[period];
  return label.endsWith("năm") ? `${label} ${year}` : `${label} năm ${year}`;
}

const LIMITS = { content: 1000, timing: 200, duration: 200, responsible: 200 } as const;
const LIMIT_LABEL = {
  content: "nội dung công khai",
  timing: "thời điểm công khai",
  duration: "thời hạn công khai",
  responsible: "người chịu trách nhiệm",
} as const;

/** Limits the database also enforces, said in words an official can act on. */
function lengthProblems(entries: readonly PlanEntryInput[]): Problem[] {
  const problems: Problem[] = [];
  entries.forEach((e, i) => {
    for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
      if (e[key].trim().length > LIMITS[key]) {
        problems.push({
          field: `entries[${i}].${key}`,
          message: `Nội dung thứ ${i + 1}: ${LIMIT_LABEL[key]} dài tối đa ${LIMITS[key]} ký tự.`,
        });
      }
    }
  });
  return problems;
}

/**
 * Adopts the disclosure plan of a period (R12, Luật 10/2022 Art 14.1): one per unit and period,
 * each entry with its content, forms, timing, duration and responsible person, and a catalogue
 * item's compulsory forms. The unit's row is locked so two overlapping plans cannot both pass.
 */
export async function createPlan(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: PlanInput,
): Promise<number> {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: unit.path });
  const regime = regimeFor(unit);
  await lockUnitForPlans(tx, unit.id);
  const entries = input.entries.map((e) => ({
    category: e.category.trim(),
    content: e.content.trim(),
    forms: [...new Set(e.forms)],
    timing: e.timing.trim(),
    duration: e.duration.trim(),
    responsible: e.responsible.trim(),
  }));
  const period = isPlanPeriod(input.period) ? input.period : null;
  // Overlaps can only be judged for a known period; an unknown one is reported by the rule.
  const others: DisclosurePlan[] =
    period === null
      ? []
      : (await plansOf(tx, unit.id)).map((p) => ({
          id: p.id,
          unitId: p.unit_id,
          year: p.year,
          period: p.period,
          entries: [],
        }));
  const plan: DisclosurePlan = {
    unitId: unit.id,
    year: input.year,
    period: input.period as PlanPeriod,
    entries,
  };
  const problems = [...planProblems(plan, regime, others), ...lengthProblems(input.entries)];
  if (input.year > 2100 && !problems.some((p) => p.field === "year")) {
    problems.unshift({ field: "year", message: "Năm kế hoạch không hợp lệ." });
  }
  if (problems.length > 0 || period === null) throw new PlanRejected(problems);
  const title = `Kế hoạch công khai thông tin ${planPeriodText(input.year, period)}`;
  const id = await insertPlan(tx, {
    unitId: unit.id,
    year: input.year,
    period,
    title,
    // Each form once, in the law's order.
    entries: entries.map((e) => ({ ...e, forms: FORMS.filter((f) => e.forms.includes(f)) })),
  });
  await recordEvent(tx, ctx, {
    action: "disclosure.plan.created",
    unitId: unit.id,
    subjectType: "disclosure_plan",
    subjectId: id,
    summary: {
      year: input.year,
      period,
      entries: entries.length,
      categories: [...new Set(entries.map((e) => e.category))],
    },
  });
  return id;
}

export function isPlanPeriod(value: string): value is PlanPeriod {
  return (PLAN_PERIODS as readonly string[]).includes(value);
}

/** Records who approved the plan and when (the Chair's signature, Art 14.1); once only. */
export async function approvePlan(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  planId: number,
  input: { approvedOn: string; approvedBy: string },
  today: string,
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: unit.path });
  const plan = await findPlan(tx, planId);
  if (!plan || plan.unit_id !== unit.id) throw notFound("Không có kế hoạch này trong đơn vị.");
  if (plan.approved_on) throw conflict("Kế hoạch đã được phê duyệt.");
  const approvedBy = input.approvedBy.trim();
  if (approvedBy === "")
    throw new PlanRejected([{ field: "approvedBy", message: "Người phê duyệt là bắt buộc." }]);
  if (approvedBy.length > 200) {
    throw new PlanRejected([
      { field: "approvedBy", message: "Người phê duyệt dài tối đa 200 ký tự." },
    ]);
  }
  if (!isValidIsoDate(input.approvedOn)) {
    throw new PlanRejected([{ field: "approvedOn", message: "Ngày phê duyệt không hợp lệ." }]);
  }
  if (input.approvedOn > today) {
    throw new PlanRejected([
      { field: "approvedOn", message: "Ngày phê duyệt không được ở tương lai." },
    ]);
  }
  const done = await approvePlanRow(tx, plan.id, input.approvedOn, approvedBy);
  if (Number(done.numUpdatedRows) !== 1) throw conflict("Kế hoạch đã được phê duyệt.");
  await recordEvent(tx, ctx, {
    action: "disclosure.plan.approved",
    unitId: unit.id,
    subjectType: "disclosure_plan",
    subjectId: plan.id,
    summary: { approvedOn: input.approvedOn, approvedBy },
  });
}
