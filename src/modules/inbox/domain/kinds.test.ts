import { describe, expect, it } from "vitest";
import {
  ANONYMITY,
  denouncerIdentityView,
  type IntakeFields,
  intakeProblems,
  isAnonymous,
  KIND_LABELS,
  KINDS,
  type Kind,
  representativeProblems,
  type Track,
  trackOf,
} from "./kinds.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

const person = {
  name: "Nguyễn Văn An",
  address: "Thôn Đông, xã Hòa Bình",
  contact: "0912 345 678",
};
const complaint: IntakeFields = {
  channel: "web",
  ...person,
  submittedOn: "2026-07-02",
  respondent: "Chủ tịch UBND xã Hòa Bình",
  respondentAddress: "UBND xã Hòa Bình",
  content: "Quyết định thu hồi đất số 12/QĐ-UBND",
  reasons: "Không được bồi thường",
  request: "Hủy quyết định",
  signed: true,
};
const denunciation: IntakeFields = {
  channel: "post",
  ...person,
  submittedOn: "2026-07-02",
  content: "Thu tiền sai quy định khi cấp giấy xác nhận",
  accused: "Công chức địa chính xã",
  signed: true,
};

describe("the four legal kinds and satisfaction ratings", () => {
  it("labels in Vietnamese and English", () => {
    expect(KINDS.map((k) => KIND_LABELS[k].vi)).toEqual([
      "Phản ánh",
      "Kiến nghị",
      "Khiếu nại",
      "Tố cáo",
      "Đánh giá sự hài lòng",
    ]);
    expect(KIND_LABELS.to_cao.en).toBe("Denunciation");
  });

  const tracks: [string, Kind, IntakeFields, Track][] = [
    [
      "NĐ 20/2008 Điều 1: feedback about a regulation",
      "phan_anh",
      { channel: "web", aboutRegulation: true },
      "pakn",
    ],
    ["Luật 10/2022 Điều 35.2a: any other petition", "kien_nghi", { channel: "web" }, "grassroots"],
    ["Luật KN Điều 2: an administrative decision", "khieu_nai", { channel: "web" }, "complaint"],
    [
      "Luật KN Điều 46: a disciplinary decision",
      "khieu_nai",
      { channel: "web", disciplinary: true },
      "disciplinary_complaint",
    ],
    ["T29 (Luật TC Điều 23): a named denunciation", "to_cao", denunciation, "denunciation"],
    [
      "T30 (Luật TC Điều 25.1): anonymous",
      "to_cao",
      { ...denunciation, anonymous: true },
      "anonymous_tip",
    ],
    [
      "T30 (Luật TC Điều 25.1): no address",
      "to_cao",
      { ...denunciation, address: " " },
      "anonymous_tip",
    ],
    [
      "T30 (Luật TC Điều 25.1): identity not verifiable",
      "to_cao",
      { ...denunciation, identityUnverified: true },
      "anonymous_tip",
    ],
    [
      "T30 (Luật TC Điều 25.1, 22): by phone, not a form of Art 22",
      "to_cao",
      { ...denunciation, channel: "phone" },
      "anonymous_tip",
    ],
    ["R48: a rating", "danh_gia", { channel: "web" }, "satisfaction"],
  ];
  it.each(tracks)("track: %s", (_, kind, fields, track) => {
    expect(trackOf(kind, fields)).toBe(track);
  });

  it("anonymity: allowed and marked for grassroots feedback and ratings; a denunciation becomes a tip; refused elsewhere", () => {
    expect(Object.fromEntries(Object.entries(ANONYMITY).map(([t, a]) => [t, a.allowed]))).toEqual({
      pakn: false,
      grassroots: true,
      complaint: false,
      disciplinary_complaint: false,
      denunciation: false,
      anonymous_tip: true,
      satisfaction: true,
    });
    expect(
      isAnonymous("phan_anh", { channel: "web", anonymous: true, content: "Đèn đường hỏng" }),
    ).toBe(true);
    expect(isAnonymous("to_cao", { ...denunciation, name: "" })).toBe(true);
    expect(isAnonymous("to_cao", denunciation)).toBe(false);
  });
});

describe("intakeProblems: what each kind must contain", () => {
  const cases: [string, Kind, IntakeFields, string[]][] = [
    [
      "R48 (Luật 10/2022 Điều 35.2a): anonymous grassroots feedback is received",
      "phan_anh",
      { channel: "web", anonymous: true, content: "Đèn đường thôn Đông hỏng" },
      [],
    ],
    [
      "R48: but not without content",
      "kien_nghi",
      { channel: "web", content: " " },
      ["Phản ánh, kiến nghị phải ghi nội dung (R48, Luật 10/2022 Điều 35.2a)."],
    ],
    [
      "T10 (NĐ 20/2008 Điều 7.1, 9.1.d): a complete written PAKN",
      "kien_nghi",
      { channel: "email", aboutRegulation: true, ...person, content: "Thủ tục chứng thực rườm rà" },
      [],
    ],
    [
      "T10: an anonymous PAKN about a regulation is not received",
      "phan_anh",
      {
        channel: "web",
        aboutRegulation: true,
        anonymous: true,
        content: "Thủ tục chứng thực rườm rà",
      },
      [
        "Phản ánh, kiến nghị về quy định hành chính không được gửi ẩn danh: phải ghi rõ họ và tên, địa chỉ, cách thức liên hệ (số điện thoại hoặc địa chỉ thư tín) (T10, NĐ 20/2008 Điều 7.1.d, 9.1.d).",
      ],
    ],
    [
      "T10: a PAKN without phone or postal address",
      "phan_anh",
      {
        channel: "web",
        aboutRegulation: true,
        ...person,
        contact: "",
        content: "Thủ tục chứng thực rườm rà",
      },
      [
        "Phản ánh, kiến nghị về quy định hành chính phải ghi cách thức liên hệ (số điện thoại hoặc địa chỉ thư tín) (T10, NĐ 20/2008 Điều 7.1, 9.1.d).",
      ],
    ],
    [
      "T11 (NĐ 20/2008 Điều 7.2): a phone PAKN on the dedicated line, transcribed",
      "phan_anh",
      {
        channel: "phone",
        aboutRegulation: true,
        ...person,
        content: "Hỏi về lệ phí",
        dedicatedLine: true,
        transcribed: true,
      },
      [],
    ],
    [
      "T11: a phone PAKN on another line, not written down",
      "phan_anh",
      { channel: "phone", aboutRegulation: true, ...person, content: "Hỏi về lệ phí" },
      [
        "Phản ánh, kiến nghị qua điện thoại chỉ được tiếp nhận qua số điện thoại chuyên dùng đã công bố (T11, NĐ 20/2008 Điều 7.2).",
        "Người tiếp nhận phải ghi chép trung thực nội dung cuộc gọi thành văn bản (T11, NĐ 20/2008 Điều 7.2).",
      ],
    ],
    ["T14 (Luật KN Điều 8.2): a complete complaint", "khieu_nai", complaint, []],
    [
      "T14: an unsigned complaint without a reason or a request (Điều 8.2, 11.5)",
      "khieu_nai",
      { ...complaint, signed: false, reasons: null, request: "" },
      [
        "Đơn khiếu nại phải ghi lý do khiếu nại (T14, Luật Khiếu nại 2011 Điều 8.2).",
        "Đơn khiếu nại phải ghi yêu cầu của người khiếu nại (T14, Luật Khiếu nại 2011 Điều 8.2).",
        "Đơn khiếu nại phải có chữ ký hoặc điểm chỉ của người khiếu nại; đơn không có chữ ký hoặc điểm chỉ không được thụ lý (T14, Luật Khiếu nại 2011 Điều 8.2, 11.5).",
      ],
    ],
    [
      "T14: an anonymous complaint",
      "khieu_nai",
      { ...complaint, anonymous: true, name: null, address: null },
      [
        "Đơn khiếu nại không được gửi ẩn danh: phải ghi rõ họ và tên, địa chỉ (T14, Luật Khiếu nại 2011 Điều 8.2, 11.5).",
      ],
    ],
    [
      "T14 (Điều 8.1): not by phone",
      "khieu_nai",
      { ...complaint, channel: "phone" },
      [
        "Khiếu nại phải được thực hiện bằng đơn hoặc trình bày trực tiếp, không qua điện thoại (T14, Luật Khiếu nại 2011 Điều 8.1).",
      ],
    ],
    [
      "T14 (Điều 8.3): in person at the desk, recorded and signed",
      "khieu_nai",
      { ...complaint, channel: "desk", transcribed: true },
      [],
    ],
    [
      "T14 (Điều 8.3): in person but not written down",
      "khieu_nai",
      { ...complaint, channel: "voter_meeting" },
      [
        "Khiếu nại trình bày trực tiếp phải được người tiếp nhận ghi lại bằng văn bản (T14, Luật Khiếu nại 2011 Điều 8.3).",
      ],
    ],
    [
      "T14 (Điều 49): a disciplinary complaint needs no respondent but a signed written petition",
      "khieu_nai",
      {
        ...complaint,
        disciplinary: true,
        respondent: null,
        respondentAddress: null,
        signed: false,
      },
      [
        "Đơn khiếu nại quyết định kỷ luật phải có chữ ký hoặc điểm chỉ của người khiếu nại; đơn không có chữ ký hoặc điểm chỉ không được thụ lý (T14, Luật Khiếu nại 2011 Điều 49, 11.5).",
      ],
    ],
    [
      "T14 (Điều 49): a disciplinary complaint cannot be made by phone",
      "khieu_nai",
      { ...complaint, disciplinary: true, channel: "phone" },
      [
        "Khiếu nại quyết định kỷ luật phải được thực hiện bằng đơn (T14, Luật Khiếu nại 2011 Điều 49).",
      ],
    ],
    [
      "T28 (Luật KN Điều 8.4): a group complaint needs every signature and a representative",
      "khieu_nai",
      { ...complaint, others: [{ name: "Trần Thị Bình", signed: true }, { name: "Lê Văn Cường" }] },
      [
        "Người cùng khiếu nại thứ 3 phải ghi họ tên và ký tên hoặc điểm chỉ vào đơn (T28, Luật Khiếu nại 2011 Điều 8.4).",
        "Nhiều người cùng khiếu nại một nội dung phải ghi rõ người đại diện (T28, Luật Khiếu nại 2011 Điều 8.4).",
      ],
    ],
    [
      "T20 (Luật KN Điều 33.1): a second complaint without the first-instance decision",
      "khieu_nai",
      { ...complaint, firstDecisionIssued: true, firstDecisionAttached: false },
      [
        "Khiếu nại lần hai phải gửi kèm quyết định giải quyết khiếu nại lần đầu và các tài liệu có liên quan (T20, Luật Khiếu nại 2011 Điều 33.1).",
      ],
    ],
    [
      "T20: a second complaint after an unresolved first one has nothing to attach",
      "khieu_nai",
      { ...complaint, firstDecisionIssued: false },
      [],
    ],
    ["T29 (Luật TC Điều 23.1): a complete denunciation", "to_cao", denunciation, []],
    [
      "T29: no contact, no person denounced, unsigned",
      "to_cao",
      { ...denunciation, contact: "", accused: null, signed: false },
      [
        "Đơn tố cáo phải ghi cách thức liên hệ (số điện thoại hoặc địa chỉ thư tín) (T29, Luật Tố cáo 2018 Điều 23.1).",
        "Đơn tố cáo phải ghi người, cơ quan bị tố cáo (T29, Luật Tố cáo 2018 Điều 23.1).",
        "Đơn tố cáo phải có chữ ký hoặc điểm chỉ của người tố cáo (T29, Luật Tố cáo 2018 Điều 23.1).",
      ],
    ],
    [
      "T29 (Điều 23.2): in person, not written down",
      "to_cao",
      { ...denunciation, channel: "desk" },
      [
        "Tố cáo trình bày trực tiếp phải được người tiếp nhận ghi lại bằng văn bản (T29, Luật Tố cáo 2018 Điều 23.2).",
      ],
    ],
    [
      "T29: several denouncers each give name, address and contact, and name a representative",
      "to_cao",
      { ...denunciation, others: [{ name: "Trần Thị Bình", address: "Thôn Tây", signed: true }] },
      [
        "Người cùng tố cáo thứ 2 phải ghi họ tên, địa chỉ, cách thức liên hệ và ký tên hoặc điểm chỉ (T29, Luật Tố cáo 2018 Điều 23.1).",
        "Nhiều người cùng tố cáo phải ghi họ tên người đại diện (T29, Luật Tố cáo 2018 Điều 23.1).",
      ],
    ],
    [
      "T30 (Luật TC Điều 25): an anonymous denunciation is received as a tip, needing only content",
      "to_cao",
      { channel: "web", anonymous: true, content: "Cán bộ X nhận tiền", accused: "Cán bộ X" },
      [],
    ],
    [
      "T30: a tip without content",
      "to_cao",
      { channel: "phone", content: "" },
      ["Thông tin có nội dung tố cáo phải ghi nội dung (T30, Luật Tố cáo 2018 Điều 25)."],
    ],
    ["R48: a rating needs nothing else", "danh_gia", { channel: "web", anonymous: true }, []],
  ];
  it.each(cases)("%s", (_, kind, fields, expected) => {
    expect(messages(intakeProblems(kind, fields))).toEqual(expected);
  });

  it("each finding names the field it is about", () => {
    expect(
      intakeProblems("khieu_nai", { ...complaint, signed: false, content: "" }).map((f) => f.field),
    ).toEqual(["content", "signed"]);
  });
});

describe("T28 (Luật Tiếp công dân Điều 29): representatives of a group", () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => `Người ${i + 1}`);
  const art = " (T28, Luật Tiếp công dân 2013 Điều 29).";
  const cases: [string, number, number, string[]][] = [
    ["one person needs no representative", 1, 0, []],
    [
      "4 people: at least one",
      4,
      0,
      [`4 người cùng một nội dung cử 0 người đại diện (phải cử ít nhất 01 người đại diện)${art}`],
    ],
    ["4 people, 3 representatives: the law sets no cap under 5", 4, 3, []],
    ["5 people, 2 representatives", 5, 2, []],
    [
      "10 people, 3 representatives: too many",
      10,
      3,
      [
        `10 người cùng một nội dung cử 3 người đại diện (từ 05 đến 10 người: 01 hoặc 02 người đại diện)${art}`,
      ],
    ],
    ["11 people, 5 representatives", 11, 5, []],
    [
      "11 people, 6 representatives: too many",
      11,
      6,
      [
        `11 người cùng một nội dung cử 6 người đại diện (trên 10 người: không quá 05 người đại diện)${art}`,
      ],
    ],
  ];
  it.each(cases)("%s", (_, count, reps, expected) => {
    const group = people(count);
    expect(
      messages(
        representativeProblems({
          people: group,
          representatives: group.slice(0, reps),
          appointmentSignedByAll: true,
        }),
      ),
    ).toEqual(expected);
  });
  it("a representative must be one of the group, appointed by a document all sign", () => {
    expect(
      messages(
        representativeProblems({
          people: people(6),
          representatives: ["Người 1", "Luật sư B"],
          appointmentSignedByAll: false,
        }),
      ),
    ).toEqual([
      `Người đại diện Luật sư B phải là một trong những người khiếu nại, tố cáo, kiến nghị, phản ánh${art}`,
      `Việc cử người đại diện phải thể hiện bằng văn bản có chữ ký của tất cả những người cùng nội dung${art}`,
    ]);
  });
});

describe("T36 (Luật TC Điều 8.3, 47.2, 56): who sees a denouncer's identity", () => {
  it.each([
    ["intake_officer", "full"],
    ["resolver", "full"],
    ["granted", "full"],
    ["verifier", "redacted"],
    ["denounced", "none"],
    ["public", "none"],
    ["other", "none"],
  ] as const)("%s sees %s", (viewer, view) => {
    expect(denouncerIdentityView(viewer)).toEqual({
      view,
      rule: "T36",
      article: "Luật Tố cáo 2018 Điều 8.3, 47.2, 56",
    });
  });
});
