// Indicators (chỉ tiêu): figures each module computes for one unit and one closed period from its
// own data (issue #6 §3). Two kinds only, both whole numbers, so that an upper level can add them
// up exactly: a count, or a share kept as its numerator and denominator and never as a decimal.

import { isBlank, isCount, refuse } from "./refusal.ts";

export type IndicatorKind = "count" | "share";

export interface IndicatorDefinition {
  /** Stable key, "<module>.<name>": "inbox.answered_on_time". */
  id: string;
  /** "Số phản ánh, kiến nghị được trả lời đúng hạn". */
  title: string;
  kind: IndicatorKind;
}

export type IndicatorValue =
  | { kind: "count"; value: number }
  /** Part of a whole (tỷ lệ): `numerator` of `denominator`, e.g. 18 of 20 answered on time. */
  | { kind: "share"; numerator: number; denominator: number };

const ID = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

export function checkDefinitions(definitions: readonly IndicatorDefinition[]): void {
  const seen = new Set<string>();
  for (const d of definitions) {
    if (!ID.test(d.id)) {
      throw refuse(
        "invalid_indicator",
        `Mã chỉ tiêu "${d.id}" phải có dạng "module.ten_chi_tieu".`,
      );
    }
    if (seen.has(d.id))
      throw refuse("invalid_indicator", `Chỉ tiêu "${d.id}" được khai báo hai lần.`);
    if (isBlank(d.title)) throw refuse("invalid_indicator", `Chỉ tiêu "${d.id}" chưa có tên.`);
    if (d.kind !== "count" && d.kind !== "share") {
      throw refuse("invalid_indicator", `Chỉ tiêu "${d.id}" có loại không hợp lệ.`);
    }
    seen.add(d.id);
  }
}

/** A value must be of its indicator's kind, in whole numbers ≥ 0, a part no larger than its whole. */
export function checkValue(definition: IndicatorDefinition, value: IndicatorValue): void {
  if (value.kind !== definition.kind) {
    throw refuse(
      "invalid_indicator",
      `Chỉ tiêu "${definition.title}" là ${definition.kind === "count" ? "số đếm" : "tỷ lệ"}, không nhận giá trị loại khác.`,
    );
  }
  checkNumbers(definition.title, value);
}

/** The numbers of a value alone: whole, ≥ 0, and a part no larger than its whole. */
export function checkNumbers(title: string, value: IndicatorValue): void {
  const name = `Chỉ tiêu "${title}"`;
  if (value.kind === "count") {
    if (!isCount(value.value)) {
      throw refuse(
        "invalid_indicator",
        `${name} phải là số nguyên không âm, nhận được: ${value.value}.`,
      );
    }
    return;
  }
  if (!isCount(value.numerator) || !isCount(value.denominator)) {
    throw refuse("invalid_indicator", `${name}: tử số và mẫu số phải là số nguyên không âm.`);
  }
  if (value.numerator > value.denominator) {
    throw refuse(
      "invalid_indicator",
      `${name}: tử số (${value.numerator}) không được lớn hơn mẫu số (${value.denominator}).`,
    );
  }
}

/** Parts per thousand, rounded half up, in integers only; null for an empty whole. */
export function perMille(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.floor((2000 * numerator + denominator) / (2 * denominator));
}

/** "90,0 %" from a per-mille figure, as Vietnamese texts write it. */
export function percentText(perMilleValue: number | null): string {
  if (perMilleValue === null) return "—";
  return `${Math.floor(perMilleValue / 10)},${perMilleValue % 10} %`;
}
