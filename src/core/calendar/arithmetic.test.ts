import { describe, expect, it } from "vitest";
import { Calendar, civilServiceCalendar } from "./calendar.ts";

const civil = civilServiceCalendar();
const employer = new Calendar({ audience: "employer:acme" });

describe("T1 (BLDS Art 147.2–3): the first day is not counted", () => {
  it("1 day from Tue 31/03/2026 is Wed 01/04/2026", () => {
    expect(civil.addCalendarDays("2026-03-31", 1)).toBe("2026-04-01");
  });

  it("1 working day from Mon 02/03/2026 is Tue 03/03 (by analogy, law2.md §7.4); from Fri 06/03 it is Mon 09/03", () => {
    expect(civil.addWorkingDays("2026-03-02", 1)).toBe("2026-03-03");
    expect(civil.addWorkingDays("2026-03-06", 1)).toBe("2026-03-09");
  });

  it("a receipt on a rest day still starts the count the next day: 1 WD from Sat 07/03/2026 is Mon 09/03", () => {
    expect(civil.addWorkingDays("2026-03-07", 1)).toBe("2026-03-09");
  });

  it("0 working days is the trigger day itself", () => {
    expect(civil.addWorkingDays("2026-03-07", 0)).toBe("2026-03-07");
  });
});

describe("T2 (BLDS Art 148.1, 148.5–6): end at 24:00 of the last day, or of the next working day", () => {
  it("a period ending on a Friday ends that Friday: 4 days from Mon 02/03/2026 → Fri 06/03", () => {
    expect(civil.addCalendarDays("2026-03-02", 4)).toBe("2026-03-06");
  });

  it("a period ending on a Saturday rolls to Monday: 5 days from Mon 02/03/2026 → Mon 09/03", () => {
    expect(civil.addCalendarDays("2026-03-02", 5)).toBe("2026-03-09");
  });

  it("a period ending on a Sunday rolls to Monday: 6 days from Mon 02/03/2026 → Mon 09/03", () => {
    expect(civil.addCalendarDays("2026-03-02", 6)).toBe("2026-03-09");
  });

  it("a period ending on a make-up Saturday (T7) does not roll: 1 day from Fri 09/01/2026 → Sat 10/01", () => {
    expect(civil.addCalendarDays("2026-01-09", 1)).toBe("2026-01-10");
    expect(employer.addCalendarDays("2026-01-09", 1)).toBe("2026-01-12");
  });

  it("across the year boundary: 31 days from 01/12/2025 reach 01/01/2026 → civil service Mon 05/01 (bridge 02/01), employer Fri 02/01", () => {
    expect(civil.addCalendarDays("2025-12-01", 31)).toBe("2026-01-05");
    expect(employer.addCalendarDays("2025-12-01", 31)).toBe("2026-01-02");
  });

  it("ending on Giỗ Tổ, Sun 26/04/2026: civil service Mon 27/04; employer Tue 28/04 (27/04 is its T6 day off)", () => {
    expect(civil.addCalendarDays("2026-04-16", 10)).toBe("2026-04-27");
    expect(employer.addCalendarDays("2026-04-16", 10)).toBe("2026-04-28");
  });

  it("leap years: 1 day from 28/02/2024 is Thu 29/02/2024; from 28/02/2023 it is Wed 01/03/2023", () => {
    expect(civil.addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(civil.addCalendarDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(civil.addCalendarDays("2024-02-01", 29)).toBe("2024-03-01");
    expect(civil.addCalendarDays("2023-02-01", 29)).toBe("2023-03-02");
  });
});

describe("T3 (BLDS Art 148.5; BLLĐ Art 112)", () => {
  it("30 days from 31/03/2026 roll past 30/4, 1/5 and the weekend to Mon 04/05/2026", () => {
    expect(civil.addCalendarDays("2026-03-31", 30)).toBe("2026-05-04");
    expect(employer.addCalendarDays("2026-03-31", 30)).toBe("2026-05-04");
  });
});

describe("T4 (Luật Tố cáo Art 24.1; Tết 2026 notice)", () => {
  it("7 working days from receipt on Fri 13/02/2026, with Tết off 14–22/02, fall on Tue 03/03/2026", () => {
    expect(civil.addWorkingDays("2026-02-13", 7)).toBe("2026-03-03");
    expect(civil.workingDaysBetween("2026-02-13", "2026-03-03")).toBe(7);
  });
});

describe("working days", () => {
  it("nextWorkingDay skips the New Year bridge and weekend: after Wed 31/12/2025 comes Mon 05/01/2026", () => {
    expect(civil.nextWorkingDay("2025-12-31")).toBe("2026-01-05");
    expect(civil.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(civil.rollToWorkingDay("2026-02-13")).toBe("2026-02-13");
    expect(civil.rollToWorkingDay("2026-02-14")).toBe("2026-02-23");
  });

  it("2025's swap: 30/4–04/5 off, so 1 WD after Tue 29/04/2025 is Mon 05/05; Sat 26/04 was worked", () => {
    expect(civil.addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    expect(civil.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26");
  });

  it("workingDaysBetween counts after the first day up to the last, and is signed", () => {
    expect(civil.workingDaysBetween("2026-03-02", "2026-03-09")).toBe(5);
    expect(civil.workingDaysBetween("2026-03-09", "2026-03-02")).toBe(-5);
    expect(civil.workingDaysBetween("2026-03-02", "2026-03-02")).toBe(0);
    // 2026 for the civil service: 261 weekdays − 10 weekday holidays − 1 bridge + 1 make-up day.
    expect(civil.workingDaysBetween("2025-12-31", "2026-12-31")).toBe(251);
  });

  it("round-trips: workingDaysBetween(a, addWorkingDays(a, n)) = n", () => {
    for (const n of [1, 5, 10, 22, 60, 250]) {
      const due = civil.addWorkingDays("2025-12-20", n);
      expect(civil.workingDaysBetween("2025-12-20", due)).toBe(n);
    }
  });
});

describe("months and years (BLDS Art 148.2, then 148.5)", () => {
  it("31/01/2024 + 1 month = Thu 29/02/2024 (leap year)", () => {
    expect(civil.addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("31/01/2025 + 1 month = Fri 28/02/2025", () => {
    expect(civil.addMonths("2025-01-31", 1)).toBe("2025-02-28");
  });

  it("31/01/2026 + 1 month = Sat 28/02/2026, rolled to Mon 02/03/2026", () => {
    expect(civil.addMonths("2026-01-31", 1)).toBe("2026-03-02");
  });

  it("31/03/2026 + 1 month = 30/04/2026, a holiday, rolled to Mon 04/05/2026", () => {
    expect(civil.addMonths("2026-03-31", 1)).toBe("2026-05-04");
  });

  it("15/12/2025 + 2 months = Sun 15/02/2026, inside Tết, rolled to Mon 23/02/2026", () => {
    expect(civil.addMonths("2025-12-15", 2)).toBe("2026-02-23");
  });

  it("29/02/2024 + 1 year = Fri 28/02/2025; 02/09/2025 + 1 year = 02/09/2026 (holiday) → Thu 03/09/2026", () => {
    expect(civil.addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(civil.addYears("2025-09-02", 1)).toBe("2026-09-03");
  });
});
