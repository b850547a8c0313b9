// R10 (Luật 10/2022 Art 13.2): each quarter the commune compiles the list of what it disclosed,
// with the form and the time, and posts it at the headquarters and at every village point.
// Interpretation (README): a disclosure belongs to the quarter in which it was published on the
// platform; drafts are left out. Its forms are listed with their first and last day.

import {
  daysInMonth,
  type LocalDate,
  localDate,
  parseLocalDate,
} from "../../../core/calendar/index.ts";
import { validation } from "../../../core/errors.ts";
import { type Evidence, FORMS, type Form } from "./types.ts";

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

export function quarterOf(date: string): Quarter {
  const day = parseLocalDate(date);
  const month = Number(day.slice(5, 7));
  return {
    year: Number(day.slice(0, 4)),
    quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber,
  };
}

/** First and last day of a quarter, both included. */
export function quarterRange(year: number, quarter: number): { from: LocalDate; to: LocalDate } {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw validation(`Quý phải từ 1 đến 4, nhận được: ${quarter}.`, "quarter");
  }
  const lastMonth = quarter * 3;
  return {
    from: localDate(year, lastMonth - 2, 1),
    to: localDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** "Danh mục thông tin đã công khai quý I năm 2026". */
export function registerTitle(year: number, quarter: QuarterNumber): string {
  return `Danh mục thông tin đã công khai quý ${ROMAN[quarter - 1]} năm ${year}`;
}

export interface RegisterItem {
  id: number;
  category: string;
  title: string;
  publishedOn: string | null;
  evidence: readonly Evidence[];
}

/** One form of one disclosure: first day, last day (null while still up), villages. */
export interface RegisterForm {
  form: Form;
  from: string;
  to: string | null;
  villageIds: number[];
}

export interface RegisterRow {
  id: number;
  category: string;
  title: string;
  publishedOn: string;
  forms: RegisterForm[];
}

function formsOf(item: RegisterItem & { publishedOn: string }): RegisterForm[] {
  const rows: Evidence[] = [
    { form: "portal", villageId: null, from: item.publishedOn, to: null },
    ...item.evidence,
  ];
  const forms: RegisterForm[] = [];
  for (const form of FORMS) {
    const of = rows.filter((r) => r.form === form);
    if (of.length === 0) continue;
    const from = of.map((r) => r.from).sort()[0] as string;
    const open = of.some((r) => r.to === null);
    const to = open
      ? null
      : (of
          .map((r) => r.to as string)
          .sort()
          .at(-1) as string);
    const villageIds = [
      ...new Set(of.flatMap((r) => (r.villageId === null ? [] : [r.villageId]))),
    ].sort((a, b) => a - b);
    forms.push({ form, from, to, villageIds });
  }
  return forms;
}

/** The register of a quarter: the disclosures published in it, in order of publication. */
export function registerRows(
  items: readonly RegisterItem[],
  year: number,
  quarter: number,
): RegisterRow[] {
  const { from, to } = quarterRange(year, quarter);
  return items
    .filter((i): i is RegisterItem & { publishedOn: string } => i.publishedOn !== null)
    .filter((i) => {
      const day = parseLocalDate(i.publishedOn);
      return day >= from && day <= to;
    })
    .sort((a, b) =>
      a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.id - b.id,
    )
    .map((i) => ({
      id: i.id,
      category: i.category,
      title: i.title,
      publishedOn: i.publishedOn,
      forms: formsOf(i),
    }));
}
