import { describe, expect, it } from "vitest";
import { CalendarError } from "../../../core/calendar/index.ts";
import {
  acceptanceDeadline,
  applyPauses,
  clockState,
  complaintTimeBar,
  complexityLevel,
  complexityProblems,
  deadlineOf,
  decisionDispatchDeadline,
  decisionLegalEffect,
  escalation,
  type LimitKey,
  latestBefore,
  resolutionDeadline,
  suspensionNoticeDeadline,
  TIME_LIMITS,
  transferDeadline,
} from "./clocks.ts";
import { testCalendar as calendar } from "./test-calendar.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

// Tết 2027 (statutory default): Fri 05/02 – Tue 09/02/2027 off; 06–07/02 is a weekend inside it.
// Tết 2026 (announced): Sat 14/02 – Sun 22/02/2026 off.
describe("every time limit T12–T43, T51 at its boundary, through the calendar service", () => {
  // [limit, trigger, unit+n, due, rolled from (D only), rule, why]
  const rows: [LimitKey, string, string, string, string | null, string, string][] = [
    [
      "pakn_transfer",
      "2027-02-04",
      "WD5",
      "2027-02-16",
      null,
      "T12",
      "NĐ 20/2008 Điều 9.1.d, over Tết 2027",
    ],
    [
      "complaint_acceptance",
      "2016-12-02",
      "D10",
      "2016-12-12",
      null,
      "T16",
      "Luật KN Điều 27 before the circular",
    ],
    [
      "complaint_acceptance",
      "2016-12-05",
      "WD10",
      "2016-12-19",
      null,
      "T16",
      "TT 07/2013 Điều 5.1 from 05/12/2016",
    ],
    [
      "complaint_acceptance",
      "2026-02-13",
      "WD10",
      "2026-03-06",
      null,
      "T16",
      "over the announced Tết 2026",
    ],
    [
      "complaint_acceptance",
      "2026-06-30",
      "WD10",
      "2026-07-14",
      null,
      "T16",
      "received 30/06/2026: the old limit",
    ],
    [
      "complaint_acceptance",
      "2026-07-01",
      "WD7",
      "2026-07-10",
      null,
      "T16",
      "received 01/07/2026: NĐ 155/2026 Điều 10",
    ],
    ["complaint_acceptance", "2027-02-04", "WD7", "2027-02-18", null, "T16", "over Tết 2027"],
    [
      "complaint_first",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T17",
      "Luật KN Điều 28, last day 30 Tết",
    ],
    [
      "complaint_first_complex",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T17",
      "Điều 28, complex, Saturday",
    ],
    [
      "complaint_first_remote",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T17",
      "Điều 28, remote area",
    ],
    [
      "complaint_first_remote_complex",
      "2027-01-06",
      "D60",
      "2027-03-08",
      "2027-03-07",
      "T17",
      "Điều 28, remote and complex",
    ],
    [
      "complaint_second",
      "2026-12-22",
      "D45",
      "2027-02-10",
      "2027-02-05",
      "T18",
      "Luật KN Điều 37, Tết",
    ],
    [
      "complaint_second_complex",
      "2026-12-22",
      "D60",
      "2027-02-22",
      "2027-02-20",
      "T18",
      "Điều 37, complex",
    ],
    [
      "complaint_second_remote",
      "2026-12-22",
      "D60",
      "2027-02-22",
      "2027-02-20",
      "T18",
      "Điều 37, remote",
    ],
    [
      "complaint_second_remote_complex",
      "2026-12-22",
      "D70",
      "2027-03-02",
      null,
      "T18",
      "Điều 37, remote and complex",
    ],
    [
      "disciplinary_first",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T17",
      "Luật KN Điều 50",
    ],
    [
      "disciplinary_first_complex",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T17",
      "Điều 50, complex",
    ],
    [
      "disciplinary_second",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T18",
      "Điều 50, second",
    ],
    [
      "disciplinary_second_complex",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T18",
      "Điều 50, second, complex",
    ],
    [
      "bar_administrative_first",
      "2026-11-08",
      "D90",
      "2027-02-10",
      "2027-02-06",
      "T15",
      "Luật KN Điều 9, mùng 1 Tết",
    ],
    [
      "bar_administrative_second",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T20",
      "Luật KN Điều 33.1",
    ],
    [
      "bar_administrative_second_remote",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T20",
      "Điều 33.1, remote",
    ],
    [
      "bar_disciplinary_first",
      "2027-01-22",
      "D15",
      "2027-02-10",
      "2027-02-06",
      "T15",
      "Luật KN Điều 48, first",
    ],
    [
      "bar_disciplinary_second",
      "2027-01-27",
      "D10",
      "2027-02-10",
      "2027-02-06",
      "T15",
      "Điều 48, second",
    ],
    [
      "bar_disciplinary_second_dismissal",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T15",
      "Điều 48, dismissal",
    ],
    ["first_decision_dispatch", "2027-02-03", "WD3", "2027-02-11", null, "T21", "Luật KN Điều 32"],
    [
      "second_decision_dispatch",
      "2027-02-01",
      "D7",
      "2027-02-10",
      "2027-02-08",
      "T21",
      "Luật KN Điều 41.1",
    ],
    ["legal_effect", "2027-01-06", "D30", "2027-02-10", "2027-02-05", "T22", "Luật KN Điều 44"],
    [
      "legal_effect_remote",
      "2027-01-06",
      "D45",
      "2027-02-22",
      "2027-02-20",
      "T22",
      "Điều 44, remote",
    ],
    [
      "dialogue_notice",
      "2026-07-01",
      "D5",
      "2026-07-06",
      null,
      "T24",
      "NĐ 124 Điều 28.1 from 01/07/2026",
    ],
    [
      "complaint_suspension_dispatch",
      "2027-02-04",
      "WD3",
      "2027-02-12",
      null,
      "T27",
      "NĐ 124 Điều 28b",
    ],
    [
      "refiling_after_termination",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T26",
      "Luật KN Điều 11.8",
    ],
    [
      "denunciation_initial_handling",
      "2027-02-04",
      "WD7",
      "2027-02-18",
      null,
      "T31",
      "Luật TC Điều 24.1",
    ],
    [
      "denunciation_initial_handling_extended",
      "2027-02-04",
      "WD10",
      "2027-02-23",
      null,
      "T31",
      "Điều 24.1, several places",
    ],
    ["denunciation_transfer", "2027-02-04", "WD5", "2027-02-16", null, "T31", "Luật TC Điều 24.2"],
    [
      "denunciation_acceptance_notice",
      "2027-02-03",
      "WD5",
      "2027-02-15",
      null,
      "T32",
      "Luật TC Điều 29.3",
    ],
    [
      "denunciation_resolution",
      "2027-01-06",
      "D30",
      "2027-02-10",
      "2027-02-05",
      "T33",
      "Luật TC Điều 30.1",
    ],
    [
      "denunciation_extension",
      "2027-02-10",
      "D30",
      "2027-03-12",
      null,
      "T33",
      "Luật TC Điều 30.2–30.3",
    ],
    [
      "denunciation_suspension_dispatch",
      "2027-02-04",
      "WD5",
      "2027-02-16",
      null,
      "T34",
      "Luật TC Điều 34.4",
    ],
    ["conclusion_dispatch", "2027-02-04", "WD5", "2027-02-16", null, "T35", "Luật TC Điều 35.3"],
    ["conclusion_publication", "2027-02-01", "WD7", "2027-02-15", null, "T35", "Luật TC Điều 40.1"],
    [
      "conclusion_posting",
      "2027-01-21",
      "D15",
      "2027-02-10",
      "2027-02-05",
      "T35",
      "NĐ 31/2019 Điều 6.2",
    ],
    ["overdue_report_request", "2027-02-04", "WD5", "2027-02-16", null, "T33", "Luật TC Điều 38.2"],
    ["overdue_report", "2027-02-04", "WD5", "2027-02-16", null, "T33", "Luật TC Điều 38.3"],
    [
      "reception_schedule_posting",
      "2027-02-04",
      "WD5",
      "2027-02-16",
      null,
      "T40",
      "Luật TCD Điều 24.4",
    ],
    ["visit_answer", "2027-02-01", "WD10", "2027-02-18", null, "T42", "Luật TCD Điều 28.1"],
    [
      "online_reception_notice",
      "2027-02-04",
      "WD5",
      "2027-02-16",
      null,
      "T43",
      "NĐ 154/2026 Điều 23.1",
    ],
    [
      "online_reception_test",
      "2027-02-04",
      "WD1",
      "2027-02-10",
      null,
      "T43",
      "NĐ 154/2026 Điều 23.1",
    ],
    [
      "mediation_start",
      "2027-02-03",
      "D3",
      "2027-02-10",
      "2027-02-06",
      "T51",
      "Luật HGCS Điều 20.2",
    ],
  ];

  it("the table covers every limit", () => {
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(Object.keys(TIME_LIMITS)));
  });

  it.each(rows)(
    "%s from %s is %s, due %s (rolled from %s): %s, %s",
    (key, trigger, period, due, rolled, rule) => {
      const deadline = deadlineOf(calendar, key, trigger);
      expect(`${deadline.unit}${deadline.n}`).toBe(period);
      expect(deadline.due).toBe(due);
      expect(deadline.rolledFrom ?? null).toBe(rolled);
      expect(deadline.rule).toBe(rule);
      // The boundary: still on time on the due day, overdue the next day.
      expect(clockState(calendar, deadline.due, deadline.due)).toBe("due_today");
      const nextDay = new Date(`${deadline.due}T00:00:00Z`);
      nextDay.setUTCDate(nextDay.getUTCDate() + 1);
      expect(clockState(calendar, deadline.due, nextDay.toISOString().slice(0, 10))).toBe(
        "overdue",
      );
    },
  );

  it("T16: the explanation names the version in force and its provision", () => {
    expect(deadlineOf(calendar, "complaint_acceptance", "2026-07-01").explanation).toBe(
      "Thời hạn 07 ngày làm việc tính từ ngày 01/07/2026 (không tính ngày đó; không tính ngày " +
        "nghỉ hằng tuần, ngày nghỉ lễ, tết) kết thúc lúc 24:00 thứ Sáu, ngày 10/07/2026. Căn cứ: " +
        "NĐ 124/2020 Điều 16.1 (sửa đổi bởi NĐ 155/2026 Điều 10).",
    );
    expect(deadlineOf(calendar, "complaint_acceptance", "2026-06-30").provision).toBe(
      "TT 07/2013/TT-TTCP Điều 5.1 (sửa đổi bởi TT 02/2016/TT-TTCP)",
    );
  });

  it("T24, T27, T43: limits that begin on 01/07/2026 have no version before it", () => {
    for (const key of [
      "dialogue_notice",
      "complaint_suspension_dispatch",
      "online_reception_notice",
    ] as const) {
      expect(() => deadlineOf(calendar, key, "2026-06-30")).toThrow(CalendarError);
    }
    expect(() => deadlineOf(calendar, "complaint_acceptance", "2012-06-30")).toThrow(
      "Không có quy định về thời hạn nào có hiệu lực vào ngày 30/06/2012.",
    );
  });
});

describe("acceptance and transfer deadlines by track (T12, T16, T31)", () => {
  it("T16 (NĐ 124/2020 Điều 16.1; Luật KN Điều 27): complaints and disciplinary complaints, by day of receipt", () => {
    expect(acceptanceDeadline(calendar, "complaint", "2026-06-30")?.due).toBe("2026-07-14");
    expect(acceptanceDeadline(calendar, "disciplinary_complaint", "2026-07-01")?.due).toBe(
      "2026-07-10",
    );
  });
  it("T31 (Luật TC Điều 24.1): a denunciation is handled within WD7, WD10 when checked at several places", () => {
    expect(acceptanceDeadline(calendar, "denunciation", "2027-02-04")?.due).toBe("2027-02-18");
    expect(
      acceptanceDeadline(calendar, "denunciation", "2027-02-04", { multiSite: true })?.due,
    ).toBe("2027-02-23");
  });
  it("feedback, petitions, tips and ratings have no acceptance step in law", () => {
    for (const track of ["pakn", "grassroots", "anonymous_tip", "satisfaction"] as const) {
      expect(acceptanceDeadline(calendar, track, "2027-02-04")).toBeNull();
    }
  });
  it("T12 (NĐ 20/2008 Điều 9.1.d) and T31 (Luật TC Điều 24.2): transfer within WD5; none for other tracks", () => {
    expect(transferDeadline(calendar, "pakn", "2027-02-04")?.due).toBe("2027-02-16");
    expect(transferDeadline(calendar, "denunciation", "2027-02-04")?.due).toBe("2027-02-16");
    expect(transferDeadline(calendar, "grassroots", "2027-02-04")).toBeNull();
    expect(transferDeadline(calendar, "complaint", "2027-02-04")).toBeNull();
  });
});

describe("T17, T18 (Luật KN Điều 28, 37, 50): complaint resolution by instance, complexity and area", () => {
  const cases: [string, Parameters<typeof resolutionDeadline>[1], number, string][] = [
    ["first, normal", { track: "complaint", acceptedOn: "2027-01-06" }, 30, "2027-02-10"],
    [
      "first, complex",
      { track: "complaint", acceptedOn: "2027-01-06", complex: true },
      45,
      "2027-02-22",
    ],
    [
      "first, remote",
      { track: "complaint", acceptedOn: "2027-01-06", remoteArea: true },
      45,
      "2027-02-22",
    ],
    [
      "first, remote and complex",
      { track: "complaint", acceptedOn: "2027-01-06", remoteArea: true, complex: true },
      60,
      "2027-03-08",
    ],
    [
      "second, normal",
      { track: "complaint", instance: "second", acceptedOn: "2026-12-22" },
      45,
      "2027-02-10",
    ],
    [
      "second, remote and complex",
      {
        track: "complaint",
        instance: "second",
        acceptedOn: "2026-12-22",
        remoteArea: true,
        complex: true,
      },
      70,
      "2027-03-02",
    ],
    [
      "disciplinary, complex (no remote variant)",
      {
        track: "disciplinary_complaint",
        acceptedOn: "2027-01-06",
        complex: true,
        remoteArea: true,
      },
      45,
      "2027-02-22",
    ],
  ];
  it.each(cases)("%s", (_, input, n, due) => {
    const clock = resolutionDeadline(calendar, input);
    expect(clock).toMatchObject({
      unit: "D",
      n,
      due,
      nominalDue: due,
      suspended: false,
      remaining: n,
      findings: [],
    });
  });

  it("feedback and petitions have no resolution period in law", () => {
    expect(resolutionDeadline(calendar, { track: "pakn", acceptedOn: "2027-01-06" })).toBeNull();
    expect(
      resolutionDeadline(calendar, { track: "grassroots", acceptedOn: "2027-01-06" }),
    ).toBeNull();
  });
});

describe("T27 (Luật KN Điều 11a; NĐ 124/2020 Điều 28b): a complaint's suspension pauses its clock", () => {
  const t27 =
    " (T27, Luật Khiếu nại 2011 Điều 11a; NĐ 124/2020 Điều 28b (bổ sung bởi NĐ 155/2026 Điều 12)).";

  it("accepted before 01/07/2026, suspended after: 21 days used, the remaining 9 run from the continue-decision", () => {
    const clock = resolutionDeadline(calendar, {
      track: "complaint",
      acceptedOn: "2026-06-15",
      suspensions: [{ from: "2026-07-06", until: "2026-07-20" }],
    });
    expect(clock).toMatchObject({
      nominalDue: "2026-07-15",
      due: "2026-07-29",
      remaining: 9,
      findings: [],
    });
    expect(clock?.explanation).toBe(
      "Thời hạn 30 ngày tính từ ngày 15/06/2026 (không tính ngày đó, Điều 147 BLDS 2015) kết thúc " +
        "lúc 24:00 thứ Tư, ngày 15/07/2026 (Điều 148 BLDS 2015). Căn cứ: Luật Khiếu nại 2011 Điều 28. " +
        "Tạm đình chỉ giải quyết khiếu nại từ ngày 06/07/2026 đến ngày 20/07/2026: đã tính 21 ngày, " +
        `còn 9 ngày tính tiếp từ ngày 20/07/2026, kết thúc ngày 29/07/2026${t27}`,
    );
  });

  it("a suspension dated before 01/07/2026 has no basis: the clock keeps running", () => {
    const clock = resolutionDeadline(calendar, {
      track: "complaint",
      acceptedOn: "2026-06-15",
      suspensions: [{ from: "2026-06-25", until: "2026-06-30" }],
    });
    expect(clock?.due).toBe("2026-07-15");
    expect(messages(clock?.findings ?? [])).toEqual([
      `Tạm đình chỉ giải quyết khiếu nại ngày 25/06/2026 không có căn cứ: quy định chỉ áp dụng từ ngày 01/07/2026; thời hạn vẫn tính${t27}`,
    ]);
  });

  it("while suspended there is no due date, only what is left", () => {
    const clock = resolutionDeadline(calendar, {
      track: "complaint",
      acceptedOn: "2026-07-01",
      suspensions: [{ from: "2026-07-11", until: null }],
    });
    expect(clock).toMatchObject({ due: null, suspended: true, remaining: 20 });
  });

  it("a suspension after the deadline does not revive it", () => {
    const clock = resolutionDeadline(calendar, {
      track: "complaint",
      acceptedOn: "2026-07-01",
      suspensions: [{ from: "2026-08-03", until: "2026-08-20" }],
    });
    expect(clock?.due).toBe("2026-07-31");
    expect(messages(clock?.findings ?? [])).toEqual([
      `Tạm đình chỉ giải quyết khiếu nại ngày 03/08/2026 sau khi thời hạn đã kết thúc ngày 31/07/2026: không làm kéo dài thời hạn${t27}`,
    ]);
  });

  it("suspended on the last day: nothing left, the period ends on the continue-decision day (rolled past Tết)", () => {
    const clock = resolutionDeadline(calendar, {
      track: "complaint",
      acceptedOn: "2027-01-01",
      suspensions: [{ from: "2027-01-31", until: "2027-02-06" }],
    });
    expect(clock).toMatchObject({ nominalDue: "2027-02-01", remaining: 0, due: "2027-02-10" });
  });

  it("T27: the suspension decision is sent within WD3, from 01/07/2026 only", () => {
    expect(suspensionNoticeDeadline(calendar, "complaint", "2027-02-04")?.due).toBe("2027-02-12");
    expect(suspensionNoticeDeadline(calendar, "complaint", "2026-06-30")).toBeNull();
  });
});

describe("T33 (Luật TC Điều 30; NĐ 31/2019 Điều 3): denunciation resolution and extensions", () => {
  const art = " (T33, Luật Tố cáo 2018 Điều 30.2–30.3; NĐ 31/2019 Điều 3).";
  const ext = (decidedOn: string, written = true, notified = true) => ({
    decidedOn,
    written,
    notified,
  });

  it("D30 from acceptance; the last day is 30 Tết 2027, so it ends on Wed 10/02/2027", () => {
    expect(
      resolutionDeadline(calendar, { track: "denunciation", acceptedOn: "2027-01-06" }),
    ).toMatchObject({
      n: 30,
      due: "2027-02-10",
      provision: "Luật Tố cáo 2018 Điều 30.1",
    });
  });

  it("complex (one criterion): one extension, 60 days from acceptance, Sunday rolled to Monday", () => {
    const clock = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-06",
      criteria: ["a"],
      extensions: [ext("2027-02-08")],
    });
    expect(clock).toMatchObject({
      n: 60,
      due: "2027-03-08",
      provision: "Luật Tố cáo 2018 Điều 30.1, 30.2",
      findings: [],
    });
  });

  it("especially complex (two criteria): two extensions, 90 days; a third is not counted; an unnotified one is flagged", () => {
    const clock = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-06",
      criteria: ["a", "c"],
      extensions: [ext("2027-03-20"), ext("2027-02-08"), ext("2027-03-05", true, false)],
    });
    expect(clock).toMatchObject({
      n: 90,
      due: "2027-04-06",
      provision: "Luật Tố cáo 2018 Điều 30.1, 30.3",
    });
    expect(messages(clock?.findings ?? [])).toEqual([
      `Quyết định gia hạn ngày 05/03/2027 phải được thông báo cho người tố cáo, người bị tố cáo và cơ quan, tổ chức, cá nhân có liên quan${art}`,
      `Gia hạn ngày 20/03/2027 không được tính: vụ việc đặc biệt phức tạp chỉ được gia hạn 02 lần${art}`,
    ]);
  });

  it("no extension without a written decision, none for a case not complex, none after the period ended", () => {
    const notComplex = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-06",
      extensions: [ext("2027-02-08", false), ext("2027-02-09")],
    });
    expect(notComplex?.due).toBe("2027-02-10");
    expect(messages(notComplex?.findings ?? [])).toEqual([
      `Gia hạn ngày 08/02/2027 không có quyết định bằng văn bản: không được tính${art}`,
      `Gia hạn ngày 09/02/2027 không được tính: vụ việc không được xác định là phức tạp${art}`,
    ]);
    const late = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-06",
      criteria: ["b"],
      extensions: [ext("2027-02-11")],
    });
    expect(late?.due).toBe("2027-02-10");
    expect(messages(late?.findings ?? [])).toEqual([
      `Quyết định gia hạn ngày 11/02/2027 ban hành sau khi thời hạn đã kết thúc ngày 10/02/2027: không được tính${art}`,
    ]);
  });

  it("T34 (Luật TC Điều 34.1–34.2): suspension time is not counted; a 2-day pause pushes the end into Tết, then past it", () => {
    const clock = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-04",
      suspensions: [{ from: "2027-01-14", until: "2027-01-16" }],
    });
    expect(clock).toMatchObject({ nominalDue: "2027-02-03", due: "2027-02-10", remaining: 20 });
    expect(
      clock?.explanation.endsWith(
        "Tạm đình chỉ giải quyết tố cáo từ ngày 14/01/2027 đến ngày 16/01/2027: đã tính 10 ngày, còn " +
          "20 ngày tính tiếp từ ngày 16/01/2027, kết thúc ngày 10/02/2027 (T34, Luật Tố cáo 2018 Điều 34.1–34.2).",
      ),
    ).toBe(true);
  });

  it("T34: an extension and a suspension together: the 60-day period moves by the 10 suspended days, from Sun 07/03 to Wed 17/03/2027", () => {
    const clock = resolutionDeadline(calendar, {
      track: "denunciation",
      acceptedOn: "2027-01-06",
      criteria: ["g"],
      extensions: [ext("2027-02-08")],
      suspensions: [{ from: "2027-01-16", until: "2027-01-26" }],
    });
    expect(clock).toMatchObject({ nominalDue: "2027-03-08", due: "2027-03-17", remaining: 50 });
  });

  it("T34: suspension and termination decisions are sent within WD5", () => {
    expect(suspensionNoticeDeadline(calendar, "denunciation", "2027-02-04")?.due).toBe(
      "2027-02-16",
    );
    expect(suspensionNoticeDeadline(calendar, "grassroots", "2027-02-04")).toBeNull();
  });
});

describe("T27, T34 mechanics (NĐ 124/2020 Điều 28b; Luật TC Điều 34): applyPauses counts a working-day period in working days", () => {
  it("WD10 from Mon 01/02/2027, paused Wed 03/02 (2 used), resumed Thu 11/02: 8 more working days", () => {
    const version = TIME_LIMITS.visit_answer[0];
    const paused = applyPauses(
      calendar,
      version,
      "2027-02-01",
      [{ from: "2027-02-03", until: "2027-02-11" }],
      {
        rule: "T42",
        article: "Luật Tiếp công dân 2013 Điều 28.1",
        allowedFrom: version.effectiveFrom,
        what: "Tạm dừng",
      },
    );
    expect(paused).toMatchObject({ due: "2027-02-23", remaining: 8, paused: false, findings: [] });
    expect(paused.notes).toEqual([
      "Tạm dừng từ ngày 03/02/2027 đến ngày 11/02/2027: đã tính 2 ngày làm việc, còn 8 ngày làm việc tính tiếp từ ngày 11/02/2027, kết thúc ngày 23/02/2027 (T42, Luật Tiếp công dân 2013 Điều 28.1).",
    ]);
  });
});

describe("T19 (NĐ 124/2020 Điều 3a) and T33 (NĐ 31/2019 Điều 3.2–3.3): complex cases", () => {
  const t19 = " (T19, NĐ 124/2020 Điều 3a (bổ sung bởi NĐ 155/2026 Điều 2)).";
  it("complexity level: none, one criterion, two or more", () => {
    expect(complexityLevel([])).toBe("normal");
    expect(complexityLevel(["đ"])).toBe("complex");
    expect(complexityLevel(["đ", "đ"])).toBe("complex");
    expect(complexityLevel(["a", "g"])).toBe("especially_complex");
    expect(complexityLevel(["x", "y"])).toBe("normal");
  });
  it("T19: from 01/07/2026 a complex complaint needs a criterion and a written determination", () => {
    expect(
      complexityProblems("complaint", {
        criteria: ["b"],
        written: true,
        determinedOn: "2026-07-01",
      }),
    ).toEqual([]);
    expect(
      messages(
        complexityProblems("complaint", {
          criteria: ["z"],
          written: false,
          determinedOn: "2026-07-01",
        }),
      ),
    ).toEqual([
      `Tiêu chí không có trong luật: z${t19}`,
      `Vụ việc khiếu nại chỉ được xác định là phức tạp khi có ít nhất một trong các tiêu chí a–g${t19}`,
      `Việc xác định vụ việc phức tạp phải được thể hiện bằng văn bản và lưu trong hồ sơ giải quyết khiếu nại${t19}`,
    ]);
  });
  it("T19: before 01/07/2026 the texts read set no criteria for complaints", () => {
    expect(
      complexityProblems("complaint", { criteria: [], written: false, determinedOn: "2026-06-30" }),
    ).toEqual([]);
  });
  it("T33: a complex denunciation needs one of the criteria a–g", () => {
    expect(
      messages(
        complexityProblems("denunciation", {
          criteria: [],
          written: true,
          determinedOn: "2025-03-01",
        }),
      ),
    ).toEqual([
      "Vụ việc tố cáo chỉ được xác định là phức tạp khi có ít nhất một trong các tiêu chí a–g (T33, NĐ 31/2019 Điều 3.2–3.3).",
    ]);
    expect(
      complexityProblems("grassroots", {
        criteria: [],
        written: false,
        determinedOn: "2027-01-01",
      }),
    ).toEqual([]);
  });
});

describe("T15, T20 (Luật KN Điều 9, 33.1, 48): complaint time bars", () => {
  const cases: [string, Parameters<typeof complaintTimeBar>[1], string | null, boolean][] = [
    [
      "T15: 90 days from knowledge, last day mùng 1 Tết → Wed 10/02/2027, filed that day",
      { kind: "administrative_first", from: "2026-11-08", filedOn: "2027-02-10" },
      "2027-02-10",
      true,
    ],
    [
      "T15: filed the next day, too late",
      { kind: "administrative_first", from: "2026-11-08", filedOn: "2027-02-11" },
      "2027-02-10",
      false,
    ],
    [
      "T15: 10 days of illness are not counted: the last day moves from 06/02 to Tue 16/02/2027",
      {
        kind: "administrative_first",
        from: "2026-11-08",
        filedOn: "2027-02-11",
        obstacles: [{ from: "2026-12-01", until: "2026-12-11" }],
      },
      "2027-02-16",
      true,
    ],
    [
      "T15: an obstacle still lasting: in time",
      {
        kind: "administrative_first",
        from: "2026-11-08",
        filedOn: "2027-03-01",
        obstacles: [{ from: "2027-01-10", until: null }],
      },
      null,
      true,
    ],
    [
      "T20: second complaint 30 days",
      { kind: "administrative_second", from: "2027-01-06", filedOn: "2027-02-10" },
      "2027-02-10",
      true,
    ],
    [
      "T20: second complaint, remote area 45 days",
      {
        kind: "administrative_second",
        from: "2027-01-06",
        filedOn: "2027-02-22",
        remoteArea: true,
      },
      "2027-02-22",
      true,
    ],
    [
      "T15: disciplinary first, 15 days",
      { kind: "disciplinary_first", from: "2027-01-22", filedOn: "2027-02-11" },
      "2027-02-10",
      false,
    ],
    [
      "T15: disciplinary second, 10 days",
      { kind: "disciplinary_second", from: "2027-01-27", filedOn: "2027-02-10" },
      "2027-02-10",
      true,
    ],
    [
      "T15: disciplinary second against dismissal, 30 days",
      { kind: "disciplinary_second", dismissal: true, from: "2027-01-06", filedOn: "2027-02-10" },
      "2027-02-10",
      true,
    ],
  ];
  it.each(cases)("%s", (_, input, lastDay, inTime) => {
    const bar = complaintTimeBar(calendar, input);
    expect(bar.lastDay).toBe(lastDay);
    expect(bar.inTime).toBe(inTime);
  });
  it("T15: the late filing is a finding citing Điều 9", () => {
    expect(messages(complaintTimeBar(calendar, cases[1]![1]).findings)).toEqual([
      "Khiếu nại gửi ngày 11/02/2027, quá thời hiệu 90 ngày (hết ngày 10/02/2027) (T15, Luật Khiếu nại 2011 Điều 9).",
    ]);
  });
});

describe("T21, T22 (Luật KN Điều 32, 41.1, 44): after the decision", () => {
  it("T21: first-instance decision sent within WD3, second-instance within D7", () => {
    expect(decisionDispatchDeadline(calendar, "first", "2027-02-03").due).toBe("2027-02-11");
    expect(decisionDispatchDeadline(calendar, "second", "2027-02-01").due).toBe("2027-02-10");
  });
  it("T22: in force the day after D30 (D45 remote) from issue; not when a first-instance decision is challenged", () => {
    expect(decisionLegalEffect(calendar, { instance: "first", issuedOn: "2027-01-06" })).toEqual({
      periodEnds: "2027-02-10",
      inForceFrom: "2027-02-11",
      rule: "T22",
      provision: "Luật Khiếu nại 2011 Điều 44",
    });
    expect(
      decisionLegalEffect(calendar, {
        instance: "second",
        issuedOn: "2027-01-06",
        remoteArea: true,
      })?.inForceFrom,
    ).toBe("2027-02-23");
    expect(
      decisionLegalEffect(calendar, {
        instance: "first",
        issuedOn: "2027-01-06",
        challenged: true,
      }),
    ).toBeNull();
    expect(
      decisionLegalEffect(calendar, {
        instance: "second",
        issuedOn: "2027-01-06",
        challenged: true,
      })?.inForceFrom,
    ).toBe("2027-02-11");
  });
});

describe("latestBefore: 'at least n (working) days before' (T24, T40, T43)", () => {
  it("T40 (Luật TCD Điều 24.4): 05 working days before Mon 13/07/2026 is Mon 06/07", () => {
    expect(latestBefore(calendar, "reception_schedule_posting", "2026-07-13")?.latest).toBe(
      "2026-07-06",
    );
  });
  it("T40: across Tết 2027, 05 working days before Tue 16/02/2027 is Thu 04/02", () => {
    expect(latestBefore(calendar, "reception_schedule_posting", "2027-02-16")?.latest).toBe(
      "2027-02-04",
    );
  });
  it("T24 (NĐ 124 Điều 28.1): 5 calendar days before a dialogue on 10/07/2026; no rule for one on 30/06/2026", () => {
    expect(latestBefore(calendar, "dialogue_notice", "2026-07-10")?.latest).toBe("2026-07-05");
    expect(latestBefore(calendar, "dialogue_notice", "2026-06-30")).toBeNull();
  });
});

describe("reminders and escalation", () => {
  it("clockState: on time, due soon (2 working days, the weekend skipped), due today, overdue", () => {
    expect(clockState(calendar, "2027-03-08", "2027-03-03")).toBe("on_time");
    expect(clockState(calendar, "2027-03-08", "2027-03-04")).toBe("due_soon");
    expect(clockState(calendar, "2027-03-08", "2027-03-05")).toBe("due_soon");
    expect(clockState(calendar, "2027-03-08", "2027-03-08")).toBe("due_today");
    expect(clockState(calendar, "2027-03-08", "2027-03-09")).toBe("overdue");
    // Tết: on Thu 04/02/2027 a 10/02 deadline is one working day away.
    expect(clockState(calendar, "2027-02-10", "2027-02-04")).toBe("due_soon");
  });

  it("T20 (Luật KN Điều 33.1): an overdue first-instance complaint opens the second complaint for D30", () => {
    expect(
      escalation(calendar, { track: "complaint", due: "2027-02-10", today: "2027-02-10" }),
    ).toBeNull();
    expect(
      escalation(calendar, { track: "complaint", due: "2027-02-10", today: "2027-02-11" }),
    ).toEqual({
      rule: "T20",
      article: "Luật Khiếu nại 2011 Điều 33.1",
      message:
        "Quá thời hạn giải quyết khiếu nại lần đầu (hết ngày 10/02/2027); người khiếu nại có quyền khiếu nại lần hai chậm nhất ngày 12/03/2027 hoặc khởi kiện vụ án hành chính (T20, Luật Khiếu nại 2011 Điều 33.1).",
      stepDue: "2027-03-12",
    });
    expect(
      escalation(calendar, {
        track: "complaint",
        due: "2027-02-10",
        today: "2027-02-11",
        remoteArea: true,
      })?.stepDue,
    ).toBe("2027-03-29");
  });

  it("T18 (Luật KN Điều 37) and T17 (Điều 50): other overdue complaints are reported upward", () => {
    expect(
      escalation(calendar, {
        track: "complaint",
        instance: "second",
        due: "2027-02-10",
        today: "2027-02-11",
      }),
    ).toEqual({
      rule: "T18",
      article: "Luật Khiếu nại 2011 Điều 37",
      message:
        "Quá thời hạn giải quyết khiếu nại lần hai (hết ngày 10/02/2027): báo cáo cấp trên theo dõi, đôn đốc (T18, Luật Khiếu nại 2011 Điều 37).",
      stepDue: null,
    });
    expect(
      escalation(calendar, {
        track: "disciplinary_complaint",
        due: "2027-02-10",
        today: "2027-02-11",
      })?.article,
    ).toBe("Luật Khiếu nại 2011 Điều 50");
  });

  it("T33 (Luật TC Điều 38): an overdue denunciation goes to the direct superior, who asks for a report within WD5", () => {
    expect(
      escalation(calendar, { track: "denunciation", due: "2027-02-04", today: "2027-02-05" }),
    ).toEqual({
      rule: "T33",
      article: "Luật Tố cáo 2018 Điều 38",
      message:
        "Quá thời hạn giải quyết tố cáo (hết ngày 04/02/2027); người tố cáo có quyền tố cáo tiếp với người đứng đầu cơ quan, tổ chức cấp trên trực tiếp, người này yêu cầu báo cáo chậm nhất ngày 16/02/2027 nếu nhận được tố cáo tiếp ngày 05/02/2027 (T33, Luật Tố cáo 2018 Điều 38).",
      stepDue: "2027-02-16",
    });
  });

  it("tracks without a legal resolution period are not escalated here", () => {
    expect(
      escalation(calendar, { track: "grassroots", due: "2027-02-04", today: "2027-03-01" }),
    ).toBeNull();
  });
});
