import { describe, expect, it } from "vitest";
import { Calendar, civilServiceCalendar } from "../../../core/calendar/index.ts";
import { categoryOf } from "./catalogues.ts";
import { assessDeadline, publicationDeadline, publishedOnTime } from "./publish-deadline.ts";

const civil = civilServiceCalendar();
const workers = new Calendar({ audience: "employer:7" });
const commune2 = categoryOf("commune", "2")!;
const agency6 = categoryOf("agency", "6")!;
const soeB = categoryOf("state_enterprise", "b")!;
const due = (cal: Calendar, category = commune2, basis = "2026-03-02") =>
  publicationDeadline(cal, category.deadline, basis)?.due;

describe("R5 (Luật 10/2022 Art 12.3): commune disclosure within 05 working days of the basis document", () => {
  it("R5 (Art 12.3): basis Mon 02/03/2026 → due Mon 09/03; published on the 5th working day is on time, the 6th is late", () => {
    expect(due(civil)).toBe("2026-03-09");
    expect(publishedOnTime("2026-03-09", "2026-03-09")).toBe(true);
    expect(publishedOnTime("2026-03-09", "2026-03-10")).toBe(false);
    const onTime = assessDeadline({
      category: commune2,
      basisDate: "2026-03-02",
      publishedOn: "2026-03-09",
      today: "2026-03-20",
      calendar: civil,
    });
    expect(onTime).toEqual({
      rule: "R5",
      article: "Luật 10/2022 Điều 12.3",
      status: "ok",
      due: "2026-03-09",
      message:
        "Đã công khai ngày 09/03/2026, trong thời hạn (hạn chót 09/03/2026, 05 ngày làm việc kể từ ngày 02/03/2026) (R5, Luật 10/2022 Điều 12.3).",
    });
    const late = assessDeadline({
      category: commune2,
      basisDate: "2026-03-02",
      publishedOn: "2026-03-10",
      today: "2026-03-20",
      calendar: civil,
    });
    expect(late?.status).toBe("late");
    expect(late?.message).toBe(
      "Công khai ngày 10/03/2026, chậm so với thời hạn (hạn chót 09/03/2026, 05 ngày làm việc kể từ ngày 02/03/2026) (R5, Luật 10/2022 Điều 12.3).",
    );
  });

  it("R5 (Art 12.3): holidays in between — basis Tue 28/04/2026, 30/4 and 1/5 plus the weekend skipped → due Thu 07/05; Fri 08/05 is late", () => {
    expect(due(civil, commune2, "2026-04-28")).toBe("2026-05-07");
    const run = (publishedOn: string) =>
      assessDeadline({
        category: commune2,
        basisDate: "2026-04-28",
        publishedOn,
        today: "2026-05-20",
        calendar: civil,
      })?.status;
    expect(run("2026-05-07")).toBe("ok");
    expect(run("2026-05-08")).toBe("late");
  });

  it("R5 (Art 12.3): around Tết Bính Ngọ 2026 — basis Thu 12/02, off 14/02–22/02 → due Thu 26/02; Fri 27/02 is late", () => {
    expect(due(civil, commune2, "2026-02-12")).toBe("2026-02-26");
    expect(publishedOnTime("2026-02-26", "2026-02-26")).toBe(true);
    expect(publishedOnTime("2026-02-26", "2026-02-27")).toBe(false);
  });

  it("R5 (Art 12.3): a made-up Saturday (10/01/2026) is a working day for the count", () => {
    // Basis Wed 07/01: Thu 08, Fri 09, Sat 10 (worked), Mon 12, Tue 13.
    expect(due(civil, commune2, "2026-01-07")).toBe("2026-01-13");
  });

  it("R5 (Art 12.3): not yet published — pending until the due day, missing the day after", () => {
    const at = (today: string) =>
      assessDeadline({
        category: commune2,
        basisDate: "2026-04-28",
        publishedOn: null,
        today,
        calendar: civil,
      });
    expect(at("2026-05-07")).toMatchObject({ status: "pending", due: "2026-05-07" });
    expect(at("2026-05-08")).toEqual({
      rule: "R5",
      article: "Luật 10/2022 Điều 12.3",
      status: "missing",
      due: "2026-05-07",
      message:
        "Đã quá hạn nhưng chưa công khai (hạn chót 07/05/2026, 05 ngày làm việc kể từ ngày 28/04/2026) (R5, Luật 10/2022 Điều 12.3).",
    });
  });

  it("R5 (Art 12.3; Art 91): a basis document before 01/07/2023 is not under this deadline", () => {
    expect(publicationDeadline(civil, commune2.deadline, "2023-06-30")).toBeNull();
    expect(
      assessDeadline({
        category: commune2,
        basisDate: "2023-06-30",
        publishedOn: null,
        today: "2026-01-05",
        calendar: civil,
      })?.status,
    ).toBe("not_applicable");
  });
});

describe("R75 (Luật 10/2022 Art 47.2): agencies disclose within 05 working days", () => {
  it("R75 (Art 47.2): basis Tue 28/04/2026 → 5th working day Thu 07/05 on time, 6th Fri 08/05 late", () => {
    const run = (publishedOn: string) =>
      assessDeadline({
        category: agency6,
        basisDate: "2026-04-28",
        publishedOn,
        today: "2026-05-20",
        calendar: civil,
      });
    expect(run("2026-05-07")).toMatchObject({
      rule: "R75",
      article: "Luật 10/2022 Điều 47.2",
      status: "ok",
      due: "2026-05-07",
    });
    expect(run("2026-05-08")?.status).toBe("late");
  });
});

describe("R83 (Luật 10/2022 Art 65.2): state enterprises disclose within 15 calendar days", () => {
  it("R83 (Art 65.2): basis Mon 02/03/2026 + 15 days = Tue 17/03; the 15th day on time, the 16th late", () => {
    expect(due(workers, soeB, "2026-03-02")).toBe("2026-03-17");
    const run = (publishedOn: string) =>
      assessDeadline({
        category: soeB,
        basisDate: "2026-03-02",
        publishedOn,
        today: "2026-04-01",
        calendar: workers,
      });
    expect(run("2026-03-17")).toMatchObject({ rule: "R83", status: "ok", due: "2026-03-17" });
    expect(run("2026-03-18")?.status).toBe("late");
  });

  it("R83 (Art 65.2; BLDS Art 148.5): the 15th day on Sat 21/03/2026 rolls to Mon 23/03", () => {
    expect(due(workers, soeB, "2026-03-06")).toBe("2026-03-23");
    expect(publishedOnTime("2026-03-23", "2026-03-23")).toBe(true);
    expect(publishedOnTime("2026-03-23", "2026-03-24")).toBe(false);
  });

  it("R83 (Art 65.2; BLDS Art 148.5): the 15th day on the 30/4 holiday rolls past 1/5 and the weekend to Mon 04/05/2026", () => {
    const d = publicationDeadline(workers, soeB.deadline, "2026-04-15");
    expect(d).toMatchObject({ due: "2026-05-04", rolledFrom: "2026-04-30", unit: "D", n: 15 });
    const finding = assessDeadline({
      category: soeB,
      basisDate: "2026-04-15",
      publishedOn: "2026-05-05",
      today: "2026-05-20",
      calendar: workers,
    });
    expect(finding?.status).toBe("late");
    expect(finding?.message).toBe(
      "Công khai ngày 05/05/2026, chậm so với thời hạn (hạn chót 04/05/2026, 15 ngày kể từ ngày 15/04/2026; ngày 30/04/2026 là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo, BLDS 2015 Điều 148.5) (R83, Luật 10/2022 Điều 65.2).",
    );
  });

  it("R83 (Art 65.2; BLLĐ Art 111.3): on the workers' calendar Mon 27/04/2026 is a day off for Giỗ Tổ on Sunday, so the end rolls to Tue 28/04", () => {
    expect(due(workers, soeB, "2026-04-12")).toBe("2026-04-28");
    // The civil service calendar keeps 27/04 a working day (no notice loaded).
    expect(due(civil, soeB, "2026-04-12")).toBe("2026-04-27");
  });
});

describe("R97 (NĐ 145/2020 Art 43): employers have no day count", () => {
  it("R97: no deadline finding and no due date", () => {
    const employerA = categoryOf("employer", "a")!;
    expect(publicationDeadline(workers, employerA.deadline, "2026-03-02")).toBeNull();
    expect(
      assessDeadline({
        category: employerA,
        basisDate: "2026-03-02",
        publishedOn: null,
        today: "2027-01-01",
        calendar: workers,
      }),
    ).toBeNull();
  });
});
