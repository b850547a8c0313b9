import { describe, expect, it } from "vitest";
import { CalendarError, civilServiceCalendar } from "../../../core/calendar/index.ts";
import {
  annualReviewDate,
  annulmentProblem,
  ballotPlanProblems,
  complaintDeadlines,
  conventionDecisionDeadline,
  conventionDossierDeadline,
  dispatchDeadline,
  draftPostingProblem,
  entryIntoForce,
  meetingNoticeProblems,
  onlineReportProblem,
  provinceReportDue,
  recognitionDeadline,
  withinDeadline,
} from "./timeline.ts";
import type { Item, Scope } from "./types.ts";

const civil = civilServiceCalendar();
const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe("R19 (NĐ 59/2023 Điều 3.3–3.4): notice and documents at least 2 days before the meeting", () => {
  const n = " (R19, NĐ 59/2023 Điều 3.3).";
  const d = " (R19, NĐ 59/2023 Điều 3.4).";
  type Input = Parameters<typeof meetingNoticeProblems>[0];
  const base: Input = {
    item: 4,
    meetingOn: "2026-09-10",
    noticeDeliveredOn: "2026-09-08",
    noticePosted: true,
    documentsDeliveredOn: null,
  };
  const cases: [string, Partial<Input>, string[]][] = [
    ["notice exactly 2 days before, item 4 needs no documents", {}, []],
    [
      "notice 1 day before",
      { noticeDeliveredOn: "2026-09-09" },
      [
        `Thông báo mời họp gửi ngày 09/09/2026, chỉ 1 ngày trước cuộc họp ngày 10/09/2026; phải gửi trước ít nhất 02 ngày (chậm nhất ngày 08/09/2026)${n}`,
      ],
    ],
    [
      "notice on the day",
      { noticeDeliveredOn: "2026-09-10" },
      [
        `Thông báo mời họp gửi ngày 10/09/2026, không trước cuộc họp ngày 10/09/2026; phải gửi trước ít nhất 02 ngày (chậm nhất ngày 08/09/2026)${n}`,
      ],
    ],
    [
      "notice never sent and not posted",
      { noticeDeliveredOn: null, noticePosted: false },
      [
        `Chưa gửi thông báo mời họp (Mẫu 01) cho cuộc họp ngày 10/09/2026${n}`,
        `Thông báo mời họp chưa được niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng${n}`,
      ],
    ],
    ["item 1, documents 2 days before", { item: 1, documentsDeliveredOn: "2026-09-08" }, []],
    [
      "item 3, documents 1 day before",
      { item: 3, documentsDeliveredOn: "2026-09-09" },
      [
        `Tài liệu cuộc họp gửi đến hộ gia đình ngày 09/09/2026, chưa đủ 02 ngày trước cuộc họp ngày 10/09/2026 (chậm nhất ngày 08/09/2026)${d}`,
      ],
    ],
    [
      "item 2, no documents",
      { item: 2 },
      [`Chưa gửi tài liệu cuộc họp (nội dung 2) đến từng hộ gia đình${d}`],
    ],
    ["item 6, no documents needed", { item: 6 as Item }, []],
    [
      "across months: notice 31/08 for a meeting on 02/09",
      { meetingOn: "2026-09-02", noticeDeliveredOn: "2026-08-31" },
      [],
    ],
  ];
  it.each(cases)("R19 (NĐ 59/2023 Điều 3.3–3.4): %s", (_, change, expected) => {
    expect(messages(meetingNoticeProblems({ ...base, ...change }))).toEqual(expected);
  });
});

describe("R28 (Luật 10/2022 Điều 19.2; NĐ 59/2023 Điều 4.2–4.4): the ballot plan and its publicity", () => {
  const c = " (R28, Luật 10/2022 Điều 19.2; NĐ 59/2023 Điều 4.2–4.4).";
  type Input = Parameters<typeof ballotPlanProblems>[0];
  const base: Input = {
    planIssuedOn: "2026-09-07",
    planSentOn: "2026-09-09",
    publicityOn: "2026-09-13",
    distributionOn: "2026-09-15",
  };
  const cases: [string, Partial<Input>, string[]][] = [
    ["plan sent on the 2nd day, publicity 2 days before", {}, []],
    [
      "plan sent on the 3rd day",
      { planSentOn: "2026-09-10" },
      [
        `Kế hoạch ban hành ngày 07/09/2026 nhưng gửi Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ Việt Nam xã ngày 10/09/2026, quá thời hạn 02 ngày (hạn chót 09/09/2026)${c}`,
      ],
    ],
    [
      "issued Thu 27/08: the 2nd day is a Saturday, so Mon 31/08 is in time",
      { planIssuedOn: "2026-08-27", planSentOn: "2026-08-31" },
      [],
    ],
    [
      "issued Mon 31/08: the 2nd day is 02/09 (Quốc khánh), so Thu 03/09 is in time",
      { planIssuedOn: "2026-08-31", planSentOn: "2026-09-03" },
      [],
    ],
    [
      "issued Mon 31/08, sent Fri 04/09: late",
      { planIssuedOn: "2026-08-31", planSentOn: "2026-09-04" },
      [
        `Kế hoạch ban hành ngày 31/08/2026 nhưng gửi Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ Việt Nam xã ngày 04/09/2026, quá thời hạn 02 ngày (hạn chót 03/09/2026)${c}`,
      ],
    ],
    [
      "sent before it was issued",
      { planSentOn: "2026-09-06" },
      [`Ngày gửi kế hoạch (06/09/2026) trước ngày ban hành kế hoạch (07/09/2026)${c}`],
    ],
    ["no plan", { planIssuedOn: null }, [`Chưa ban hành kế hoạch phát phiếu lấy ý kiến${c}`]],
    [
      "plan not sent",
      { planSentOn: null },
      [
        `Kế hoạch phát phiếu chưa được gửi Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ Việt Nam xã${c}`,
      ],
    ],
    [
      "publicity 1 day before",
      { publicityOn: "2026-09-14" },
      [
        `Thông báo công khai ngày 14/09/2026, chưa đủ 02 ngày trước ngày phát phiếu 15/09/2026 (chậm nhất ngày 13/09/2026)${c}`,
      ],
    ],
    [
      "no publicity",
      { publicityOn: null },
      [`Chưa thông báo công khai nội dung, thời gian, thành phần Tổ phát phiếu lấy ý kiến${c}`],
    ],
  ];
  it.each(cases)("R28 (Điều 19.2): %s", (_, change, expected) => {
    expect(messages(ballotPlanProblems({ ...base, ...change }))).toEqual(expected);
  });
});

describe("R33 (NĐ 59/2023 Điều 5.2a): report logged before the online vote opens", () => {
  it.each([
    ["2026-09-09", null],
    ["2026-09-10", null],
    [
      "2026-09-11",
      "Báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã ngày 11/09/2026, sau ngày mở biểu quyết trực tuyến 10/09/2026; phải báo cáo trước (R33, NĐ 59/2023 Điều 5.2a).",
    ],
    [
      null,
      "Chưa báo cáo UBND xã và Ủy ban MTTQ Việt Nam xã trước khi mở biểu quyết trực tuyến ngày 10/09/2026 (R33, NĐ 59/2023 Điều 5.2a).",
    ],
  ])("R33 (Điều 5.2a): report on %s, vote opens 10/09/2026", (reportLoggedOn, message) => {
    expect(onlineReportProblem({ reportLoggedOn, opensOn: "2026-09-10" })?.message ?? null).toBe(
      message,
    );
  });
});

describe("R35 (Luật 10/2022 Điều 20.3), R37 (Điều 21.2): 05 working days, holidays skipped", () => {
  it("R35 (Luật 10/2022 Điều 20.3): closed Fri 28/08/2026, Quốc khánh 01–02/09 skipped → due Tue 08/09; the 6th working day 09/09 is late", () => {
    const deadline = dispatchDeadline(civil, "2026-08-28");
    expect(deadline).toMatchObject({
      due: "2026-09-08",
      unit: "WD",
      n: 5,
      provision: "Luật 10/2022 Điều 20.3",
    });
    expect(deadline.explanation).toBe(
      "Thời hạn 05 ngày làm việc tính từ ngày 28/08/2026 (không tính ngày đó; không tính ngày nghỉ hằng tuần, ngày nghỉ lễ, tết) kết thúc lúc 24:00 thứ Ba, ngày 08/09/2026. Căn cứ: Luật 10/2022 Điều 20.3.",
    );
    expect(withinDeadline(deadline, "2026-09-08")).toBe(true);
    expect(withinDeadline(deadline, "2026-09-09")).toBe(false);
    expect(civil.addWorkingDays("2026-08-28", 6)).toBe("2026-09-09");
  });

  it("R37 (Luật 10/2022 Điều 21.2): received Wed 03/02/2027, Tết Đinh Mùi (05, 08, 09/02) skipped → due Mon 15/02; Tue 16/02 is late", () => {
    const deadline = recognitionDeadline(civil, "2027-02-03");
    expect([deadline.due, deadline.provision]).toEqual(["2027-02-15", "Luật 10/2022 Điều 21.2"]);
    expect(withinDeadline(deadline, "2027-02-15")).toBe(true);
    expect(withinDeadline(deadline, "2027-02-16")).toBe(false);
  });

  it("R35 (Điều 20.3): before the Law took effect (01/07/2023) there is no deadline", () => {
    expect(() => dispatchDeadline(civil, "2023-06-30")).toThrow(CalendarError);
  });
});

describe("R36 (Luật 10/2022 Điều 21.2): entry into force", () => {
  const c = " (R36, Luật 10/2022 Điều 21.2).";
  const cases: [string, Item, Scope, string | null, string | null, string | null, string][] = [
    [
      "item 1 in a village: the vote day",
      1,
      "village",
      null,
      null,
      "2026-09-10",
      `Có hiệu lực từ ngày biểu quyết 10/09/2026${c}`,
    ],
    [
      "item 6 in a village: the vote day, recognition irrelevant",
      6,
      "village",
      "2026-09-20",
      null,
      "2026-09-10",
      `Có hiệu lực từ ngày biểu quyết 10/09/2026${c}`,
    ],
    [
      "item 2 commune-wide: the day UBND xã sets",
      2,
      "commune",
      null,
      "2026-10-01",
      "2026-10-01",
      `Có hiệu lực từ ngày 01/10/2026, ngày do UBND xã quyết định trên cơ sở tổng hợp kết quả${c}`,
    ],
    [
      "item 1 commune-wide, no day set yet",
      1,
      "commune",
      null,
      null,
      null,
      `Chưa có hiệu lực: chờ UBND xã quyết định ngày có hiệu lực trên cơ sở tổng hợp kết quả các thôn, tổ dân phố${c}`,
    ],
    [
      "item 3: UBND xã's recognition",
      3,
      "village",
      "2026-09-17",
      null,
      "2026-09-17",
      `Có hiệu lực từ ngày 17/09/2026, ngày UBND xã ra quyết định công nhận${c}`,
    ],
    [
      "item 4, not yet recognised",
      4,
      "village",
      null,
      null,
      null,
      `Chưa có hiệu lực: chờ quyết định công nhận của UBND xã${c}`,
    ],
    [
      "item 5: UBMTTQ xã's recognition",
      5,
      "village",
      "2026-09-16",
      null,
      "2026-09-16",
      `Có hiệu lực từ ngày 16/09/2026, ngày Ủy ban MTTQ Việt Nam xã ra quyết định công nhận${c}`,
    ],
    [
      "item 5, not yet recognised",
      5,
      "village",
      null,
      null,
      null,
      `Chưa có hiệu lực: chờ quyết định công nhận của Ủy ban MTTQ Việt Nam xã${c}`,
    ],
    [
      "recognition dated before the vote",
      4,
      "village",
      "2026-09-09",
      null,
      null,
      `Không xác định được ngày có hiệu lực: ngày UBND xã ra quyết định công nhận (09/09/2026) trước ngày biểu quyết (10/09/2026)${c}`,
    ],
  ];
  it.each(cases)(
    "R36 (Điều 21.2): %s",
    (_, item, scope, recognisedOn, communeSetOn, on, message) => {
      expect(
        entryIntoForce({ item, scope, voteOn: "2026-09-10", recognisedOn, communeSetOn }),
      ).toEqual({
        on,
        finding: { rule: "R36", article: "Luật 10/2022 Điều 21.2", message },
      });
    },
  );

  it("R36 with R14 (Điều 15): item 4 cannot be commune-wide", () => {
    const result = entryIntoForce({
      item: 4,
      scope: "commune",
      voteOn: "2026-09-10",
      recognisedOn: "2026-09-11",
      communeSetOn: null,
    });
    expect([result.on, result.finding.rule]).toEqual([null, "R14"]);
  });
});

describe("R38 (Luật 10/2022 Điều 22.2): annulment only on a recorded ground", () => {
  const c = " (R38, Luật 10/2022 Điều 22.2).";
  const cases: ["a" | "b" | "c" | null, "annul" | "request_amendment", string | null][] = [
    ["a", "annul", null],
    [
      "a",
      "request_amendment",
      `Quyết định có nội dung trái pháp luật, trái đạo đức xã hội, thuần phong mỹ tục: UBND xã phải hủy bỏ, không chỉ yêu cầu sửa đổi${c}`,
    ],
    ["b", "annul", null],
    ["b", "request_amendment", null],
    [
      "c",
      "annul",
      `Cộng đồng dân cư muốn thay đổi quyết định: cộng đồng tự sửa đổi, bổ sung theo trình tự Điều 18–21; UBND xã không hủy bỏ${c}`,
    ],
    [
      "c",
      "request_amendment",
      `Cộng đồng dân cư muốn thay đổi quyết định: cộng đồng tự sửa đổi, bổ sung theo trình tự Điều 18–21; UBND xã không yêu cầu sửa đổi${c}`,
    ],
    [
      null,
      "annul",
      `UBND xã chỉ được hủy bỏ quyết định của cộng đồng dân cư khi ghi rõ căn cứ (nội dung trái pháp luật, trái đạo đức xã hội, thuần phong mỹ tục hoặc không đúng trình tự, thủ tục)${c}`,
    ],
  ];
  it.each(cases)("R38 (Điều 22.2): ground %s, action %s", (ground, action, message) => {
    expect(annulmentProblem({ ground, action })?.message ?? null).toBe(message);
  });
});

describe("R68 (NĐ 61/2023 Điều 9.1): the draft convention is posted ≥ 30 days before adoption", () => {
  const c = " (R68, NĐ 61/2023 Điều 9.1).";
  const cases: [string, string | null, string, number | undefined, string | null][] = [
    ["30 days", "2026-08-01", "2026-08-31", undefined, null],
    [
      "29 days",
      "2026-08-01",
      "2026-08-30",
      undefined,
      `Dự thảo niêm yết từ ngày 01/08/2026, mới 29 ngày trước ngày thông qua 30/08/2026; phải niêm yết ít nhất 30 ngày (chậm nhất từ ngày 31/07/2026)${c}`,
    ],
    ["30 days across February (31/01 → 02/03/2026)", "2026-01-31", "2026-03-02", undefined, null],
    [
      "community set 45 days, 44 given",
      "2026-08-01",
      "2026-09-14",
      45,
      `Dự thảo niêm yết từ ngày 01/08/2026, mới 44 ngày trước ngày thông qua 14/09/2026; phải niêm yết ít nhất 45 ngày (chậm nhất từ ngày 31/07/2026)${c}`,
    ],
    ["community set 45 days, 45 given", "2026-08-01", "2026-09-15", 45, null],
    [
      "community cannot set less than 30",
      "2026-08-01",
      "2026-09-15",
      20,
      `Thời gian niêm yết do cộng đồng quyết định không được ít hơn 30 ngày (nhận được: 20)${c}`,
    ],
    [
      "never posted",
      null,
      "2026-09-15",
      undefined,
      `Dự thảo hương ước, quy ước chưa được niêm yết để lấy ý kiến trước ngày thông qua 15/09/2026${c}`,
    ],
    [
      "posted after adoption",
      "2026-09-20",
      "2026-09-15",
      undefined,
      `Dự thảo niêm yết ngày 20/09/2026, sau ngày thông qua 15/09/2026; phải niêm yết ít nhất 30 ngày trước khi thông qua${c}`,
    ],
  ];
  it.each(cases)("R68 (Điều 9.1): %s", (_, postedOn, adoptionOn, minDays, message) => {
    const input =
      minDays === undefined ? { postedOn, adoptionOn } : { postedOn, adoptionOn, minDays };
    expect(draftPostingProblem(input)?.message ?? null).toBe(message);
  });
});

describe("R71 (NĐ 61/2023 Điều 11), R72 (Điều 12.2, 14.3): convention recognition and complaints", () => {
  it("R71 (NĐ 61/2023 Điều 11): dossier within 05 WD of adoption — adopted Fri 28/08/2026 → Tue 08/09", () => {
    const deadline = conventionDossierDeadline(civil, "2026-08-28");
    expect([deadline.due, deadline.provision]).toEqual(["2026-09-08", "NĐ 61/2023 Điều 11"]);
  });

  it("R71 (NĐ 61/2023 Điều 11): decision within 05 WD of a complete dossier — Thu 04/02/2027 → Tue 16/02 (Tết skipped); Wed 17/02 is late", () => {
    const deadline = conventionDecisionDeadline(civil, "2027-02-04");
    expect(deadline.due).toBe("2027-02-16");
    expect(withinDeadline(deadline, "2027-02-17")).toBe(false);
  });

  it("R72 (NĐ 61/2023 Điều 12.2, 14.3): complaint received Mon 31/08/2026 → reply or suspend by Mon 07/09 (3 WD), annul by Wed 09/09 (5 WD)", () => {
    const { suspendOrReply, annul } = complaintDeadlines(civil, "2026-08-31");
    expect([suspendOrReply.due, suspendOrReply.n, suspendOrReply.provision]).toEqual([
      "2026-09-07",
      3,
      "NĐ 61/2023 Điều 12.2",
    ]);
    expect([annul.due, annul.n, annul.provision]).toEqual([
      "2026-09-09",
      5,
      "NĐ 61/2023 Điều 14.3",
    ]);
  });

  it("R71 (NĐ 61/2023 Điều 11): no deadline before the decree took effect (16/08/2023)", () => {
    expect(() => conventionDossierDeadline(civil, "2023-08-15")).toThrow(CalendarError);
    expect(conventionDossierDeadline(civil, "2023-08-16").due).toBe("2023-08-23");
  });
});

describe("R73 (NĐ 61/2023 Điều 15.4, 16.3): annual review and provincial report", () => {
  it.each([
    [2026, undefined, "2026-11-18"],
    [2027, undefined, "2027-11-18"],
    [2026, { month: 1, day: 15 }, "2026-01-15"],
    [2027, { month: 2, day: 29 }, "2027-02-28"],
    [2028, { month: 2, day: 29 }, "2028-02-29"],
  ])("R73 (NĐ 61/2023 Điều 15.4): review in %i, agreed %j → %s", (year, agreed, expected) => {
    expect(annualReviewDate(year, agreed)).toBe(expected);
  });

  it("R73 (NĐ 61/2023 Điều 15.4): an impossible agreed day is refused", () => {
    expect(() => annualReviewDate(2026, { month: 4, day: 31 })).toThrow(CalendarError);
    expect(() => annualReviewDate(2026, { month: 13, day: 1 })).toThrow(CalendarError);
  });

  it("R73 (NĐ 61/2023 Điều 16.3): the province reports before 30/11 — the last day is 29/11, even a Sunday", () => {
    expect(provinceReportDue(2026)).toBe("2026-11-29");
    expect(civil.isWorkingDay("2026-11-29")).toBe(false);
    expect(provinceReportDue(2027)).toBe("2027-11-29");
  });
});
