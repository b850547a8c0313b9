// Announced days off and make-up working days, as data (law2.md §7.2). The statutory holidays of
// BLLĐ Art 112.1 (01/01, 10/3 âm lịch, 30/4, 01/5, 02/9) are computed in holidays.ts for every
// year and need not be repeated here; what belongs here is what the Prime Minister decides each
// year (the Tết days, the day next to 02/9) and every swap. See README.md to add a year.

import type { AnnouncedCalendar } from "./announced.ts";
import type { LocalDate } from "./local-date.ts";

const d = (iso: string) => iso as LocalDate;

export const ANNOUNCED_CALENDARS: readonly AnnouncedCalendar[] = [
  // ── 2025 ────────────────────────────────────────────────────────────────────────────────
  {
    year: 2025,
    audience: "civilService",
    sourceDocument: "VPCP 8726/VPCP-KGVX (2024); Thông báo 6150/TB-BLĐTBXH (2024): Tết Ất Tỵ",
    evidence: "S",
    // Off Sat 25/01 – Sun 02/02/2025 (26 tháng Chạp – mùng 5). Month 12 of Giáp Thìn has 29
    // days, so the five Tết days are 29 Chạp – mùng 4; mùng 4 is a Saturday, hence Mon 27/01.
    days: [
      { date: d("2025-01-27"), kind: "bridge", name: "Nghỉ bù Tết Âm lịch (mùng 4 trùng thứ Bảy)" },
      { date: d("2025-01-28"), kind: "holiday", name: "Tết Âm lịch (29 tháng Chạp)" },
      { date: d("2025-01-29"), kind: "holiday", name: "Tết Âm lịch (mùng 1)" },
      { date: d("2025-01-30"), kind: "holiday", name: "Tết Âm lịch (mùng 2)" },
      { date: d("2025-01-31"), kind: "holiday", name: "Tết Âm lịch (mùng 3)" },
      { date: d("2025-02-01"), kind: "holiday", name: "Tết Âm lịch (mùng 4)" },
    ],
  },
  {
    year: 2025,
    audience: "civilService",
    sourceDocument: "Thông báo 6150/TB-BLĐTBXH (2024): 30/4 và 01/5/2025",
    evidence: "S",
    // Off 30/4 – 04/5/2025: Friday 02/5 is swapped with Saturday 26/4, which is worked.
    days: [
      { date: d("2025-04-26"), kind: "makeUpWorkday", name: "Làm bù cho ngày nghỉ 02/5/2025" },
      { date: d("2025-04-30"), kind: "holiday", name: "Ngày Chiến thắng" },
      { date: d("2025-05-01"), kind: "holiday", name: "Ngày Quốc tế lao động" },
      { date: d("2025-05-02"), kind: "bridge", name: "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)" },
    ],
  },
  {
    year: 2025,
    audience: "civilService",
    sourceDocument: "Thông báo 6150/TB-BLĐTBXH (2024): Quốc khánh 2025",
    evidence: "S",
    // Off Sat 30/8 – Tue 02/9/2025: the adjacent day chosen is Monday 01/9.
    days: [
      { date: d("2025-09-01"), kind: "holiday", name: "Quốc khánh (ngày liền kề)" },
      { date: d("2025-09-02"), kind: "holiday", name: "Quốc khánh" },
    ],
  },
  // ── 2026 ────────────────────────────────────────────────────────────────────────────────
  {
    year: 2026,
    audience: "civilService",
    sourceDocument: "VPCP 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 2026",
    evidence: "S",
    // Off Thu 01/01 – Sun 04/01/2026: Friday 02/01 is swapped with Saturday 10/01, worked.
    days: [
      { date: d("2026-01-01"), kind: "holiday", name: "Tết Dương lịch" },
      { date: d("2026-01-02"), kind: "bridge", name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)" },
      { date: d("2026-01-10"), kind: "makeUpWorkday", name: "Làm bù cho ngày nghỉ 02/01/2026" },
    ],
  },
  {
    year: 2026,
    audience: "civilService",
    sourceDocument: "Thông báo nghỉ Tết Bính Ngọ 2026 (Bộ Nội vụ)",
    evidence: "S",
    // Off Sat 14/02 – Sun 22/02/2026 (27 tháng Chạp – mùng 6): the weekdays between are the five
    // Tết days, 29 Chạp (month 12 of Ất Tỵ has 29 days) to mùng 4.
    days: [
      { date: d("2026-02-16"), kind: "holiday", name: "Tết Âm lịch (29 tháng Chạp)" },
      { date: d("2026-02-17"), kind: "holiday", name: "Tết Âm lịch (mùng 1)" },
      { date: d("2026-02-18"), kind: "holiday", name: "Tết Âm lịch (mùng 2)" },
      { date: d("2026-02-19"), kind: "holiday", name: "Tết Âm lịch (mùng 3)" },
      { date: d("2026-02-20"), kind: "holiday", name: "Tết Âm lịch (mùng 4)" },
    ],
  },
  // National Day 2026: no announcement loaded; the statutory default (01/9 + 02/9) applies.
  // 24/11 (Ngày Văn hóa Việt Nam, NQ 80-NQ/TW): not a holiday until a legal act is loaded (T8).
];
