import { describe, expect, it } from "vitest";
import {
  Calendar,
  CalendarError,
  civilServiceCalendar,
  computeDeadline,
  type DeadlineSpec,
  deadlineFromVersions,
  type LocalDate,
  type TimeLimit,
  timeLimitInForce,
} from "./index.ts";

const d = (iso: string) => iso as LocalDate;
const civil = civilServiceCalendar();

function errorOf(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error("expected a CalendarError");
}

const spec = (overrides: Partial<DeadlineSpec>): DeadlineSpec => ({
  unit: "D",
  n: 30,
  trigger: d("2026-03-31"),
  provision: "Luật Khiếu nại 2011, Điều 28",
  effectiveFrom: d("2012-07-01"),
  ...overrides,
});

describe("T3 (BLDS Art 148.5; BLLĐ Art 112): a D(n) deadline that rolls", () => {
  it("30 days from 31/03/2026 roll past 30/4, 1/5 and the weekend to Mon 04/05/2026", () => {
    expect(computeDeadline(civil, spec({}))).toEqual({
      due: "2026-05-04",
      endsAt: "24:00",
      unit: "D",
      n: 30,
      trigger: "2026-03-31",
      provision: "Luật Khiếu nại 2011, Điều 28",
      effectiveFrom: "2012-07-01",
      rolledFrom: "2026-04-30",
      explanation:
        "Thời hạn 30 ngày tính từ ngày 31/03/2026 (không tính ngày đó, Điều 147 BLDS 2015) có " +
        "ngày cuối cùng là thứ Năm, ngày 30/04/2026, là ngày nghỉ lễ, tết (Ngày Chiến thắng); " +
        "theo khoản 5 Điều 148 BLDS 2015, thời hạn kết thúc lúc 24:00 ngày làm việc tiếp theo: " +
        "thứ Hai, ngày 04/05/2026. Căn cứ: Luật Khiếu nại 2011, Điều 28.",
    });
  });
});

describe("T4 (Luật Tố cáo Art 24.1; Tết 2026 notice): a WD(n) deadline", () => {
  it("7 working days from receipt on Fri 13/02/2026 (Tết off 14–22/02) fall on Tue 03/03/2026", () => {
    const deadline = computeDeadline(
      civil,
      spec({
        unit: "WD",
        n: 7,
        trigger: d("2026-02-13"),
        provision: "Luật Tố cáo 2018, Điều 24.1",
        effectiveFrom: d("2019-01-01"),
      }),
    );
    expect(deadline.due).toBe("2026-03-03");
    expect(deadline.rolledFrom).toBeUndefined();
    expect(deadline.explanation).toBe(
      "Thời hạn 07 ngày làm việc tính từ ngày 13/02/2026 (không tính ngày đó; không tính ngày " +
        "nghỉ hằng tuần, ngày nghỉ lễ, tết) kết thúc lúc 24:00 thứ Ba, ngày 03/03/2026. " +
        "Căn cứ: Luật Tố cáo 2018, Điều 24.1.",
    );
  });
});

describe("T2 (BLDS Art 148.1, 148.5–6) in deadlines", () => {
  it("ending on a Friday: D(4) from Mon 02/03/2026 is due Fri 06/03, not rolled", () => {
    const deadline = computeDeadline(civil, spec({ n: 4, trigger: d("2026-03-02") }));
    expect(deadline.due).toBe("2026-03-06");
    expect(deadline.rolledFrom).toBeUndefined();
    expect(deadline.explanation).toBe(
      "Thời hạn 04 ngày tính từ ngày 02/03/2026 (không tính ngày đó, Điều 147 BLDS 2015) kết " +
        "thúc lúc 24:00 thứ Sáu, ngày 06/03/2026 (Điều 148 BLDS 2015). " +
        "Căn cứ: Luật Khiếu nại 2011, Điều 28.",
    );
  });

  it("ending on a Saturday: D(5) from Mon 02/03/2026 rolls from Sat 07/03 to Mon 09/03", () => {
    const deadline = computeDeadline(civil, spec({ n: 5, trigger: d("2026-03-02") }));
    expect(deadline.due).toBe("2026-03-09");
    expect(deadline.rolledFrom).toBe("2026-03-07");
    expect(deadline.explanation).toContain(
      "có ngày cuối cùng là thứ Bảy, ngày 07/03/2026, là ngày nghỉ hằng tuần;",
    );
  });

  it("ending on a bridge day: D(1) from 01/01/2026 rolls from Fri 02/01 to Mon 05/01 and says why", () => {
    const deadline = computeDeadline(civil, spec({ n: 1, trigger: d("2026-01-01") }));
    expect(deadline.due).toBe("2026-01-05");
    expect(deadline.rolledFrom).toBe("2026-01-02");
    expect(deadline.explanation).toContain(
      "là ngày nghỉ theo lịch công bố (Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026));",
    );
  });

  it("ending on an employer's T6 day off: D(10) from 16/04/2026 rolls from Sun 26/04 past Mon 27/04", () => {
    const employer = new Calendar({ audience: "employer:acme" });
    const deadline = computeDeadline(employer, spec({ n: 10, trigger: d("2026-04-16") }));
    expect(deadline.due).toBe("2026-04-28");
    expect(deadline.rolledFrom).toBe("2026-04-26");
  });
});

describe("T9 (law2.md §7.4): unit and provision are stored; no implicit conversion", () => {
  it("D(7) and WD(7) from the same trigger are different deadlines and keep their unit", () => {
    const trigger = d("2026-02-13");
    const days = computeDeadline(civil, spec({ unit: "D", n: 7, trigger }));
    const workingDays = computeDeadline(civil, spec({ unit: "WD", n: 7, trigger }));
    // 20/02 is mùng 4 Tết; the next working day is Mon 23/02.
    expect([days.unit, days.n, days.due, days.rolledFrom]).toEqual([
      "D",
      7,
      "2026-02-23",
      "2026-02-20",
    ]);
    expect([workingDays.unit, workingDays.n, workingDays.due]).toEqual(["WD", 7, "2026-03-03"]);
  });

  it("rejects a unit other than D or WD, instead of guessing", () => {
    const bad = spec({ unit: "M" as never });
    expect(() => computeDeadline(civil, bad)).toThrow(
      'Đơn vị thời hạn phải là "D" (ngày) hoặc "WD" (ngày làm việc), nhận được: "M".',
    );
  });

  it("rejects n ≤ 0 and fractions, and a missing provision", () => {
    expect(() => computeDeadline(civil, spec({ n: -3 }))).toThrow(
      "Thời hạn phải là số nguyên dương, nhận được: -3.",
    );
    expect(errorOf(() => computeDeadline(civil, spec({ n: 0 }))).reason).toBe("invalid_period");
    expect(errorOf(() => computeDeadline(civil, spec({ n: 2.5 }))).reason).toBe("invalid_period");
    expect(() => computeDeadline(civil, spec({ provision: " " }))).toThrow(
      "Thời hạn phải ghi rõ điều khoản quy định.",
    );
  });

  it("rejects an invalid trigger date", () => {
    expect(errorOf(() => computeDeadline(civil, spec({ trigger: d("2026-02-30") }))).reason).toBe(
      "invalid_date",
    );
  });

  it("refuses a version that was not yet in force on the trigger day", () => {
    const early = spec({ trigger: d("2026-06-30"), effectiveFrom: d("2026-07-01") });
    expect(() => computeDeadline(civil, early)).toThrow(
      'Quy định "Luật Khiếu nại 2011, Điều 28" chỉ áp dụng từ ngày 01/07/2026, sự kiện xảy ra ngày 30/06/2026.',
    );
  });
});

describe("T16: the version of a time limit in force on the trigger day", () => {
  // Complaint acceptance: WD(10) until 30/06/2026, WD(7) from 01/07/2026 (NĐ 155/2026). The
  // start date of the WD(10) version is illustrative: only the 01/07/2026 switch matters here.
  const acceptance: TimeLimit[] = [
    {
      unit: "WD",
      n: 7,
      provision: "NĐ 124/2020 Điều 16.1, sửa đổi bởi NĐ 155/2026 Điều 10",
      effectiveFrom: d("2026-07-01"),
    },
    {
      unit: "WD",
      n: 10,
      provision: "TT 07/2013/TT-TTCP Điều 5.1 (sửa đổi 2016)",
      effectiveFrom: d("2016-01-01"),
    },
  ];

  it("on Tue 30/06/2026 the old WD(10) applies: due Tue 14/07/2026", () => {
    expect(timeLimitInForce(acceptance, "2026-06-30").n).toBe(10);
    const deadline = deadlineFromVersions(civil, acceptance, "2026-06-30");
    expect([deadline.unit, deadline.n, deadline.due]).toEqual(["WD", 10, "2026-07-14"]);
    expect(deadline.provision).toBe("TT 07/2013/TT-TTCP Điều 5.1 (sửa đổi 2016)");
  });

  it("on Wed 01/07/2026 the new WD(7) applies: due Fri 10/07/2026", () => {
    const deadline = deadlineFromVersions(civil, acceptance, "2026-07-01");
    expect([deadline.unit, deadline.n, deadline.due, deadline.effectiveFrom]).toEqual([
      "WD",
      7,
      "2026-07-10",
      "2026-07-01",
    ]);
  });

  it("has no answer before the first version, and rejects two versions from the same day", () => {
    expect(() => timeLimitInForce(acceptance, "2015-12-31")).toThrow(
      "Không có quy định về thời hạn nào có hiệu lực vào ngày 31/12/2015.",
    );
    const clash = [...acceptance, { ...acceptance[0]!, n: 5 }];
    expect(errorOf(() => timeLimitInForce(clash, "2026-08-01")).reason).toBe("invalid_data");
  });
});
