import { describe, expect, it } from "vitest";
import {
  anonymousTipHandling,
  COMPLAINT_REFUSAL_GROUNDS,
  type ComplaintAcceptanceFacts,
  complaintAcceptance,
  complaintWithdrawal,
  type DenunciationAcceptanceFacts,
  denunciationAcceptance,
  denunciationWithdrawal,
} from "./acceptance.ts";
import { complaintTimeBar } from "./clocks.ts";
import { testCalendar as calendar } from "./test-calendar.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe("Luật Khiếu nại Điều 11 (T14, T15, T16, T26): complaints not accepted", () => {
  const base: ComplaintAcceptanceFacts = { filedOn: "2026-07-02", signed: true };
  const kn = "Luật Khiếu nại 2011 Điều 11";

  it("the nine grounds, in the order of the article", () => {
    expect(COMPLAINT_REFUSAL_GROUNDS.map((g) => `${g.code}:${g.rule}`)).toEqual([
      "1:T16",
      "2:T16",
      "3:T16",
      "4:T16",
      "5:T14",
      "6:T15",
      "7:T16",
      "8:T26",
      "9:T16",
    ]);
  });

  const cases: [string, Partial<ComplaintAcceptanceFacts>, string[], string[]][] = [
    ["a complaint with no ground is accepted", {}, [], []],
    [
      "Điều 11.1: an internal direction",
      { internalOrNormative: true },
      ["1"],
      [
        `Không thụ lý: quyết định, hành vi hành chính trong nội bộ cơ quan nhà nước, trong chỉ đạo điều hành của cấp trên với cấp dưới, quyết định có chứa quy phạm pháp luật, hoặc thuộc bí mật nhà nước về quốc phòng, an ninh, ngoại giao (T16, ${kn}.1).`,
      ],
    ],
    [
      "Điều 11.2 and 11.9: not the complainant's rights, and already before a court",
      { notDirectlyConcerned: true, courtSeized: true },
      ["2", "9"],
      [
        `Không thụ lý: quyết định, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (T16, ${kn}.2).`,
        `Không thụ lý: việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (trừ quyết định đình chỉ giải quyết vụ án hành chính) (T16, ${kn}.9).`,
      ],
    ],
    [
      "Điều 11.3, 11.4: capacity and representation",
      { lacksCapacityWithoutRepresentative: true, unlawfulRepresentative: true },
      ["3", "4"],
      [
        `Không thụ lý: người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp (T16, ${kn}.3).`,
        `Không thụ lý: người đại diện không hợp pháp thực hiện khiếu nại (T16, ${kn}.4).`,
      ],
    ],
    [
      "T14 (Điều 11.5): unsigned",
      { signed: false },
      ["5"],
      [
        `Không thụ lý: đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại (T14, ${kn}.5).`,
      ],
    ],
    [
      "Điều 11.7: a second-instance decision exists",
      { secondInstanceDecisionExists: true },
      ["7"],
      [`Không thụ lý: khiếu nại đã có quyết định giải quyết khiếu nại lần hai (T16, ${kn}.7).`],
    ],
    [
      "T26 (Điều 11.8): refiled within 30 days of a termination notice is accepted",
      { terminationNoticeOn: "2027-01-06", filedOn: "2027-02-10" },
      [],
      [],
    ],
    [
      "T26 (Điều 11.8): refiled after the 30 days (which ended on 10/02/2027, after Tết)",
      { terminationNoticeOn: "2027-01-06", filedOn: "2027-02-11" },
      ["8"],
      [
        `Không thụ lý: có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại: thông báo đình chỉ ngày 06/01/2027, khiếu nại lại ngày 11/02/2027, sau ngày 10/02/2027 (T26, ${kn}.8).`,
      ],
    ],
  ];
  it.each(cases)("%s", (_, facts, grounds, expected) => {
    const result = complaintAcceptance(calendar, { ...base, ...facts });
    expect(result.grounds).toEqual(grounds);
    expect(messages(result.findings)).toEqual(expected);
    expect(result.accept).toBe(expected.length === 0);
  });

  it("T15 (Điều 11.6): the time bar, from complaintTimeBar, with and without good reason", () => {
    const late = complaintTimeBar(calendar, {
      kind: "administrative_first",
      from: "2026-11-08",
      filedOn: "2027-02-11",
    });
    expect(
      messages(
        complaintAcceptance(calendar, { ...base, filedOn: "2027-02-11", timeBar: late }).findings,
      ),
    ).toEqual([
      `Không thụ lý: thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng (T15, ${kn}.6).`,
    ]);
    const excused = complaintTimeBar(calendar, {
      kind: "administrative_first",
      from: "2026-11-08",
      filedOn: "2027-02-11",
      obstacles: [{ from: "2026-12-01", until: "2026-12-11" }],
    });
    expect(
      complaintAcceptance(calendar, { ...base, filedOn: "2027-02-11", timeBar: excused }).accept,
    ).toBe(true);
  });

  it("T16: a group complaint needs all signatures and the representative document; the article follows the filing day", () => {
    const group = { allSigned: false, representativeDocument: true };
    expect(
      messages(complaintAcceptance(calendar, { ...base, filedOn: "2026-06-30", group }).findings),
    ).toEqual([
      "Nhiều người cùng khiếu nại một nội dung chỉ được thụ lý khi đơn có đầy đủ chữ ký của những người khiếu nại và có văn bản cử người đại diện (T16, TT 07/2013/TT-TTCP Điều 5.1).",
    ]);
    expect(
      messages(complaintAcceptance(calendar, { ...base, filedOn: "2026-07-01", group }).findings),
    ).toEqual([
      "Nhiều người cùng khiếu nại một nội dung chỉ được thụ lý khi đơn có đầy đủ chữ ký của những người khiếu nại và có văn bản cử người đại diện (T16, NĐ 124/2020 Điều 16.1 (sửa đổi bởi NĐ 155/2026 Điều 10)).",
    ]);
    expect(
      complaintAcceptance(calendar, {
        ...base,
        group: { allSigned: true, representativeDocument: true },
      }).accept,
    ).toBe(true);
  });
});

describe("T31 (Luật Tố cáo Điều 24, 29.1): denunciation acceptance", () => {
  const ok: DenunciationAcceptanceFacts = {
    meetsForm: true,
    capacity: true,
    competent: true,
    identifiesViolation: true,
  };
  const cases: [string, Partial<DenunciationAcceptanceFacts>, string, string[]][] = [
    ["all of Điều 29.1 a–d: accepted", {}, "accept", []],
    [
      "Điều 24.2: not competent → transfer within WD5",
      { competent: false },
      "transfer",
      [
        "Tố cáo không thuộc thẩm quyền: chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền trong 05 ngày làm việc và thông báo cho người tố cáo (T31, Luật Tố cáo 2018 Điều 24.2).",
      ],
    ],
    [
      "Điều 24.3: not competent and the competent body has it too → not processed",
      { competent: false, alsoSentToCompetent: true },
      "not_processed",
      [
        "Tố cáo không thuộc thẩm quyền và đã được gửi đến cơ quan có thẩm quyền (hoặc đã được hướng dẫn): không xử lý (T31, Luật Tố cáo 2018 Điều 24.3).",
      ],
    ],
    [
      "Điều 29.1.a, b, d fail",
      { meetsForm: false, capacity: false, identifiesViolation: false },
      "refuse",
      [
        "Không thụ lý: tố cáo không thực hiện theo Điều 23 Luật Tố cáo (T31, Luật Tố cáo 2018 Điều 29.1.a).",
        "Không thụ lý: người tố cáo không có đủ năng lực hành vi dân sự và không có người đại diện theo pháp luật (T31, Luật Tố cáo 2018 Điều 29.1.b).",
        "Không thụ lý: nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật (T31, Luật Tố cáo 2018 Điều 29.1.d).",
      ],
    ],
    [
      "Điều 29.1: against the complaint resolver, without evidence",
      { againstComplaintResolver: true },
      "refuse",
      [
        "Không thụ lý: tố cáo người đã giải quyết khiếu nại đúng pháp luật chỉ được thụ lý khi người tố cáo cung cấp được thông tin, tài liệu, chứng cứ về hành vi vi phạm của người đó (T31, Luật Tố cáo 2018 Điều 29.1).",
      ],
    ],
    [
      "Điều 29.1: against the complaint resolver, with evidence",
      { againstComplaintResolver: true, evidenceAgainstResolver: true },
      "accept",
      [],
    ],
  ];
  it.each(cases)("%s", (_, facts, outcome, expected) => {
    const result = denunciationAcceptance({ ...ok, ...facts });
    expect(result.outcome).toBe(outcome);
    expect(messages(result.findings)).toEqual(expected);
  });
});

describe("T30 (Luật Tố cáo Điều 25.2): an anonymous tip", () => {
  const clear = { namesViolator: true, concreteEvidence: true, verifiable: true, competent: true };
  it.each([
    ["clear, with evidence, competent → inspect", clear, "inspect"],
    ["clear, with evidence, not competent → transfer", { ...clear, competent: false }, "transfer"],
    ["no concrete evidence → no action", { ...clear, concreteEvidence: false }, "no_action"],
    ["violator not named → no action", { ...clear, namesViolator: false }, "no_action"],
  ] as const)("%s", (_, tip, outcome) => {
    const result = anonymousTipHandling(tip);
    expect(result.outcome).toBe(outcome);
    expect(result.finding.article).toBe("Luật Tố cáo 2018 Điều 25");
  });
  it("an inspected tip tells nobody", () => {
    expect(anonymousTipHandling(clear).finding.message).toBe(
      "Thông tin có nội dung tố cáo rõ ràng, có chứng cứ cụ thể: tiến hành thanh tra, kiểm tra theo thẩm quyền; không thông báo cho người gửi (T30, Luật Tố cáo 2018 Điều 25).",
    );
  });
});

describe("T26 (Luật Khiếu nại Điều 10; NĐ 124/2020 Điều 7a): withdrawing a complaint", () => {
  const trio = ["An", "Bình", "Cường"];
  it("all complainants withdraw in a signed letter: terminate", () => {
    expect(
      complaintWithdrawal({
        withdrawnOn: "2026-07-01",
        written: true,
        signed: true,
        complainants: trio,
        withdrawing: trio,
      }),
    ).toEqual({
      outcome: "terminate",
      remaining: [],
      findings: [
        {
          rule: "T26",
          article:
            "Luật Khiếu nại 2011 Điều 10; NĐ 124/2020 Điều 7a (bổ sung bởi NĐ 155/2026 Điều 5)",
          message:
            "Toàn bộ người khiếu nại đã rút khiếu nại: ban hành quyết định đình chỉ giải quyết khiếu nại và thông báo bằng văn bản (T26, Luật Khiếu nại 2011 Điều 10; NĐ 124/2020 Điều 7a (bổ sung bởi NĐ 155/2026 Điều 5)).",
        },
      ],
    });
  });
  it("some withdraw on 01/07/2026: the rest continue, citing NĐ 124 Điều 7a", () => {
    const result = complaintWithdrawal({
      withdrawnOn: "2026-07-01",
      written: true,
      signed: true,
      complainants: trio,
      withdrawing: ["Bình"],
    });
    expect(result.outcome).toBe("continue");
    expect(result.remaining).toEqual(["An", "Cường"]);
    expect(messages(result.findings)).toEqual([
      "Tiếp tục giải quyết đối với An, Cường; người đã rút (Bình) không còn quyền, nghĩa vụ của người khiếu nại (T26, Luật Khiếu nại 2011 Điều 10; NĐ 124/2020 Điều 7a (bổ sung bởi NĐ 155/2026 Điều 5)).",
    ]);
  });
  it("some withdraw on 30/06/2026: the same outcome on Điều 10 alone", () => {
    const result = complaintWithdrawal({
      withdrawnOn: "2026-06-30",
      written: true,
      signed: true,
      complainants: trio,
      withdrawing: ["Bình"],
    });
    expect(result.findings[0]?.article).toBe("Luật Khiếu nại 2011 Điều 10");
  });
  it("unsigned, or by someone who is not a complainant: invalid, nothing changes", () => {
    expect(
      complaintWithdrawal({
        withdrawnOn: "2026-07-01",
        written: true,
        signed: false,
        complainants: trio,
        withdrawing: ["Dũng"],
      }),
    ).toEqual({
      outcome: "invalid",
      remaining: trio,
      findings: [
        {
          rule: "T26",
          article: "Luật Khiếu nại 2011 Điều 10",
          message:
            "Rút khiếu nại phải bằng đơn có chữ ký hoặc điểm chỉ của người khiếu nại gửi người có thẩm quyền giải quyết (T26, Luật Khiếu nại 2011 Điều 10).",
        },
        {
          rule: "T26",
          article: "Luật Khiếu nại 2011 Điều 10",
          message:
            "Dũng không phải là người khiếu nại trong vụ việc (T26, Luật Khiếu nại 2011 Điều 10).",
        },
      ],
    });
  });
});

describe("T37 (Luật Tố cáo Điều 33; NĐ 31/2019 Điều 4 as replaced by NĐ 156/2026): withdrawing a denunciation", () => {
  const petition = {
    date: "2026-07-02",
    name: "Nguyễn Văn An",
    address: "Thôn Đông",
    contact: "0912345678",
    content: "Toàn bộ nội dung tố cáo ngày 02/06/2026",
    signed: true,
  };
  const base = {
    withdrawnOn: "2026-07-02",
    form: "petition" as const,
    petition,
    scope: "all" as const,
    denouncers: ["An"],
    withdrawing: ["An"],
  };
  const nd156 = "NĐ 31/2019 Điều 4 (sửa đổi bởi NĐ 156/2026 Điều 1)";
  const cases: [string, Partial<Parameters<typeof denunciationWithdrawal>[0]>, string, string[]][] =
    [
      [
        "the only denouncer withdraws everything by a complete Mẫu 02 petition: terminate",
        {},
        "terminate",
        [
          "Rút toàn bộ nội dung tố cáo: đình chỉ việc giải quyết tố cáo (T37, Luật Tố cáo 2018 Điều 33.2, 34.3.a).",
        ],
      ],
      [
        "from 01/07/2026 the petition lacks the address and the contact",
        { petition: { ...petition, address: "", contact: null } },
        "invalid",
        [
          `Đơn rút tố cáo (Mẫu 02) phải ghi địa chỉ (T37, ${nd156}).`,
          `Đơn rút tố cáo (Mẫu 02) phải ghi cách thức liên hệ (T37, ${nd156}).`,
        ],
      ],
      [
        "before 01/07/2026 the Mẫu 02 fields were not required, only a signed writing",
        { withdrawnOn: "2026-06-30", petition: { signed: true } },
        "terminate",
        [
          "Rút toàn bộ nội dung tố cáo: đình chỉ việc giải quyết tố cáo (T37, Luật Tố cáo 2018 Điều 33.2, 34.3.a).",
        ],
      ],
      [
        "before 01/07/2026, unsigned",
        { withdrawnOn: "2026-06-30", petition: { signed: false } },
        "invalid",
        [
          "Đơn rút tố cáo phải có chữ ký hoặc điểm chỉ của người rút tố cáo (T37, Luật Tố cáo 2018 Điều 33.1).",
        ],
      ],
      [
        "by minutes (Mẫu 03) not signed",
        { form: "minutes", minutesSigned: false },
        "invalid",
        [
          `Biên bản ghi nhận việc rút tố cáo phải có chữ ký hoặc điểm chỉ của người rút tố cáo (T37, ${nd156}).`,
        ],
      ],
      [
        "by signed minutes",
        { form: "minutes", minutesSigned: true },
        "terminate",
        [
          "Rút toàn bộ nội dung tố cáo: đình chỉ việc giải quyết tố cáo (T37, Luật Tố cáo 2018 Điều 33.2, 34.3.a).",
        ],
      ],
      [
        "orally, with nothing in writing",
        { form: "none" },
        "invalid",
        [
          `Việc rút tố cáo phải bằng văn bản: đơn rút tố cáo hoặc biên bản ghi nhận việc rút tố cáo (T37, ${nd156}).`,
        ],
      ],
      [
        "on the day of the conclusion: too late",
        { concludedOn: "2026-07-02" },
        "invalid",
        [
          "Chỉ được rút tố cáo trước khi ban hành kết luận nội dung tố cáo (kết luận ngày 02/07/2026) (T37, Luật Tố cáo 2018 Điều 33.1).",
        ],
      ],
      [
        "the day before the conclusion",
        { concludedOn: "2026-07-03" },
        "terminate",
        [
          "Rút toàn bộ nội dung tố cáo: đình chỉ việc giải quyết tố cáo (T37, Luật Tố cáo 2018 Điều 33.2, 34.3.a).",
        ],
      ],
      [
        "part of the content: the rest continues",
        { scope: "part" },
        "continue",
        [
          "Rút một phần nội dung tố cáo: phần còn lại tiếp tục được giải quyết (T37, Luật Tố cáo 2018 Điều 33.2).",
        ],
      ],
      [
        "one of two denouncers: continues for the other",
        { denouncers: ["An", "Bình"] },
        "continue",
        ["Tố cáo tiếp tục được giải quyết đối với Bình (T37, Luật Tố cáo 2018 Điều 33.2)."],
      ],
      [
        "signs of a violation and coercion: resolution goes on",
        { signsOfViolation: true, coerced: true },
        "continue",
        [
          "Vẫn phải giải quyết tố cáo vì hành vi bị tố cáo có dấu hiệu vi phạm pháp luật; việc rút tố cáo do bị đe dọa, ép buộc, mua chuộc (T37, Luật Tố cáo 2018 Điều 33.3).",
        ],
      ],
      [
        "slander: resolution goes on",
        { slander: true },
        "continue",
        [
          "Vẫn phải giải quyết tố cáo vì người tố cáo lợi dụng việc tố cáo để vu khống (T37, Luật Tố cáo 2018 Điều 33.3).",
        ],
      ],
    ];
  it.each(cases)("%s", (_, change, outcome, expected) => {
    const result = denunciationWithdrawal({ ...base, ...change });
    expect(result.outcome).toBe(outcome);
    expect(messages(result.findings)).toEqual(expected);
  });
});
