// Citation helpers of the inbox rules: every finding ends with "(T14, Luật Khiếu nại 2011 Điều
// 8.2)." so a reader sees which rule of law2.md §11 (or law.md R48) and which article decided it.

import { formatDateVi, type LocalDate, parseLocalDate } from "../../../core/calendar/index.ts";

/** A Vietnamese finding tied to the rule and the article that produced it. */
export interface Finding {
  /** "T14", "R48". */
  rule: string;
  /** "Luật Khiếu nại 2011 Điều 8.2". */
  article: string;
  /** Ends with "(rule, article)." */
  message: string;
  /** The input field the finding is about, when it is about one. */
  field?: string;
}

export function finding(rule: string, article: string, text: string, field?: string): Finding {
  const message = `${text} (${rule}, ${article}).`;
  return field === undefined ? { rule, article, message } : { rule, article, message, field };
}

/** Short names of the texts cited (law2.md §0.2). */
export const LAW = {
  nd20: "NĐ 20/2008",
  kn: "Luật Khiếu nại 2011",
  tt07: "TT 07/2013/TT-TTCP",
  nd124: "NĐ 124/2020",
  nd155: "NĐ 155/2026",
  tc: "Luật Tố cáo 2018",
  nd31: "NĐ 31/2019",
  nd156: "NĐ 156/2026",
  tcd: "Luật Tiếp công dân 2013",
  nd154: "NĐ 154/2026",
  hg: "Luật Hòa giải ở cơ sở 2013",
  l10: "Luật 10/2022",
  qd11: "QĐ 11-QĐi/TW",
} as const;

/**
 * 01/07/2026: Luật 136/2025/QH15 and its decrees NĐ 154 (citizen reception), NĐ 155 (complaints)
 * and NĐ 156/2026 (denunciations) take effect (law2.md §0.3).
 */
export const REFORM_DAY: LocalDate = parseLocalDate("2026-07-01");

/** "04/05/2026" from an ISO date (throws CalendarError on an impossible date). */
export function vnDate(iso: string): string {
  return formatDateVi(parseLocalDate(iso));
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === "";
}

/** Lower case, no diacritics (đ → d), single spaces: how identity strings are compared. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** "07 ngày làm việc" / "30 ngày", numbers written as legal texts write them. */
export function periodText(unit: "D" | "WD", n: number): string {
  return `${String(n).padStart(2, "0")} ${unit === "WD" ? "ngày làm việc" : "ngày"}`;
}
