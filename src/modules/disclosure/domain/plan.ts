// R12 (Luật 10/2022 Art 14.1): the UBND xã adopts a disclosure plan — content, form, timing,
// duration, responsibility — one per period. Interpretation (README): periods are a year, a half
// or a quarter; two plans of a unit may not cover the same month (a yearly plan and a Q1 plan of
// the same year overlap), so at any time one plan governs.

import { categoryOf } from "./catalogues.ts";
import { formAction } from "./phrases.ts";
import { FORMS, type Form, type Regime } from "./types.ts";

export const PLAN_PERIODS = ["year", "h1", "h2", "q1", "q2", "q3", "q4"] as const;
export type PlanPeriod = (typeof PLAN_PERIODS)[number];

export interface PlanEntry {
  /** The catalogue item it discloses (e.g. "2"), when it is one. */
  category: string | null;
  content: string;
  forms: string[];
  /** When: "trong 05 ngày làm việc kể từ ngày ban hành", "hằng quý"… */
  timing: string;
  /** How long: "30 ngày liên tục", "thường xuyên"… */
  duration: string;
  responsible: string;
}

export interface DisclosurePlan {
  /** Absent for a plan not yet saved. */
  id?: number;
  unitId: number;
  year: number;
  period: PlanPeriod;
  entries: PlanEntry[];
}

export interface Problem {
  field: string;
  message: string;
}

const MONTHS: Record<PlanPeriod, [first: number, last: number]> = {
  year: [1, 12],
  h1: [1, 6],
  h2: [7, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
};

export const PERIOD_LABEL: Record<PlanPeriod, string> = {
  year: "năm",
  h1: "6 tháng đầu năm",
  h2: "6 tháng cuối năm",
  q1: "quý I",
  q2: "quý II",
  q3: "quý III",
  q4: "quý IV",
};

const CITE = "(R12, Luật 10/2022 Điều 14.1)";

function overlaps(a: DisclosurePlan, b: DisclosurePlan): boolean {
  if (a.year !== b.year) return false;
  const [a1, a2] = MONTHS[a.period];
  const [b1, b2] = MONTHS[b.period];
  return a1 <= b2 && b1 <= a2;
}

/** The forms a category cannot do without (R6–R9); alternatives (R75, R83) are not listed. */
export function requiredForms(regime: Regime, code: string): Form[] {
  const category = categoryOf(regime, code);
  if (!category) return [];
  const forms: Form[] = regime === "commune" ? ["portal"] : [];
  for (const rule of category.postings) {
    const only = rule.anyOf[0];
    if (rule.anyOf.length === 1 && only && !rule.onlyIf && !rule.waivedBy) forms.push(only);
  }
  if (category.toVillageHeads) forms.push("village_heads");
  return forms;
}

/** What is wrong with a plan, against the unit's other plans: empty when it may be adopted. */
export function planProblems(
  plan: DisclosurePlan,
  regime: Regime,
  others: readonly DisclosurePlan[] = [],
): Problem[] {
  const problems: Problem[] = [];
  if (!PLAN_PERIODS.includes(plan.period)) {
    problems.push({ field: "period", message: "Kỳ kế hoạch phải là năm, 6 tháng hoặc quý." });
  }
  if (!Number.isInteger(plan.year) || plan.year < 2023 || plan.year > 2199) {
    problems.push({ field: "year", message: "Năm kế hoạch không hợp lệ." });
  }
  const clash = others.find(
    (o) =>
      o.unitId === plan.unitId && (plan.id === undefined || o.id !== plan.id) && overlaps(o, plan),
  );
  if (clash && PLAN_PERIODS.includes(plan.period)) {
    problems.push({
      field: "period",
      message: `Đã có kế hoạch công khai ${PERIOD_LABEL[clash.period]} ${clash.year} trùng thời gian với kỳ này; mỗi kỳ chỉ có một kế hoạch ${CITE}.`,
    });
  }
  if (plan.entries.length === 0) {
    problems.push({
      field: "entries",
      message: `Kế hoạch phải có ít nhất một nội dung công khai ${CITE}.`,
    });
  }
  plan.entries.forEach((entry, i) => {
    const at = (name: string) => `entries[${i}].${name}`;
    const n = `Nội dung thứ ${i + 1}`;
    const blank = (text: string) => text.trim() === "";
    if (blank(entry.content))
      problems.push({ field: at("content"), message: `${n}: chưa ghi nội dung công khai.` });
    if (entry.forms.length === 0) {
      problems.push({ field: at("forms"), message: `${n}: chưa chọn hình thức công khai.` });
    } else if (entry.forms.some((f) => !(FORMS as readonly string[]).includes(f))) {
      problems.push({ field: at("forms"), message: `${n}: hình thức công khai không hợp lệ.` });
    }
    if (blank(entry.timing))
      problems.push({ field: at("timing"), message: `${n}: chưa ghi thời điểm công khai.` });
    if (blank(entry.duration))
      problems.push({ field: at("duration"), message: `${n}: chưa ghi thời hạn công khai.` });
    if (blank(entry.responsible)) {
      problems.push({
        field: at("responsible"),
        message: `${n}: chưa ghi người chịu trách nhiệm.`,
      });
    }
    if (entry.category !== null) {
      if (!categoryOf(regime, entry.category)) {
        problems.push({
          field: at("category"),
          message: `${n}: không có trong danh mục nội dung phải công khai.`,
        });
        return;
      }
      const lacking = requiredForms(regime, entry.category).filter((f) => !entry.forms.includes(f));
      if (lacking.length > 0) {
        problems.push({
          field: at("forms"),
          message: `${n}: thiếu hình thức bắt buộc: ${lacking.map((f) => formAction(f, regime)).join("; ")}.`,
        });
      }
    }
  });
  return problems;
}
