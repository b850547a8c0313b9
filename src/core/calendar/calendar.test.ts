import { describe, expect, it } from "vitest";
import type { AnnouncedCalendar } from "./announced.ts";
import { Calendar, civilServiceCalendar } from "./calendar.ts";
import { CalendarError } from "./errors.ts";
import type { LocalDate } from "./local-date.ts";

const d = (iso: string) => iso as LocalDate;
const civil = civilServiceCalendar();
const employer = new Calendar({ audience: "employer:acme" });

function errorOf(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error("expected a CalendarError");
}

const summary = (calendar: Calendar, year: number) =>
  calendar.specialDays(year).map((day) => `${day.date} ${day.kind}`);

describe("the civil-service calendar of 2025 and 2026 (law2.md §7.2)", () => {
  it("2026: New Year 01–04/01 with Fri 02/01 bridged and Sat 10/01 worked; Tết 14–22/02; statutory rest", () => {
    expect(summary(civil, 2026)).toEqual([
      "2026-01-01 holiday",
      "2026-01-02 bridge",
      "2026-01-10 makeUpWorkday",
      "2026-02-16 holiday",
      "2026-02-17 holiday",
      "2026-02-18 holiday",
      "2026-02-19 holiday",
      "2026-02-20 holiday",
      "2026-04-26 holiday",
      "2026-04-30 holiday",
      "2026-05-01 holiday",
      "2026-09-01 holiday",
      "2026-09-02 holiday",
    ]);
    const days = ["2026-02-14", "2026-02-15", "2026-02-21", "2026-02-22", "2026-02-23"];
    expect(days.map((day) => civil.isWorkingDay(day))).toEqual([false, false, false, false, true]);
    expect(civil.isWorkingDay("2026-02-13")).toBe(true);
  });

  it("2025: Tết 25/01–02/02, 30/4–04/5 with Sat 26/4 worked, National Day 30/8–02/9", () => {
    expect(summary(civil, 2025)).toEqual([
      "2025-01-01 holiday",
      "2025-01-27 bridge",
      "2025-01-28 holiday",
      "2025-01-29 holiday",
      "2025-01-30 holiday",
      "2025-01-31 holiday",
      "2025-02-01 holiday",
      "2025-04-07 holiday",
      "2025-04-26 makeUpWorkday",
      "2025-04-30 holiday",
      "2025-05-01 holiday",
      "2025-05-02 bridge",
      "2025-09-01 holiday",
      "2025-09-02 holiday",
    ]);
    const offRuns = ["2025-01-24", "2025-01-25", "2025-02-02", "2025-02-03", "2025-08-29"];
    expect(offRuns.map((day) => civil.isWorkingDay(day))).toEqual([true, false, false, true, true]);
    expect(civil.isWorkingDay("2025-08-30")).toBe(false);
    expect(civil.isWorkingDay("2025-09-03")).toBe(true);
  });

  it("names each holiday and cites its source; the 2026 National Day pair is flagged as defaulted", () => {
    expect(civil.holidayOn("2026-04-30")).toEqual({
      date: "2026-04-30",
      name: "Ngày Chiến thắng",
      source: "BLLĐ 45/2019/QH14, Điều 112.1.c",
      defaulted: false,
    });
    expect(civil.holidayOn("2026-02-17")).toEqual({
      date: "2026-02-17",
      name: "Tết Âm lịch (mùng 1)",
      source: "Thông báo nghỉ Tết Bính Ngọ 2026 (Bộ Nội vụ)",
      defaulted: false,
    });
    expect(civil.holidayOn("2026-09-01")?.defaulted).toBe(true);
    expect(civil.holidayOn("2025-09-01")?.defaulted).toBe(false);
    expect(civil.holidayOn("2026-01-02")).toBeUndefined();
    expect(civil.isHoliday("2026-01-02")).toBe(false);
    expect(civil.describeDay("2026-01-02")).toEqual({
      date: "2026-01-02",
      kind: "bridge",
      working: false,
      name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)",
      source: "VPCP 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 2026",
    });
    expect(civil.describeDay("2026-02-14")).toEqual({
      date: "2026-02-14",
      kind: "weeklyRest",
      working: false,
    });
  });
});

describe("T7 (VPCP 12729/VPCP-KGVX): a swapped Saturday is a working day", () => {
  it("Sat 10/01/2026 is a working day for civil servants, a rest day for an employer", () => {
    expect(civil.isWorkingDay("2026-01-10")).toBe(true);
    expect(civil.describeDay("2026-01-10").kind).toBe("makeUpWorkday");
    expect(employer.isWorkingDay("2026-01-10")).toBe(false);
    expect(employer.isWorkingDay("2026-01-02")).toBe(true);
  });

  it("it counts as a working day: 1 WD after Fri 09/01/2026 is Sat 10/01, 2 WD is Mon 12/01", () => {
    expect(civil.addWorkingDays("2026-01-09", 1)).toBe("2026-01-10");
    expect(civil.addWorkingDays("2026-01-09", 2)).toBe("2026-01-12");
    expect(civil.nextWorkingDay("2026-01-09")).toBe("2026-01-10");
  });
});

describe("T8 (NQ 80-NQ/TW): 24/11 is a holiday only once the data marks it", () => {
  it("Tue 24/11/2026 is an ordinary working day by default", () => {
    expect(civil.isHoliday("2026-11-24")).toBe(false);
    expect(civil.isWorkingDay("2026-11-24")).toBe(true);
  });

  it("becomes a holiday when a legal act is loaded at runtime", () => {
    const cultureDay: AnnouncedCalendar = {
      year: 2026,
      audience: "civilService",
      days: [{ date: d("2026-11-24"), kind: "holiday", name: "Ngày Văn hóa Việt Nam" }],
      sourceDocument: "Văn bản giả định (kiểm thử)",
    };
    const calendar = civilServiceCalendar([cultureDay]);
    expect(calendar.holidayOn("2026-11-24")).toEqual({
      date: "2026-11-24",
      name: "Ngày Văn hóa Việt Nam",
      source: "Văn bản giả định (kiểm thử)",
      defaulted: false,
    });
    expect(calendar.isWorkingDay("2026-11-24")).toBe(false);
    expect(civil.withAnnounced([cultureDay]).isHoliday("2026-11-24")).toBe(true);
    expect(civil.isHoliday("2026-11-24")).toBe(false); // the shared calendar is untouched
  });
});

describe("T6 (BLLĐ Art 111.3): a holiday on the weekly rest day gives the next working day off", () => {
  it("employer: Giỗ Tổ on Sun 26/04/2026 gives Mon 27/04/2026 off", () => {
    expect(employer.describeDay("2026-04-27")).toEqual({
      date: "2026-04-27",
      kind: "compensatoryDayOff",
      working: false,
      name: "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026 trùng ngày nghỉ hằng tuần)",
      source: "BLLĐ 45/2019/QH14, Điều 111.3",
    });
    expect(employer.isHoliday("2026-04-27")).toBe(false);
  });

  it("employer: default Tết 2027 (05–09/02) has Sat 06 and Sun 07 → Wed 10 and Thu 11/02 off; Sat 01/05/2027 → Mon 03/05", () => {
    expect(summary(employer, 2027).filter((s) => s.endsWith("compensatoryDayOff"))).toEqual([
      "2027-02-10 compensatoryDayOff",
      "2027-02-11 compensatoryDayOff",
      "2027-05-03 compensatoryDayOff",
    ]);
    expect(employer.isWorkingDay("2027-02-12")).toBe(true);
  });

  it("employer resting on Sundays only: Sun 07/02/2027 → Wed 10/02 off; Sat 01/05/2027 is not a rest day", () => {
    const sundayOnly = new Calendar({ audience: "employer:factory", weeklyRestDays: [0] });
    expect(summary(sundayOnly, 2027).filter((s) => s.endsWith("compensatoryDayOff"))).toEqual([
      "2027-02-10 compensatoryDayOff",
    ]);
    expect(sundayOnly.isWorkingDay("2027-02-13")).toBe(true);
    expect(sundayOnly.isWorkingDay("2027-05-03")).toBe(true);
  });

  it("civil service: the announced data governs, so no day is added automatically (Mon 27/04/2026 and Wed 10/02/2027 are working days)", () => {
    expect(civil.compensatesHolidaysOnRestDays).toBe(false);
    expect(civil.isWorkingDay("2026-04-27")).toBe(true);
    expect(civil.isWorkingDay("2027-02-10")).toBe(true);
    expect(civil.isWorkingDay("2027-05-03")).toBe(true);
  });

  it("civil service can opt in explicitly when a notice is missing", () => {
    const optedIn = new Calendar({ audience: "civilService", compensateHolidaysOnRestDays: true });
    expect(optedIn.isWorkingDay("2026-04-27")).toBe(false);
    expect(optedIn.describeDay("2026-04-27").kind).toBe("compensatoryDayOff");
  });
});

describe("announced data replaces statutory defaults (BLLĐ Art 112.3)", () => {
  it("a notice choosing 03/09/2026 makes Tue 01/09/2026 a working day again", () => {
    const calendar = civil.withAnnounced([
      {
        year: 2026,
        audience: "civilService",
        days: [{ date: d("2026-09-03"), kind: "holiday", name: "Quốc khánh (ngày liền kề)" }],
        sourceDocument: "Thông báo giả định (kiểm thử)",
      },
    ]);
    expect(calendar.isWorkingDay("2026-09-01")).toBe(true);
    expect(calendar.isHoliday("2026-09-03")).toBe(true);
    expect(calendar.isHoliday("2026-09-02")).toBe(true);
  });

  it("a Tết 2027 notice replaces the five default days as a whole", () => {
    const tet2027 = ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"];
    const calendar = civil.withAnnounced([
      {
        year: 2027,
        audience: "civilService",
        days: tet2027.map((date) => ({ date: d(date), kind: "holiday" as const, name: "Tết" })),
        sourceDocument: "Thông báo giả định (kiểm thử)",
      },
    ]);
    expect(summary(calendar, 2027).slice(1, 6)).toEqual(tet2027.map((day) => `${day} holiday`));
    expect(calendar.isHoliday("2027-02-06")).toBe(false); // the default mùng 1 gave way
    expect(civil.isHoliday("2027-02-06")).toBe(true);
  });

  it("an employer's notice does not touch the civil-service calendar, nor the reverse", () => {
    const calendar = new Calendar({
      audience: "employer:acme",
      additionalAnnounced: [
        {
          year: 2026,
          audience: "employer:acme",
          days: [{ date: d("2026-12-31"), kind: "bridge", name: "Nghỉ cuối năm" }],
          sourceDocument: "Thông báo của công ty (kiểm thử)",
        },
      ],
    });
    expect(calendar.isWorkingDay("2026-12-31")).toBe(false);
    expect(civil.isWorkingDay("2026-12-31")).toBe(true);
  });
});

describe("bad data and bad input", () => {
  const record = (days: AnnouncedCalendar["days"]): AnnouncedCalendar => ({
    year: 2026,
    audience: "civilService",
    days,
    sourceDocument: "Kiểm thử",
  });

  it("rejects an announced date that does not exist", () => {
    const bad = record([{ date: d("2026-02-30"), kind: "holiday", name: "X" }]);
    expect(errorOf(() => civilServiceCalendar([bad])).reason).toBe("invalid_date");
  });

  it("rejects a day given two different kinds", () => {
    const bad = record([
      { date: d("2026-03-07"), kind: "makeUpWorkday", name: "Làm bù" },
      { date: d("2026-03-07"), kind: "bridge", name: "Nghỉ" },
    ]);
    expect(() => civilServiceCalendar([bad])).toThrow(
      'Dữ liệu lịch nghỉ không hợp lệ: ngày 2026-03-07 vừa là "makeUpWorkday" vừa là "bridge".',
    );
  });

  it("rejects turning a holiday fixed by law into a working day", () => {
    const bad = record([{ date: d("2026-04-30"), kind: "makeUpWorkday", name: "Làm bù" }]);
    expect(() => civilServiceCalendar([bad])).toThrow(
      'Dữ liệu lịch nghỉ không hợp lệ: ngày 30/04/2026 là ngày nghỉ lễ theo luật (Ngày Chiến thắng), không thể là "makeUpWorkday".',
    );
  });

  it("rejects an unknown audience, kind or weekly rest day", () => {
    const badAudience = { ...record([]), audience: "province:01" } as unknown as AnnouncedCalendar;
    expect(errorOf(() => civilServiceCalendar([badAudience])).reason).toBe("invalid_data");
    const badKind = record([{ date: d("2026-03-09"), kind: "vacation", name: "X" } as never]);
    expect(errorOf(() => civilServiceCalendar([badKind])).reason).toBe("invalid_data");
    expect(
      errorOf(() => new Calendar({ audience: "civilService", weeklyRestDays: [7 as never] }))
        .reason,
    ).toBe("invalid_data");
  });

  it("rejects negative and fractional periods with a Vietnamese message", () => {
    expect(() => civil.addCalendarDays("2026-03-02", -1)).toThrow(
      "Số ngày phải là số nguyên từ 0 đến 100000, nhận được: -1.",
    );
    expect(() => civil.addWorkingDays("2026-03-02", -3)).toThrow(
      "Số ngày làm việc phải là số nguyên từ 0 đến 100000, nhận được: -3.",
    );
    expect(errorOf(() => civil.addWorkingDays("2026-03-02", 1.5)).reason).toBe("invalid_period");
    expect(errorOf(() => civil.addMonths("2026-03-02", -1)).reason).toBe("invalid_period");
  });

  it("rejects an invalid date string passed to any operation", () => {
    expect(() => civil.addCalendarDays("2026-02-30", 1)).toThrow(
      'Ngày không hợp lệ: "2026-02-30" (tháng 2 năm 2026 chỉ có 28 ngày).',
    );
    expect(errorOf(() => civil.isWorkingDay("30/04/2026")).reason).toBe("invalid_date");
  });

  it("refuses years it cannot compute holidays for", () => {
    expect(() => civil.isWorkingDay("2300-01-02")).toThrow(
      "Lịch ngày làm việc chỉ tính cho các năm từ 1800 đến 2199, nhận được năm 2300.",
    );
  });
});
