// Scoring units (issue #6 §5). A criteria set belongs to a unit kind and a year; each criterion
// has a maximum and is either automatic (points from an indicator) or manual (a self-score, then a
// reviewer's score, which wins). Whether a unit passes follows the R100 pattern (QĐ 25/2021 Art 4:
// total ≥ 80, every criterion ≥ 50 % of its maximum, no disqualifying event), as configuration.
// Bands and the league table follow. Points are whole numbers; every comparison is in integers.

import { checkNumbers, type IndicatorValue } from "./indicators.ts";
import { isBlank, isCount, type ReportingError, refuse } from "./refusal.ts";

/** Points from an indicator. For a share, `atLeast`, `from` and `to` are in per mille. */
export type ScoreRule =
  /** The highest step the value reaches; below the first step, 0. */
  | { kind: "steps"; steps: { atLeast: number; points: number }[] }
  /** 0 at or below `from`, the maximum at or above `to`, in proportion between, rounded down. */
  | { kind: "linear"; from: number; to: number };

export type CriterionSource =
  | { kind: "manual" }
  | { kind: "automatic"; indicatorId: string; rule: ScoreRule };

export interface Criterion {
  /** "4.2" */
  id: string;
  title: string;
  maxPoints: number;
  /** A self-score above 0 needs at least one document attached (tài liệu kiểm chứng). */
  evidenceRequired: boolean;
  source: CriterionSource;
}

export interface PassRule {
  /** The rule and text it comes from, quoted in every reason: "R100", "QĐ 25/2021/QĐ-TTg Điều 4". */
  rule: string;
  source: string;
  minTotal: number;
  /** Each criterion needs at least this percentage of its own maximum. */
  minPercentOfEachMax: number;
  /** A disqualifying event in the year (discipline, prosecution) fails the unit. */
  disqualifyingEventsFail: boolean;
}

/** R100 (law.md §7.12; QĐ 25/2021/QĐ-TTg Art 4): the commune legal-access standard. */
export const R100_PASS_RULE: PassRule = {
  rule: "R100",
  source: "QĐ 25/2021/QĐ-TTg Điều 4; TT 09/2021/TT-BTP",
  minTotal: 80,
  minPercentOfEachMax: 50,
  disqualifyingEventsFail: true,
};

export interface Band {
  label: string;
  minTotal: number;
}

/** The platform's own default (the seeds and law.md name none): for a set of 100 points. */
export const DEFAULT_BANDS: readonly Band[] = [
  { label: "Tốt", minTotal: 90 },
  { label: "Khá", minTotal: 80 },
  { label: "Trung bình", minTotal: 65 },
  { label: "Yếu", minTotal: 0 },
];

export interface CriteriaSet {
  title: string;
  /** The unit kind it scores: "commune", "enterprise"… */
  unitKind: string;
  year: number;
  /** The guidance it comes from. */
  source: string;
  criteria: Criterion[];
  passRule: PassRule;
  bands: readonly Band[];
}

const bad = (message: string, field?: string) => refuse("invalid_criteria", message, field);

export function maxTotal(set: Pick<CriteriaSet, "criteria">): number {
  return set.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
}

function checkRule(criterion: Criterion, rule: ScoreRule): void {
  const at = `Tiêu chí ${criterion.id}`;
  if (rule.kind === "linear") {
    if (!isCount(rule.from) || !isCount(rule.to) || rule.from >= rule.to) {
      throw bad(`${at}: khoảng tính điểm phải là hai số nguyên không âm, số đầu nhỏ hơn số sau.`);
    }
    return;
  }
  if (rule.steps.length === 0) throw bad(`${at}: chưa có mức điểm nào.`);
  rule.steps.forEach((step, i) => {
    const previous = rule.steps[i - 1];
    if (!isCount(step.atLeast) || (previous && step.atLeast <= previous.atLeast)) {
      throw bad(`${at}: các ngưỡng phải là số nguyên không âm, tăng dần.`);
    }
    if (!isCount(step.points) || step.points > criterion.maxPoints) {
      throw bad(`${at}: điểm của mỗi mức phải từ 0 đến ${criterion.maxPoints}.`);
    }
    if (previous && step.points < previous.points) {
      throw bad(`${at}: ngưỡng cao hơn không được cho ít điểm hơn.`);
    }
  });
}

/** Checks a criteria set before it is saved. */
export function checkCriteriaSet(set: CriteriaSet): void {
  if (isBlank(set.title) || isBlank(set.source)) {
    throw bad("Bộ tiêu chí phải có tên và văn bản hướng dẫn.");
  }
  if (set.criteria.length === 0) throw bad("Bộ tiêu chí chưa có tiêu chí nào.");
  const ids = new Set<string>();
  for (const c of set.criteria) {
    if (isBlank(c.id) || ids.has(c.id)) throw bad(`Mã tiêu chí "${c.id}" trống hoặc trùng.`);
    ids.add(c.id);
    if (isBlank(c.title)) throw bad(`Tiêu chí ${c.id} chưa có tên.`);
    if (!isCount(c.maxPoints) || c.maxPoints === 0) {
      throw bad(`Điểm tối đa của tiêu chí ${c.id} phải là số nguyên dương.`);
    }
    if (c.source.kind === "automatic") checkRule(c, c.source.rule);
  }
  const max = maxTotal(set);
  const pass = set.passRule;
  if (!isCount(pass.minTotal) || pass.minTotal > max) {
    throw bad(`Mức đạt phải từ 0 đến tổng điểm tối đa ${max}.`);
  }
  if (!isCount(pass.minPercentOfEachMax) || pass.minPercentOfEachMax > 100) {
    throw bad("Tỷ lệ tối thiểu của mỗi tiêu chí phải từ 0 đến 100 %.");
  }
  const bands = set.bands;
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (isBlank(band.label) || !isCount(band.minTotal) || band.minTotal > max) {
      throw bad(`Mức xếp loại "${band.label}" phải có tên và ngưỡng từ 0 đến ${max}.`);
    }
    if (previous && band.minTotal >= previous.minTotal) {
      throw bad("Các mức xếp loại phải xếp theo ngưỡng giảm dần.");
    }
  });
  if (bands.at(-1)?.minTotal !== 0) throw bad("Mức xếp loại thấp nhất phải bắt đầu từ 0 điểm.");
}

/** Points an automatic criterion earns from its indicator; null when there is no figure to use. */
export function automaticPoints(
  criterion: Criterion,
  value: IndicatorValue | undefined,
): number | null {
  if (criterion.source.kind !== "automatic" || value === undefined) return null;
  checkNumbers(criterion.source.indicatorId, value);
  const rule = criterion.source.rule;
  // Compare x = value (a count) or x = 1000·n/d (a share) with thresholds t as x·d ≥ t·d.
  const scaled = value.kind === "count" ? value.value : 1000 * value.numerator;
  const whole = value.kind === "count" ? 1 : value.denominator;
  if (whole === 0) return null;
  if (rule.kind === "steps") {
    let points = 0;
    for (const step of rule.steps) if (scaled >= step.atLeast * whole) points = step.points;
    return points;
  }
  if (scaled <= rule.from * whole) return 0;
  if (scaled >= rule.to * whole) return criterion.maxPoints;
  return Math.floor(
    (criterion.maxPoints * (scaled - rule.from * whole)) / ((rule.to - rule.from) * whole),
  );
}

export interface CriterionInput {
  selfScore: number | null;
  reviewerScore: number | null;
  /** Documents attached as evidence. */
  evidenceCount: number;
}

export interface AssessmentInput {
  indicators: Readonly<Record<string, IndicatorValue>>;
  scores: Readonly<Record<string, CriterionInput>>;
  /** Disqualifying events of the year, described ("Chủ tịch UBND xã bị kỷ luật…"); [] if none. */
  disqualifyingEvents: readonly string[];
}

/** Issue #6 (bad input): a score above the maximum, negative or fractional is refused. */
export function scoreProblem(
  criterion: Criterion,
  score: number | null,
  who: "tự chấm" | "thẩm định",
): ReportingError | null {
  if (score === null) return null;
  const at = `Điểm ${who} của tiêu chí ${criterion.id}`;
  const field = who === "tự chấm" ? "selfScore" : "reviewerScore";
  if (!Number.isInteger(score))
    return refuse("score_out_of_range", `${at} phải là số nguyên, nhận được: ${score}.`, field);
  if (score < 0) return refuse("score_out_of_range", `${at} không được âm (${score}).`, field);
  if (score > criterion.maxPoints) {
    return refuse(
      "score_out_of_range",
      `${at} (${score}) vượt điểm tối đa ${criterion.maxPoints} của tiêu chí.`,
      field,
    );
  }
  return null;
}

export interface CriterionResult {
  criterion: Criterion;
  /** From the indicator, for an automatic criterion; null otherwise or without a figure. */
  computed: number | null;
  selfScore: number | null;
  reviewerScore: number | null;
  /** The reviewer's score if any, else the computed (automatic) or self (manual) one, else 0. */
  points: number;
}

export interface Flag {
  criterionId: string;
  message: string;
}

export interface Assessment {
  criteria: CriterionResult[];
  total: number;
  maxTotal: number;
  passed: boolean;
  /** Why the unit does not pass, each with its rule; empty when it passes. */
  reasons: string[];
  band: string;
  flags: Flag[];
}

/** The band of a total: the first whose threshold it reaches. */
export function classify(total: number, bands: readonly Band[]): string {
  const band = bands.find((b) => total >= b.minTotal);
  if (!band) throw bad("Mức xếp loại thấp nhất phải bắt đầu từ 0 điểm.");
  return band.label;
}

/** Issue #6 §5: flags for self-scores the figures or the evidence do not support. */
function flagsOf(result: CriterionResult, evidenceCount: number): Flag[] {
  const { criterion, computed, selfScore } = result;
  const at = `Tiêu chí ${criterion.id}`;
  const flags: string[] = [];
  if (selfScore === null && result.reviewerScore === null && criterion.source.kind === "manual") {
    flags.push(`${at} chưa được chấm điểm.`);
  }
  if (selfScore !== null && selfScore > 0 && criterion.source.kind === "automatic") {
    if (computed === null) {
      flags.push(`${at}: tự chấm ${selfScore} điểm nhưng chưa có số liệu chỉ tiêu để đối chiếu.`);
    } else if (selfScore > computed) {
      flags.push(
        `${at}: tự chấm ${selfScore} điểm nhưng số liệu chỉ tiêu chỉ cho ${computed} điểm.`,
      );
    }
  }
  if (selfScore !== null && selfScore > 0 && criterion.evidenceRequired && evidenceCount === 0) {
    flags.push(`${at}: tự chấm ${selfScore} điểm nhưng chưa có tài liệu kiểm chứng.`);
  }
  return flags.map((message) => ({ criterionId: criterion.id, message }));
}

/** One unit's assessment under a criteria set: points, total, pass, band and flags. */
export function assess(set: CriteriaSet, input: AssessmentInput): Assessment {
  checkCriteriaSet(set);
  for (const id of Object.keys(input.scores)) {
    if (!set.criteria.some((c) => c.id === id))
      throw bad(`Không có tiêu chí "${id}" trong bộ tiêu chí.`);
  }
  const results: CriterionResult[] = [];
  const flags: Flag[] = [];
  for (const criterion of set.criteria) {
    const given = input.scores[criterion.id];
    const selfScore = given?.selfScore ?? null;
    const reviewerScore = given?.reviewerScore ?? null;
    const problem =
      scoreProblem(criterion, selfScore, "tự chấm") ??
      scoreProblem(criterion, reviewerScore, "thẩm định");
    if (problem) throw problem;
    const indicatorId = criterion.source.kind === "automatic" ? criterion.source.indicatorId : "";
    const computed = automaticPoints(criterion, input.indicators[indicatorId]);
    const own = criterion.source.kind === "automatic" ? computed : selfScore;
    const result = {
      criterion,
      computed,
      selfScore,
      reviewerScore,
      points: reviewerScore ?? own ?? 0,
    };
    results.push(result);
    flags.push(...flagsOf(result, given?.evidenceCount ?? 0));
  }
  const total = results.reduce((sum, r) => sum + r.points, 0);
  const rule = set.passRule;
  const cite = `(${rule.rule}, ${rule.source})`;
  const reasons: string[] = [];
  if (total < rule.minTotal) {
    reasons.push(`Tổng điểm ${total} dưới mức đạt ${rule.minTotal} điểm ${cite}.`);
  }
  for (const r of results) {
    // p % of the maximum, without division: 100·points ≥ p·max.
    if (100 * r.points < rule.minPercentOfEachMax * r.criterion.maxPoints) {
      reasons.push(
        `Tiêu chí ${r.criterion.id} đạt ${r.points}/${r.criterion.maxPoints} điểm, dưới ${rule.minPercentOfEachMax} % điểm tối đa ${cite}.`,
      );
    }
  }
  if (rule.disqualifyingEventsFail && input.disqualifyingEvents.length > 0) {
    reasons.push(`Trong năm có vi phạm loại trừ: ${input.disqualifyingEvents.join("; ")} ${cite}.`);
  }
  return {
    criteria: results,
    total,
    maxTotal: maxTotal(set),
    passed: reasons.length === 0,
    reasons,
    band: classify(total, set.bands),
    flags,
  };
}

export interface LeagueEntry {
  unitId: number;
  name: string;
  total: number;
}

export interface LeagueRow extends LeagueEntry {
  /** 1 + the number of units with more points: tied units share a rank (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
}

const byName = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/**
 * The league table (issue #6 §5): most points first. Equal totals share a rank and are marked
 * tied; among them the order is by name (Vietnamese collation), then id, so it never varies.
 */
export function leagueTable(entries: readonly LeagueEntry[]): LeagueRow[] {
  if (new Set(entries.map((e) => e.unitId)).size !== entries.length) {
    throw bad("Bảng xếp hạng có đơn vị trùng lặp.");
  }
  for (const e of entries) {
    if (!isCount(e.total)) throw bad(`Tổng điểm của ${e.name} phải là số nguyên không âm.`);
  }
  const sorted = [...entries].sort(
    (a, b) => b.total - a.total || byName.compare(a.name, b.name) || a.unitId - b.unitId,
  );
  return sorted.map((entry) => ({
    ...entry,
    rank: 1 + sorted.filter((other) => other.total > entry.total).length,
    tied: sorted.some((other) => other !== entry && other.total === entry.total),
  }));
}
