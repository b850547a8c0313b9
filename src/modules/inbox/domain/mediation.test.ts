import { describe, expect, it } from "vitest";
import {
  type MediationCandidate,
  type Mediator,
  mediationCaseProblems,
  mediationRouting,
  mediationStartDeadline,
  mediationTeamProblems,
  mediatorElected,
  type SuccessRecord,
  successRecordProblems,
} from "./mediation.ts";
import { testCalendar as calendar } from "./test-calendar.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe("T52 (Luật Hòa giải ở cơ sở Điều 2, 3.1): what may go to the village mediation team", () => {
  const dispute: MediationCandidate = { track: "grassroots", betweenResidents: true };
  const cases: [string, Partial<MediationCandidate>, string[]][] = [
    ["a neighbours' dispute raised as feedback", {}, []],
    [
      "a complaint against the commune's decision",
      { track: "complaint" },
      [
        "Chỉ chuyển tổ hòa giải các phản ánh, kiến nghị về mâu thuẫn, tranh chấp trong cộng đồng; khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo (T52, Luật Hòa giải ở cơ sở 2013 Điều 2, 3.1).",
      ],
    ],
    [
      "feedback that is not a dispute between residents (a broken street light)",
      { betweenResidents: false },
      [
        "Hòa giải ở cơ sở chỉ áp dụng cho mâu thuẫn, tranh chấp, vi phạm pháp luật giữa các bên trong cộng đồng (T52, Luật Hòa giải ở cơ sở 2013 Điều 2).",
      ],
    ],
    [
      "Điều 3.1.a and c: encroaching on public land, an act to be fined",
      { publicInterest: true, sanctionable: true },
      [
        "Không được hòa giải ở cơ sở: mâu thuẫn, tranh chấp xâm phạm lợi ích của Nhà nước, lợi ích công cộng (T52, Luật Hòa giải ở cơ sở 2013 Điều 3.1.a).",
        "Không được hòa giải ở cơ sở: vi phạm pháp luật phải bị truy cứu trách nhiệm hình sự hoặc xử lý vi phạm hành chính (T52, Luật Hòa giải ở cơ sở 2013 Điều 3.1.c).",
      ],
    ],
    [
      "Điều 3.1.b and d",
      { notMediable: true, otherwiseExcluded: true },
      [
        "Không được hòa giải ở cơ sở: vi phạm pháp luật về hôn nhân và gia đình, giao dịch dân sự mà theo pháp luật tố tụng dân sự không được hòa giải (T52, Luật Hòa giải ở cơ sở 2013 Điều 3.1.b).",
        "Không được hòa giải ở cơ sở: mâu thuẫn, tranh chấp khác không được hòa giải ở cơ sở theo quy định pháp luật (T52, Luật Hòa giải ở cơ sở 2013 Điều 3.1.d).",
      ],
    ],
  ];
  it.each(cases)("%s", (_, change, expected) => {
    const result = mediationRouting({ ...dispute, ...change });
    expect(messages(result.findings)).toEqual(expected);
    expect(result.allowed).toBe(expected.length === 0);
  });
});

describe("T49 (Luật HGCS Điều 8.3–8.4): electing and recognising mediators", () => {
  it.each([
    [51, 100, true, "2 × 51 = 102 > 100"],
    [50, 100, false, "2 × 50 = 100 ≤ 100"],
    [51, 101, true, "2 × 51 = 102 > 101"],
    [50, 101, false, "2 × 50 = 100 ≤ 101"],
  ])("%i approvals of %i households: elected %s", (approvals, households, elected, test) => {
    expect(mediatorElected(approvals, households)).toEqual({ elected, test });
  });
  it("invalid figures elect nobody", () => {
    expect(mediatorElected(3, 0)).toEqual({ elected: false, test: "số liệu không hợp lệ" });
    expect(mediatorElected(2.5, 4).elected).toBe(false);
  });
});

describe("T50 (Luật HGCS Điều 12.1) and T49 (Điều 8.4): a team that may take cases", () => {
  const m = (name: string, woman = false, ethnicMinority = false, recognised = true): Mediator => ({
    name,
    woman,
    ethnicMinority,
    recognised,
  });
  it("three recognised mediators, one a woman", () => {
    expect(
      mediationTeamProblems({
        mediators: [m("An"), m("Bình", true), m("Cường")],
        ethnicMinorityArea: false,
      }),
    ).toEqual([]);
  });
  it("two mediators, no woman, no ethnic-minority mediator where required, one not recognised", () => {
    expect(
      messages(
        mediationTeamProblems({
          mediators: [m("An"), m("Cường", false, false, false)],
          ethnicMinorityArea: true,
        }),
      ),
    ).toEqual([
      "Tổ hòa giải phải có từ 03 hòa giải viên trở lên (có 2) (T50, Luật Hòa giải ở cơ sở 2013 Điều 12.1).",
      "Tổ hòa giải phải có hòa giải viên nữ (T50, Luật Hòa giải ở cơ sở 2013 Điều 12.1).",
      "Vùng có nhiều đồng bào dân tộc thiểu số: tổ hòa giải phải có hòa giải viên là người dân tộc thiểu số (T50, Luật Hòa giải ở cơ sở 2013 Điều 12.1).",
      "Cường chưa có quyết định công nhận hòa giải viên của Chủ tịch UBND cấp xã (T49, Luật Hòa giải ở cơ sở 2013 Điều 8.4).",
    ]);
  });
});

describe("T51 (Luật HGCS Điều 20.2, 21.4): mediation starts within 03 days and is logged", () => {
  const art = "(T51, Luật Hòa giải ở cơ sở 2013 Điều 20.2).";
  it("assigned Wed 03/02/2027: the third day is mùng 1 Tết, so the period ends on Wed 10/02/2027", () => {
    expect(mediationStartDeadline(calendar, "2027-02-03")).toMatchObject({
      unit: "D",
      n: 3,
      due: "2027-02-10",
      rolledFrom: "2027-02-06",
      rule: "T51",
    });
  });
  const cases: [string, Partial<Parameters<typeof mediationCaseProblems>[1]>, string[]][] = [
    ["started on the last day, logged", { startedOn: "2027-02-10" }, []],
    [
      "started a day late",
      { startedOn: "2027-02-11" },
      [
        `Bắt đầu hòa giải ngày 11/02/2027, chậm (hạn chót 10/02/2027, 03 ngày kể từ ngày phân công 03/02/2027) ${art}`,
      ],
    ],
    [
      "not started, overdue, and not logged",
      { startedOn: null, logged: false, today: "2027-02-11" },
      [
        `Quá hạn nhưng chưa bắt đầu hòa giải (hạn chót 10/02/2027, 03 ngày kể từ ngày phân công 03/02/2027) ${art}`,
        "Vụ việc chưa được ghi vào Sổ theo dõi hoạt động hòa giải ở cơ sở (T51, Luật Hòa giải ở cơ sở 2013 Điều 21.4).",
      ],
    ],
    [
      "the parties agreed on a later time",
      { startedOn: "2027-02-20", partiesAgreedOtherTime: true },
      [],
    ],
  ];
  it.each(cases)("%s", (_, change, expected) => {
    const input = {
      assignedOn: "2027-02-03",
      startedOn: null,
      logged: true,
      today: "2027-02-10",
      ...change,
    };
    expect(messages(mediationCaseProblems(calendar, input))).toEqual(expected);
  });
});

describe("T51 (Luật HGCS Điều 24.2): the written success record", () => {
  const record: SuccessRecord = {
    basis: "Đề nghị của hai bên",
    parties: "Ông A, bà B",
    facts: "Tranh chấp lối đi chung",
    course: "Hai buổi hòa giải",
    agreement: "Mở lối đi rộng 2 m",
    rightsAndDuties: "…",
    performance: "Trước 30/03/2027",
    signatures: [
      { name: "Ông A", signed: true },
      { name: "Bà B", signed: true },
    ],
    mediatorSigned: true,
  };
  it("points a–h present and signed by both parties and the mediator", () => {
    expect(successRecordProblems(record)).toEqual([]);
  });
  it("missing points, a party and the mediator not signed", () => {
    expect(
      messages(
        successRecordProblems({
          ...record,
          course: "",
          performance: null,
          signatures: [
            { name: "Ông A", signed: true },
            { name: "Bà B", signed: false },
          ],
          mediatorSigned: false,
        }),
      ),
    ).toEqual([
      "Văn bản hòa giải thành thiếu: diễn biến của quá trình hòa giải (T51, Luật Hòa giải ở cơ sở 2013 Điều 24.2.d).",
      "Văn bản hòa giải thành thiếu: phương thức, thời hạn thực hiện thỏa thuận (T51, Luật Hòa giải ở cơ sở 2013 Điều 24.2.g).",
      "Bà B chưa ký hoặc điểm chỉ văn bản hòa giải thành (T51, Luật Hòa giải ở cơ sở 2013 Điều 24.2.h).",
      "Hòa giải viên chưa ký văn bản hòa giải thành (T51, Luật Hòa giải ở cơ sở 2013 Điều 24.2.h).",
    ]);
  });
  it("a single party is not a settlement between parties", () => {
    expect(
      messages(successRecordProblems({ ...record, signatures: [{ name: "Ông A", signed: true }] })),
    ).toEqual([
      "Văn bản hòa giải thành phải có chữ ký hoặc điểm chỉ của các bên (T51, Luật Hòa giải ở cơ sở 2013 Điều 24.2.h).",
    ]);
  });
});
