import { describe, expect, it } from "vitest";
import {
  conclusionPublicationProblems,
  dialogueAbsence,
  dialogueMinutesProblems,
  dialogueNoticeProblem,
  dialogueRequired,
  identityLeaks,
  missingContents,
  paknRecordProblems,
  REQUIRED_CONTENTS,
} from "./decision-contents.ts";
import { testCalendar as calendar } from "./test-calendar.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

const firstDecision = {
  date: "2027-02-10",
  parties: "Ông Nguyễn Văn An, thôn Đông; Chủ tịch UBND xã Hòa Bình",
  content: "Khiếu nại Quyết định số 12/QĐ-UBND",
  verification: "Kết quả xác minh …",
  legalBasis: "Luật Đất đai 2024 …",
  conclusion: "Khiếu nại đúng một phần",
  remedy: "Sửa đổi Điều 2 Quyết định số 12/QĐ-UBND",
  rights: "Ông An có quyền khiếu nại lần hai hoặc khởi kiện",
};

describe("T23 (Luật Khiếu nại Điều 31.2, 40.2): contents of a complaint decision", () => {
  const kn31 = "Luật Khiếu nại 2011 Điều 31.2";
  it("points a–i of Điều 31.2, and a–k of Điều 40.2, in order", () => {
    const points = (doc: keyof typeof REQUIRED_CONTENTS) =>
      REQUIRED_CONTENTS[doc].items.map((item) => item.point).join(" ");
    expect(points("complaint_first_decision")).toBe("a b c d đ e g h i i (thứ hai)");
    expect(points("complaint_second_decision")).toBe("a b c d đ e g h i k");
  });

  const cases: [
    string,
    Record<string, string | null>,
    Parameters<typeof missingContents>[2],
    string[],
  ][] = [
    ["complete, no dialogue held, no compensation at issue", firstDecision, {}, []],
    [
      "a dialogue was held: its result (đ) is required",
      firstDecision,
      { dialogueHeld: true },
      [`Quyết định giải quyết khiếu nại lần đầu thiếu: kết quả đối thoại (T23, ${kn31}.đ).`],
    ],
    [
      "damage is at issue: compensation (i) is required",
      firstDecision,
      { compensation: true },
      [
        `Quyết định giải quyết khiếu nại lần đầu thiếu: việc bồi thường thiệt hại (T23, ${kn31}.i).`,
      ],
    ],
    [
      "no verification result and no appeal rights (d, second i)",
      { ...firstDecision, verification: "", rights: null },
      {},
      [
        `Quyết định giải quyết khiếu nại lần đầu thiếu: kết quả xác minh nội dung khiếu nại (T23, ${kn31}.d).`,
        `Quyết định giải quyết khiếu nại lần đầu thiếu: quyền khiếu nại lần hai, quyền khởi kiện vụ án hành chính (T23, ${kn31}.i).`,
      ],
    ],
    [
      "Điều 31.3: three complainants, one decision without the list",
      firstDecision,
      { complainants: 3 },
      [
        "3 người cùng khiếu nại một nội dung: ra quyết định cho từng người hoặc một quyết định kèm theo danh sách những người khiếu nại (T23, Luật Khiếu nại 2011 Điều 31.3).",
      ],
    ],
    [
      "Điều 31.3: three complainants, with the list",
      firstDecision,
      { complainants: 3, perPersonOrListed: true },
      [],
    ],
  ];
  it.each(cases)("first instance: %s", (_, contents, context, expected) => {
    expect(messages(missingContents("complaint_first_decision", contents, context))).toEqual(
      expected,
    );
  });

  it("second instance: the first-instance result, the dialogue result and the right to sue are always required", () => {
    expect(
      messages(
        missingContents("complaint_second_decision", { ...firstDecision, verdict: "right" }),
      ),
    ).toEqual([
      "Quyết định giải quyết khiếu nại lần hai thiếu: kết quả giải quyết khiếu nại của người giải quyết lần đầu (T23, Luật Khiếu nại 2011 Điều 40.2.d).",
      "Quyết định giải quyết khiếu nại lần hai thiếu: kết quả đối thoại (T23, Luật Khiếu nại 2011 Điều 40.2.e).",
      "Quyết định giải quyết khiếu nại lần hai thiếu: quyền khởi kiện vụ án hành chính tại Tòa án (T23, Luật Khiếu nại 2011 Điều 40.2.k).",
    ]);
  });

  it("second instance: the conclusion says right, partly right or wholly wrong", () => {
    const complete = {
      ...firstDecision,
      firstResult: "Quyết định số 20/QĐ-UBND",
      dialogue: "Biên bản đối thoại ngày 01/02/2027",
      lawsuitRight: "Có quyền khởi kiện",
      verdict: "mostly right",
    };
    expect(missingContents("complaint_second_decision", complete)).toEqual([
      {
        rule: "T23",
        article: "Luật Khiếu nại 2011 Điều 40.2.h",
        field: "verdict",
        message:
          'Quyết định giải quyết khiếu nại lần hai phải kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ (nhận được "mostly right") (T23, Luật Khiếu nại 2011 Điều 40.2.h).',
      },
    ]);
    expect(missingContents("complaint_second_decision", { ...complete, verdict: "wrong" })).toEqual(
      [],
    );
  });
});

describe("T32 (Luật Tố cáo Điều 29.2) and Điều 35.2 (T35): denunciation acceptance and conclusion", () => {
  it("the acceptance decision states its date, basis, content and the resolution deadline", () => {
    expect(
      messages(
        missingContents("denunciation_acceptance", {
          date: "2027-01-06",
          basis: "Điều 29",
          content: "…",
        }),
      ),
    ).toEqual([
      "Quyết định thụ lý tố cáo thiếu: thời hạn giải quyết tố cáo (T32, Luật Tố cáo 2018 Điều 29.2.d).",
    ]);
  });
  it("the conclusion: verification, legal basis, verdict and responsibility, measures, recommendations", () => {
    const conclusion = {
      verification: "…",
      legalBasis: "…",
      verdict: "partly_right",
      responsibility: "…",
      measures: "…",
      recommendations: "…",
    };
    expect(missingContents("denunciation_conclusion", conclusion)).toEqual([]);
    expect(
      messages(
        missingContents("denunciation_conclusion", {
          ...conclusion,
          verdict: "wrong",
          measures: " ",
        }),
      ),
    ).toEqual([
      'Kết luận nội dung tố cáo phải kết luận nội dung tố cáo là đúng, đúng một phần hoặc sai sự thật (nhận được "wrong") (T35, Luật Tố cáo 2018 Điều 35.2.c).',
      "Kết luận nội dung tố cáo thiếu: các biện pháp xử lý theo thẩm quyền và kiến nghị xử lý (T35, Luật Tố cáo 2018 Điều 35.2.d).",
    ]);
  });
});

describe("T24, T25 (Luật Khiếu nại Điều 30, 39; NĐ 124/2020 Điều 28): dialogue", () => {
  it("T24: required at first instance only when request and verification differ; always at second instance", () => {
    expect(dialogueRequired("first", false).required).toBe(false);
    expect(dialogueRequired("first", true)).toEqual({
      required: true,
      rule: "T24",
      article: "Luật Khiếu nại 2011 Điều 30.1",
    });
    expect(dialogueRequired("second", false)).toEqual({
      required: true,
      rule: "T24",
      article:
        "Luật Khiếu nại 2011 Điều 39; NĐ 124/2020 Điều 28.2 (sửa đổi bởi NĐ 155/2026 Điều 11)",
    });
  });

  const t24new = "(T24, NĐ 124/2020 Điều 28.1 (sửa đổi bởi NĐ 155/2026 Điều 11)).";
  const notices: [string, string, string | null, string | null][] = [
    ["5 days before a dialogue on 10/07/2026", "2026-07-10", "2026-07-05", null],
    [
      "4 days before: too late from 01/07/2026",
      "2026-07-10",
      "2026-07-06",
      `Thông báo đối thoại gửi ngày 06/07/2026, chưa đủ 05 ngày trước ngày đối thoại 10/07/2026 (chậm nhất ngày 05/07/2026) ${t24new}`,
    ],
    [
      "1 day before a dialogue on 30/06/2026: no minimum before the decree",
      "2026-06-30",
      "2026-06-29",
      null,
    ],
    [
      "no written notice at all (Luật KN Điều 30.2)",
      "2026-06-30",
      null,
      "Chưa thông báo bằng văn bản thời gian, địa điểm, nội dung đối thoại ngày 30/06/2026 (T24, Luật Khiếu nại 2011 Điều 30.2).",
    ],
  ];
  it.each(notices)("T24 notice: %s", (_, dialogueOn, noticeOn, expected) => {
    expect(dialogueNoticeProblem(calendar, { dialogueOn, noticeOn })?.message ?? null).toBe(
      expected,
    );
  });

  const participants = [
    { name: "Nguyễn Văn An", present: true, signed: true },
    {
      name: "Chủ tịch UBND xã",
      present: true,
      signed: false,
      refusalReason: "Không đồng ý kết quả",
    },
    { name: "Trần Thị Bình", present: false, reasonGiven: true },
  ];
  it("T24 minutes from 01/07/2026: 3 copies, absentees with or without reason", () => {
    expect(
      dialogueMinutesProblems({
        heldOn: "2026-07-10",
        opinions: "…",
        result: "…",
        copies: 3,
        participants,
      }),
    ).toEqual([]);
    expect(
      messages(
        dialogueMinutesProblems({
          heldOn: "2026-07-10",
          opinions: "",
          result: "…",
          copies: 2,
          participants: [
            { name: "Nguyễn Văn An", present: true, signed: false },
            { name: "Trần Thị Bình", present: false },
          ],
        }),
      ),
    ).toEqual([
      "Biên bản đối thoại phải ghi ý kiến của những người tham gia (T24, Luật Khiếu nại 2011 Điều 30.4).",
      "Nguyễn Văn An có mặt nhưng không ký, điểm chỉ và biên bản không ghi rõ lý do (T24, Luật Khiếu nại 2011 Điều 30.4).",
      "Biên bản đối thoại phải lập thành ít nhất 03 bản, mỗi bên giữ một bản (lập 2 bản) (T24, NĐ 124/2020 Điều 28.4 (sửa đổi bởi NĐ 155/2026 Điều 11)).",
      "Biên bản phải ghi rõ Trần Thị Bình vắng mặt có lý do hay không có lý do (T24, NĐ 124/2020 Điều 28.4 (sửa đổi bởi NĐ 155/2026 Điều 11)).",
    ]);
  });
  it("T24 minutes before 01/07/2026: Điều 30.4 only", () => {
    expect(
      dialogueMinutesProblems({
        heldOn: "2026-06-30",
        opinions: "…",
        result: "…",
        copies: 1,
        participants: [{ name: "Trần Thị Bình", present: false }],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      "2026-07-10",
      "none",
      "continue",
      "Người khiếu nại đã được mời đối thoại nhưng không tham gia mà không có lý do chính đáng: vẫn tiếp tục giải quyết khiếu nại (T25, NĐ 124/2020 Điều 28.5, 28a (sửa đổi, bổ sung bởi NĐ 155/2026 Điều 11, 12)).",
    ],
    [
      "2026-07-10",
      "force_majeure",
      "may_suspend",
      "Người khiếu nại vắng mặt vì sự kiện bất khả kháng: có thể tạm đình chỉ giải quyết khiếu nại (T25, NĐ 124/2020 Điều 28.5, 28a (sửa đổi, bổ sung bởi NĐ 155/2026 Điều 11, 12)).",
    ],
    [
      "2026-06-30",
      "force_majeure",
      "continue",
      "Người khiếu nại vắng mặt: kết quả đối thoại chỉ là một trong các căn cứ giải quyết; tiếp tục giải quyết trong thời hạn (T25, Luật Khiếu nại 2011 Điều 30.5).",
    ],
  ] as const)(
    "T25: dialogue on %s, absent with reason %s → %s",
    (dialogueOn, reason, outcome, message) => {
      const result = dialogueAbsence({ dialogueOn, reason });
      expect(result.outcome).toBe(outcome);
      expect(result.finding.message).toBe(message);
    },
  );
});

describe("T35 (Luật Tố cáo Điều 8.3, 40; NĐ 31/2019 Điều 6.2): publishing a conclusion without the denouncer", () => {
  const identity = {
    name: "Nguyễn Văn An",
    address: "Số 5 ngõ 12 thôn Đông",
    phone: "0912 345 678",
    email: "an.nguyen@example.vn",
    idNumber: "001090012345",
  };
  const art = " (T35, Luật Tố cáo 2018 Điều 8.3, 40.3).";
  const leaks: [string, string, string[]][] = [
    [
      "a clean text",
      "Kết luận: ông Nguyễn Văn Anh, công chức địa chính, đã thu tiền sai quy định.",
      [],
    ],
    [
      "the name without diacritics, in capitals",
      "Theo don cua NGUYEN VAN AN ngay 02/06/2026",
      [`Văn bản công khai làm lộ họ tên của người tố cáo${art}`],
    ],
    [
      "the address",
      "Người tố cáo ở số 5 Ngõ 12  thôn Đông.",
      [`Văn bản công khai làm lộ địa chỉ của người tố cáo${art}`],
    ],
    [
      "the phone with another prefix and spacing",
      "Liên hệ +84 912.345.678",
      [`Văn bản công khai làm lộ số điện thoại của người tố cáo${art}`],
    ],
    ["a longer number that only contains the phone", "Số hồ sơ 909123456789", []],
    [
      "the e-mail and the ID number",
      "an.nguyen@example.vn, CCCD 001090012345",
      [
        `Văn bản công khai làm lộ thư điện tử của người tố cáo${art}`,
        `Văn bản công khai làm lộ số định danh cá nhân của người tố cáo${art}`,
      ],
    ],
  ];
  it.each(leaks)("identity leaks: %s", (_, text, expected) => {
    expect(messages(identityLeaks(text, identity))).toEqual(expected);
  });

  const pub = " (T35, Luật Tố cáo 2018 Điều 40.1).";
  const post = " (T35, NĐ 31/2019 Điều 6.2).";
  const clean = "Kết luận nội dung tố cáo đối với ông Nguyễn Văn Anh.";
  const cases: [string, Partial<Parameters<typeof conclusionPublicationProblems>[1]>, string[]][] =
    [
      [
        "posted on the 7th working day after the conclusion (Tết skipped) for 15 days",
        { publications: [{ form: "posting", from: "2027-02-15", to: "2027-03-01" }] },
        [],
      ],
      [
        "posted one working day late, for 14 days",
        { publications: [{ form: "posting", from: "2027-02-16", to: "2027-03-01" }] },
        [
          `Công khai kết luận ngày 16/02/2027, chậm (hạn chót 15/02/2027, 07 ngày làm việc kể từ ngày kết luận 01/02/2027)${pub}`,
          `Niêm yết từ 16/02/2027 đến 01/03/2027 được 14 ngày; phải ít nhất 15 ngày liên tục${post}`,
        ],
      ],
      [
        "broadcast once; the portal posting still up",
        {
          publications: [
            { form: "broadcast", from: "2027-02-10", times: 1 },
            { form: "portal", from: "2027-02-10", to: null },
          ],
        },
        [
          `Thông báo trên báo in, phát thanh, truyền hình phải ít nhất 02 lần liên tiếp (1 lần)${post}`,
        ],
      ],
      [
        "announced at a meeting of the denounced person's agency",
        { publications: [{ form: "meeting", from: "2027-02-11" }] },
        [],
      ],
      ["not published, not yet due", { publications: [], today: "2027-02-15" }, []],
      [
        "not published and overdue",
        { publications: [], today: "2027-02-16" },
        [
          `Quá hạn nhưng chưa công khai kết luận (hạn chót 15/02/2027, 07 ngày làm việc kể từ ngày kết luận 01/02/2027)${pub}`,
        ],
      ],
      [
        "the original petition attached, and the name in the text",
        {
          text: `${clean} Theo đơn của ông Nguyễn Văn An.`,
          includesOriginalPetition: true,
          publications: [{ form: "meeting", from: "2027-02-11" }],
        },
        [
          `Văn bản công khai làm lộ họ tên của người tố cáo${art}`,
          `Không được công khai đơn tố cáo gốc: bút tích làm lộ danh tính người tố cáo${art}`,
        ],
      ],
    ];
  it.each(cases)("publication: %s", (_, change, expected) => {
    const input = {
      concludedOn: "2027-02-01",
      text: clean,
      identity,
      publications: [],
      today: "2027-03-10",
      ...change,
    };
    expect(messages(conclusionPublicationProblems(calendar, input))).toEqual(expected);
  });
});

describe("T13 (NĐ 20/2008 Điều 9.1, 14.2, 19): a PAKN's register, database and published result", () => {
  it("registered, stored and answered by letter: nothing to report", () => {
    expect(
      paknRecordProblems({
        registered: true,
        inDatabase: true,
        handled: true,
        publishedVia: ["letter"],
      }),
    ).toEqual([]);
  });
  it("not registered, not stored, handled but not published", () => {
    expect(
      messages(
        paknRecordProblems({
          registered: false,
          inDatabase: false,
          handled: true,
          publishedVia: [],
        }),
      ),
    ).toEqual([
      "Phản ánh, kiến nghị chưa được vào sổ tiếp nhận (T13, NĐ 20/2008 Điều 9.1.c).",
      "Phản ánh, kiến nghị chưa được lưu vào cơ sở dữ liệu điện tử (T13, NĐ 20/2008 Điều 9.1.đ).",
      "Kết quả xử lý phản ánh, kiến nghị phải được công khai (cổng thông tin, phương tiện thông tin đại chúng, văn bản gửi người phản ánh hoặc hình thức khác) (T13, NĐ 20/2008 Điều 14.2, 19).",
    ]);
  });
  it("still being handled: no result to publish yet", () => {
    expect(
      paknRecordProblems({ registered: true, inDatabase: true, handled: false, publishedVia: [] }),
    ).toEqual([]);
  });
});
