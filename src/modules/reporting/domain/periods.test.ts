import { describe, expect, it } from "vitest";
import { ANNOUNCED_CALENDARS, Calendar, plusDays } from "../../../core/calendar/index.ts";
import {
  CALENDAR_WINDOW,
  checkPeriod,
  checkReportingCalendar,
  dataWindow,
  hasEnded,
  indicatorRange,
  type Period,
  periodBounds,
  periodLabel,
  periodsOfYear,
  type ReportingCalendar,
  regularReportDue,
  SEED_003_CALENDAR,
  thematicReportDue,
} from "./periods.ts";
import { ReportingError } from "./refusal.ts";
import { refusal } from "./testing.ts";

// The civil-service calendar with the notices announced up to 2026, so later notices do not move
// these tests.
const calendar = new Calendar({
  audience: "civilService",
  announced: ANNOUNCED_CALENDARS.filter((record) => record.year <= 2026),
});

/** Seed 003 §7: "Báo cáo 6 tháng gửi trước ngày 10/6, báo cáo năm gửi trước ngày 10/12". */
const seed003 = (over: Partial<ReportingCalendar> = {}): ReportingCalendar => ({
  ...SEED_003_CALENDAR,
  ...over,
});

/** Seed 002 §III: "định kỳ 6 tháng trước ngày 25/5, báo cáo năm trước ngày 05/11". */
const seed002 = (over: Partial<ReportingCalendar> = {}): ReportingCalendar => ({
  issuer: "Ban Thường vụ Liên đoàn Lao động huyện",
  source: "Kế hoạch thực hiện dân chủ ở cơ sở năm 2024 của LĐLĐ huyện, mục III",
  window: { monthsEarlier: 2, cutOffDay: null },
  rollPastDaysOff: false,
  reports: [
    { kind: "six_months", due: { at: "day_of_year", month: 5, day: 25, wording: "before" } },
    { kind: "year", due: { at: "day_of_year", month: 11, day: 5, wording: "before" } },
  ],
  ...over,
});

describe("periods (issue #6 §2): start and end of each kind of period", () => {
  it.each<[Period, string, string, string]>([
    [{ kind: "month", year: 2024, month: 2 }, "2024-02-01", "2024-02-29", "tháng 2 năm 2024"],
    [{ kind: "month", year: 2026, month: 2 }, "2026-02-01", "2026-02-28", "tháng 2 năm 2026"],
    [{ kind: "quarter", year: 2026, quarter: 2 }, "2026-04-01", "2026-06-30", "quý II năm 2026"],
    [{ kind: "quarter", year: 2026, quarter: 4 }, "2026-10-01", "2026-12-31", "quý IV năm 2026"],
    [{ kind: "six_months", year: 2026 }, "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"],
    [{ kind: "nine_months", year: 2026 }, "2026-01-01", "2026-09-30", "9 tháng đầu năm 2026"],
    [{ kind: "year", year: 2026 }, "2026-01-01", "2026-12-31", "năm 2026"],
    [
      { kind: "thematic", title: "Hội nghị người lao động", from: "2026-03-01", to: "2026-04-15" },
      "2026-03-01",
      "2026-04-15",
      "chuyên đề “Hội nghị người lao động”",
    ],
  ])("%j → %s to %s (%s)", (period, from, to, label) => {
    expect(periodBounds(period)).toEqual({ from, to });
    expect(periodLabel(period)).toBe(label);
  });

  it.each<[Period, string, string]>([
    [{ kind: "month", year: 2026, month: 13 }, "Tháng phải từ 1 đến 12, nhận được: 13.", "month"],
    [{ kind: "quarter", year: 2026, quarter: 0 }, "Quý phải từ 1 đến 4, nhận được: 0.", "quarter"],
    [{ kind: "year", year: 1999 }, "Năm báo cáo phải từ 2000 đến 2199, nhận được: 1999.", "year"],
    [
      { kind: "thematic", title: "X", from: "2026-05-02", to: "2026-05-01" },
      "Ngày bắt đầu của kỳ báo cáo chuyên đề không được sau ngày kết thúc.",
      "from",
    ],
    [
      { kind: "thematic", title: "  ", from: "2026-05-01", to: "2026-05-01" },
      "Báo cáo chuyên đề phải có tên.",
      "title",
    ],
  ])("a bad period is refused: %j", (period, message, field) => {
    const error = refusal(() => checkPeriod(period));
    expect(error).toMatchObject({ reason: "invalid_period", status: 400, message, field });
  });

  it("a one-day thematic period is accepted; the months and quarters of a year come in order", () => {
    expect(() =>
      checkPeriod({ kind: "thematic", title: "X", from: "2026-05-01", to: "2026-05-01" }),
    ).not.toThrow();
    expect(periodsOfYear("quarter", 2026).map((p) => periodLabel(p))).toEqual([
      "quý I năm 2026",
      "quý II năm 2026",
      "quý III năm 2026",
      "quý IV năm 2026",
    ]);
    expect(periodsOfYear("month", 2026)).toHaveLength(12);
    expect(periodsOfYear("year", 2026)).toEqual([{ kind: "year", year: 2026 }]);
  });
});

describe("data windows (R99: the days a report covers are the issuer's configuration)", () => {
  it.each<[Period, { monthsEarlier: number; cutOffDay: number | null }, string, string]>([
    [{ kind: "six_months", year: 2026 }, CALENDAR_WINDOW, "2026-01-01", "2026-06-30"],
    // The 15th-to-14th pattern of the state reporting regime [S] (README choice 2).
    [
      { kind: "month", year: 2026, month: 3 },
      { monthsEarlier: 0, cutOffDay: 14 },
      "2026-02-15",
      "2026-03-14",
    ],
    [
      { kind: "quarter", year: 2026, quarter: 1 },
      { monthsEarlier: 0, cutOffDay: 14 },
      "2025-12-15",
      "2026-03-14",
    ],
    [
      { kind: "six_months", year: 2026 },
      { monthsEarlier: 0, cutOffDay: 14 },
      "2025-12-15",
      "2026-06-14",
    ],
    [
      { kind: "nine_months", year: 2026 },
      { monthsEarlier: 0, cutOffDay: 14 },
      "2025-12-15",
      "2026-09-14",
    ],
    [{ kind: "year", year: 2026 }, { monthsEarlier: 0, cutOffDay: 14 }, "2025-12-15", "2026-12-14"],
    // One month early: the window seed 003's dates fit.
    [
      { kind: "six_months", year: 2026 },
      { monthsEarlier: 1, cutOffDay: null },
      "2025-12-01",
      "2026-05-31",
    ],
    [
      { kind: "year", year: 2026 },
      { monthsEarlier: 1, cutOffDay: null },
      "2025-12-01",
      "2026-11-30",
    ],
    [
      { kind: "quarter", year: 2026, quarter: 1 },
      { monthsEarlier: 1, cutOffDay: null },
      "2025-12-01",
      "2026-02-28",
    ],
    // Two months early: the window seed 002's dates fit.
    [
      { kind: "year", year: 2026 },
      { monthsEarlier: 2, cutOffDay: null },
      "2025-11-01",
      "2026-10-31",
    ],
    [
      { kind: "thematic", title: "X", from: "2026-03-01", to: "2026-03-31" },
      { monthsEarlier: 2, cutOffDay: 14 },
      "2026-03-01",
      "2026-03-31",
    ],
  ])("%j under %j covers %s to %s", (period, window, from, to) => {
    expect(dataWindow(period, window)).toEqual({ from, to });
  });

  it("consecutive windows join without a gap or an overlap, for every window shape", () => {
    for (const window of [
      CALENDAR_WINDOW,
      { monthsEarlier: 0, cutOffDay: 14 },
      { monthsEarlier: 1, cutOffDay: null },
      { monthsEarlier: 3, cutOffDay: 28 },
    ]) {
      const months = [2025, 2026].flatMap((year) => periodsOfYear("month", year));
      const ranges = months.map((p) => dataWindow(p, window));
      for (let i = 1; i < ranges.length; i += 1) {
        expect(ranges[i]!.from).toBe(plusDays(ranges[i - 1]!.to, 1));
      }
      const y2025 = dataWindow({ kind: "year", year: 2025 }, window);
      const y2026 = dataWindow({ kind: "year", year: 2026 }, window);
      expect(ranges[0]!.from).toBe(y2025.from);
      expect(ranges[11]!.to).toBe(y2025.to);
      expect(ranges[12]!.from).toBe(y2026.from);
    }
  });

  it.each([
    [{ monthsEarlier: 12, cutOffDay: null }, "Số tháng chốt sớm phải từ 0 đến 11."],
    [{ monthsEarlier: -1, cutOffDay: null }, "Số tháng chốt sớm phải từ 0 đến 11."],
    [
      { monthsEarlier: 0, cutOffDay: 29 },
      "Ngày chốt số liệu phải từ 1 đến 28 (để tháng nào cũng có), hoặc để trống để chốt cuối tháng.",
    ],
  ])("a bad window is refused: %j", (window, message) => {
    expect(refusal(() => dataWindow({ kind: "year", year: 2026 }, window))).toMatchObject({
      reason: "invalid_calendar",
      message,
    });
  });
});

describe("issue #6 (bad input): an indicator for a period that has not ended is refused", () => {
  const h1: Period = { kind: "six_months", year: 2026 };

  it("the last day of the period is still inside it (refused); the day after, it has ended", () => {
    const range = dataWindow(h1);
    expect(hasEnded(range, "2026-06-30")).toBe(false);
    expect(hasEnded(range, "2026-07-01")).toBe(true);
    expect(indicatorRange(h1, "2026-07-01")).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(refusal(() => indicatorRange(h1, "2026-06-30"))).toMatchObject({
      reason: "period_not_ended",
      status: 400,
      field: "period",
      message:
        "Chưa tính được chỉ tiêu 6 tháng đầu năm 2026 (số liệu từ 01/01/2026 đến 30/06/2026) vì kỳ này chưa kết thúc; chỉ tính được từ ngày 01/07/2026.",
    });
  });

  it("with a data window one month early the figures close on 31/05: 31/05 refused, 01/06 allowed", () => {
    const early = { monthsEarlier: 1, cutOffDay: null };
    expect(() => indicatorRange(h1, "2026-05-31", early)).toThrow(ReportingError);
    expect(indicatorRange(h1, "2026-06-01", early)).toEqual({
      from: "2025-12-01",
      to: "2026-05-31",
    });
  });
});

describe("R99 — seed 003 (Công văn 109-CV/ĐU §7): 6-month before 10/6, yearly before 10/12", () => {
  it("R99, seed 003: with the figures closed a month early, 6-month 2026 covers 01/12/2025–31/05/2026; last day on time Tue 09/06/2026", () => {
    expect(regularReportDue(seed003(), { kind: "six_months", year: 2026 }, calendar)).toEqual({
      period: { kind: "six_months", year: 2026 },
      window: { from: "2025-12-01", to: "2026-05-31" },
      stated: "2026-06-10",
      lastDay: "2026-06-09",
      explanation:
        "Báo cáo 6 tháng đầu năm 2026 (số liệu từ 01/12/2025 đến 31/05/2026) gửi trước ngày 10/06/2026, tức chậm nhất ngày 09/06/2026 (R99, Công văn 109-CV/ĐU ngày 28/8/2025, mục 7).",
    });
    expect(regularReportDue(seed003(), { kind: "year", year: 2026 }, calendar)).toMatchObject({
      window: { from: "2025-12-01", to: "2026-11-30" },
      stated: "2026-12-10",
      lastDay: "2026-12-09",
    });
  });

  it("R99, seed 003: calendar windows (to 30/06) and the 15th-to-14th window (to 14/06) end after the due date, so the calendar is refused", () => {
    for (const window of [CALENDAR_WINDOW, { monthsEarlier: 0, cutOffDay: 14 }]) {
      const error = refusal(() => checkReportingCalendar(seed003({ window }), 2026, calendar));
      expect(error.reason).toBe("due_before_data_end");
    }
    expect(
      refusal(() =>
        regularReportDue(
          seed003({ window: CALENDAR_WINDOW }),
          { kind: "six_months", year: 2026 },
          calendar,
        ),
      ).message,
    ).toBe(
      "Báo cáo 6 tháng đầu năm 2026 phải gửi trước ngày 10/06/2026, tức chậm nhất ngày 09/06/2026, nhưng số liệu của kỳ tính đến hết ngày 30/06/2026: Ban Thường vụ Đảng ủy phường Hồng An cần đặt kỳ chốt số liệu kết thúc trước hạn gửi (R99, Công văn 109-CV/ĐU ngày 28/8/2025, mục 7).",
    );
    expect(() => checkReportingCalendar(seed003(), 2026, calendar)).not.toThrow();
  });

  it("R99: the figures must close before the last day on time — ending on it is refused, the day before is accepted", () => {
    const by = (month: number, day: number): ReportingCalendar =>
      seed003({
        reports: [{ kind: "six_months", due: { at: "day_of_year", month, day, wording: "by" } }],
      });
    // Figures to 31/05: due "chậm nhất 31/5" is refused, "chậm nhất 01/6" accepted.
    expect(refusal(() => checkReportingCalendar(by(5, 31), 2026, calendar)).reason).toBe(
      "due_before_data_end",
    );
    const h1 = { kind: "six_months" as const, year: 2026 };
    expect(regularReportDue(by(6, 1), h1, calendar).lastDay).toBe("2026-06-01");
  });
});

describe("R99 — seed 002 (LĐLĐ plan 2024 §III): 6-month before 25/5, yearly before 05/11", () => {
  it("R99, seed 002: a window two months early fits (6-month 01/11/2025–30/04/2026); one month early does not (31/05 ≥ 24/05)", () => {
    expect(() => checkReportingCalendar(seed002(), 2026, calendar)).not.toThrow();
    expect(
      refusal(() =>
        checkReportingCalendar(
          seed002({ window: { monthsEarlier: 1, cutOffDay: null } }),
          2026,
          calendar,
        ),
      ).reason,
    ).toBe("due_before_data_end");
    expect(regularReportDue(seed002(), { kind: "year", year: 2026 }, calendar)).toMatchObject({
      window: { from: "2025-11-01", to: "2026-10-31" },
      lastDay: "2026-11-04",
    });
  });

  it("R99, seed 002: the last day on time, Sun 24/05/2026, stays put by default — the seeds say nothing about days off", () => {
    const due = regularReportDue(seed002(), { kind: "six_months", year: 2026 }, calendar);
    expect(due.lastDay).toBe("2026-05-24");
    expect(due.rolledFrom).toBeUndefined();
    expect(due.explanation).toBe(
      "Báo cáo 6 tháng đầu năm 2026 (số liệu từ 01/11/2025 đến 30/04/2026) gửi trước ngày 25/05/2026, tức chậm nhất ngày 24/05/2026; Chủ nhật, ngày 24/05/2026 là ngày nghỉ, hạn vẫn giữ nguyên vì lịch báo cáo không cho lùi hạn (R99, Kế hoạch thực hiện dân chủ ở cơ sở năm 2024 của LĐLĐ huyện, mục III).",
    );
  });

  it("R99 + BLDS 2015 Art 148.5 (by analogy, when the issuer opts in): Sun 24/05/2026 moves to Mon 25/05", () => {
    const due = regularReportDue(
      seed002({ rollPastDaysOff: true }),
      { kind: "six_months", year: 2026 },
      calendar,
    );
    expect(due).toMatchObject({ lastDay: "2026-05-25", rolledFrom: "2026-05-24" });
    expect(due.explanation).toContain(
      "Chủ nhật, ngày 24/05/2026 là ngày nghỉ nên hạn chuyển sang thứ Hai, ngày 25/05/2026 (BLDS 2015 Điều 148.5, áp dụng theo lịch báo cáo)",
    );
  });
});

describe("R99: monthly and quarterly dates relative to the period, and reports on request", () => {
  const monthly = (day: number, wording: "before" | "by" = "by"): ReportingCalendar =>
    seed003({
      window: CALENDAR_WINDOW,
      reports: [{ kind: "month", due: { at: "day_after_period", monthsAfter: 1, day, wording } }],
    });

  it.each([
    [{ kind: "month" as const, year: 2026, month: 3 }, 20, "2026-04-20"],
    [{ kind: "month" as const, year: 2026, month: 12 }, 20, "2027-01-20"],
    // "ngày 31 tháng sau" in February is its last day (BLDS Art 148.2).
    [{ kind: "month" as const, year: 2026, month: 1 }, 31, "2026-02-28"],
  ])("R99: %j due on day %i of the next month → %s", (period, day, lastDay) => {
    expect(regularReportDue(monthly(day), period, calendar).lastDay).toBe(lastDay);
  });

  it("R99: a quarterly report due by the 20th of the quarter's last month with figures to the 14th; Sat 20/06/2026 rolls to Mon 22/06 only when the issuer opts in", () => {
    const quarterly = (roll: boolean) =>
      seed003({
        window: { monthsEarlier: 0, cutOffDay: 14 },
        rollPastDaysOff: roll,
        reports: [
          {
            kind: "quarter",
            due: { at: "day_after_period", monthsAfter: 0, day: 20, wording: "by" },
          },
        ],
      });
    const q2 = { kind: "quarter" as const, year: 2026, quarter: 2 };
    expect(regularReportDue(quarterly(false), q2, calendar)).toMatchObject({
      window: { from: "2026-03-15", to: "2026-06-14" },
      lastDay: "2026-06-20",
    });
    expect(regularReportDue(quarterly(true), q2, calendar).lastDay).toBe("2026-06-22");
  });

  it("R99: a report on request keeps its own date; 30/04/2026 (a holiday) rolls past 1/5 and the weekend to Mon 04/05 only when the issuer opts in", () => {
    const request = {
      period: {
        kind: "thematic" as const,
        title: "Đối thoại tại nơi làm việc",
        from: "2026-01-01",
        to: "2026-03-31",
      },
      due: { date: "2026-04-30", wording: "by" as const },
    };
    expect(thematicReportDue(seed003(), request, calendar).lastDay).toBe("2026-04-30");
    expect(thematicReportDue(seed003({ rollPastDaysOff: true }), request, calendar)).toMatchObject({
      lastDay: "2026-05-04",
      rolledFrom: "2026-04-30",
    });
    expect(
      refusal(() =>
        thematicReportDue(
          seed003(),
          { ...request, due: { date: "2026-03-31", wording: "by" } },
          calendar,
        ),
      ).reason,
    ).toBe("due_before_data_end");
  });
});

describe("R99: a calendar is checked before it is saved", () => {
  it.each<[Partial<ReportingCalendar>, string]>([
    [{ issuer: " " }, "Chưa ghi cơ quan nhận báo cáo."],
    [{ source: "" }, "Chưa ghi văn bản quy định lịch báo cáo."],
    [
      {
        reports: [
          { kind: "year", due: { at: "day_of_year", month: 12, day: 10, wording: "before" } },
          { kind: "year", due: { at: "day_of_year", month: 12, day: 15, wording: "before" } },
        ],
      },
      "Lịch báo cáo có hai hạn cho báo cáo năm.",
    ],
    [
      { reports: [{ kind: "year", due: { at: "day_of_year", month: 2, day: 29, wording: "by" } }] },
      "Hạn gửi ngày 29/2 không có trong mọi năm.",
    ],
    [
      { reports: [{ kind: "year", due: { at: "day_of_year", month: 4, day: 31, wording: "by" } }] },
      "Hạn gửi ngày 31/4 không có trong mọi năm.",
    ],
  ])("refused: %j", (over, message) => {
    expect(refusal(() => checkReportingCalendar(seed003(over), 2026, calendar))).toMatchObject({
      reason: "invalid_calendar",
      message,
    });
  });

  it("a report kind the calendar does not schedule is refused by name", () => {
    expect(
      refusal(() =>
        regularReportDue(seed003(), { kind: "quarter", year: 2026, quarter: 1 }, calendar),
      ).message,
    ).toBe("Lịch báo cáo của Ban Thường vụ Đảng ủy phường Hồng An không có báo cáo quý.");
  });
});
