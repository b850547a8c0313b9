// Vietnamese renderings of dates for explanations and pages: "thứ Hai, ngày 04/05/2026".

import { dateParts, type LocalDate, weekdayOf } from "./local-date.ts";

const WEEKDAY_NAMES = [
  "Chủ nhật",
  "thứ Hai",
  "thứ Ba",
  "thứ Tư",
  "thứ Năm",
  "thứ Sáu",
  "thứ Bảy",
] as const;

/** "04/05/2026" (dd/mm/yyyy, as in Vietnamese official documents). */
export function formatDateVi(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

export function weekdayNameVi(date: LocalDate): string {
  return WEEKDAY_NAMES[weekdayOf(date)];
}

/** "thứ Hai, ngày 04/05/2026". */
export function formatDayVi(date: LocalDate): string {
  return `${weekdayNameVi(date)}, ngày ${formatDateVi(date)}`;
}
