import { describe, expect, it } from "vitest";
import {
  type OnlineSession,
  onlineSessionProblems,
  type ReceptionSession,
  type RegisterEntry,
  receptionScheduleProblems,
  registerEntryProblems,
  registerSequenceProblems,
  schedulePostingProblems,
  visitAnswerProblems,
} from "./reception.ts";
import { testCalendar as calendar } from "./test-calendar.ts";

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);
const direct = (...days: string[]): ReceptionSession[] =>
  days.map((on) => ({ on, mode: "direct" }));

describe("T38 (Luật Tiếp công dân Điều 15.2.d): the commune chair receives at least one day every week", () => {
  const t38 = "(T38, Luật Tiếp công dân 2013 Điều 15.2.d).";
  const online =
    "(T43, Luật Tiếp công dân 2013 Điều 3a (bổ sung bởi Luật 136/2025/QH15); NĐ 154/2026 Điều 16–24).";
  it("February 2026: the Tết week (16–22/02) has no working day and is not checked; Sun 01/02 alone is no week", () => {
    expect(
      receptionScheduleProblems(
        calendar,
        "commune_chair",
        direct("2026-02-03", "2026-02-10", "2026-02-27"),
        {
          from: "2026-02-01",
          to: "2026-02-28",
        },
      ),
    ).toEqual([]);
  });
  it("a week without a session, and an online session before 01/07/2026 that does not count", () => {
    expect(
      messages(
        receptionScheduleProblems(
          calendar,
          "commune_chair",
          [...direct("2026-02-03", "2026-02-10"), { on: "2026-02-24", mode: "online" }],
          { from: "2026-02-01", to: "2026-02-28" },
        ),
      ),
    ).toEqual([
      `Buổi tiếp công dân trực tuyến ngày 24/02/2026 không được tính: tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/07/2026 ${online}`,
      `Chủ tịch Ủy ban nhân dân cấp xã không có ngày tiếp công dân nào trong tuần từ 23/02/2026 đến 01/03/2026; phải ít nhất 01 ngày mỗi tuần ${t38}`,
    ]);
  });
  it("from 01/07/2026 an online session counts", () => {
    expect(
      receptionScheduleProblems(calendar, "commune_chair", [{ on: "2026-07-08", mode: "online" }], {
        from: "2026-07-06",
        to: "2026-07-12",
      }),
    ).toEqual([]);
  });
  it("a Saturday session counts for its week", () => {
    expect(
      receptionScheduleProblems(calendar, "commune_chair", direct("2027-02-13"), {
        from: "2027-02-08",
        to: "2027-02-14",
      }),
    ).toEqual([]);
  });
});

describe("T38, T39: monthly duties", () => {
  it("T38 (Luật TCD Điều 18.2): an agency head at least one day a month", () => {
    expect(
      messages(
        receptionScheduleProblems(calendar, "agency_head", direct("2026-05-12"), {
          from: "2026-05-01",
          to: "2026-06-30",
        }),
      ),
    ).toEqual([
      "Người đứng đầu cơ quan hành chính nhà nước tiếp công dân 0 ngày trong tháng 06/2026; phải ít nhất 01 ngày mỗi tháng (T38, Luật Tiếp công dân 2013 Điều 18.2).",
    ]);
  });
  it("T38 (NĐ 154/2026 Điều 10.2): a public unit head, from July 2026 only", () => {
    expect(
      messages(
        receptionScheduleProblems(calendar, "public_unit_head", [], {
          from: "2026-06-01",
          to: "2026-07-31",
        }),
      ),
    ).toEqual([
      "Người đứng đầu đơn vị sự nghiệp công lập tiếp công dân 0 ngày trong tháng 07/2026; phải ít nhất 01 ngày mỗi tháng (T38, NĐ 154/2026 Điều 10.2).",
    ]);
  });
  it("T39 (QĐ 11-QĐi/TW Điều 4.1): the commune Party secretary at least two days a month; two sessions on one day are one day", () => {
    expect(
      messages(
        receptionScheduleProblems(
          calendar,
          "commune_party_secretary",
          [
            ...direct("2026-06-03", "2026-06-03", "2026-07-09"),
            { on: "2026-07-08", mode: "online" },
          ],
          { from: "2026-06-01", to: "2026-07-31" },
        ),
      ),
    ).toEqual([
      "Bí thư cấp ủy cấp xã tiếp công dân 1 ngày trong tháng 06/2026; phải ít nhất 02 ngày mỗi tháng (T39, QĐ 11-QĐi/TW Điều 4.1 (sửa đổi bởi KL 215-KL/TW)).",
    ]);
  });
});

describe("T40 (Luật Tiếp công dân Điều 24.2, 24.4): the schedule is posted at least 05 working days before", () => {
  const t40 = "(T40, Luật Tiếp công dân 2013 Điều 24.4).";
  const everywhere = ["hq", "reception_place", "website"] as const;
  const cases: [
    string,
    string,
    string | null,
    readonly ("hq" | "reception_place" | "website")[],
    boolean,
    string[],
  ][] = [
    [
      "Mon 06/07/2026 for Mon 13/07/2026, everywhere",
      "2026-07-13",
      "2026-07-06",
      everywhere,
      true,
      [],
    ],
    [
      "Tue 07/07 for Mon 13/07: four working days",
      "2026-07-13",
      "2026-07-07",
      everywhere,
      true,
      [
        `Lịch tiếp công dân ngày 13/07/2026 niêm yết ngày 07/07/2026, chưa đủ 05 ngày làm việc trước (chậm nhất ngày 06/07/2026) ${t40}`,
      ],
    ],
    [
      "Thu 04/02/2027 for Tue 16/02/2027, across Tết",
      "2027-02-16",
      "2027-02-04",
      everywhere,
      true,
      [],
    ],
    [
      "on a Tết holiday (05/02/2027) for Tue 16/02/2027: already too late",
      "2027-02-16",
      "2027-02-05",
      everywhere,
      true,
      [
        `Lịch tiếp công dân ngày 16/02/2027 niêm yết ngày 05/02/2027, chưa đủ 05 ngày làm việc trước (chậm nhất ngày 04/02/2027) ${t40}`,
      ],
    ],
    [
      "no website: headquarters and reception place suffice",
      "2026-07-13",
      "2026-07-01",
      ["hq", "reception_place"],
      false,
      [],
    ],
    [
      "not posted, and not on the website",
      "2026-07-13",
      null,
      ["hq"],
      true,
      [
        `Chưa niêm yết lịch tiếp công dân ngày 13/07/2026 (chậm nhất ngày 06/07/2026) ${t40}`,
        "Lịch tiếp công dân chưa được công khai tại: địa điểm tiếp công dân, trang thông tin điện tử (T40, Luật Tiếp công dân 2013 Điều 24.2).",
      ],
    ],
  ];
  it.each(cases)("%s", (_, sessionOn, postedOn, places, hasWebsite, expected) => {
    expect(
      messages(schedulePostingProblems(calendar, { sessionOn, postedOn, places, hasWebsite })),
    ).toEqual(expected);
  });
});

describe("T41 (Luật Tiếp công dân Điều 25.2; NĐ 154/2026 Điều 12.1, 27.1): the register", () => {
  const entry: RegisterEntry = {
    serial: 7,
    date: "2026-06-30",
    name: "Nguyễn Văn An",
    address: "Thôn Đông",
    matter: "Tranh chấp lối đi",
    request: "Đề nghị xã giải quyết",
    handling: "Hướng dẫn gửi đơn đến tổ hòa giải",
  };
  it("before 01/07/2026: the eight fields of Điều 25.2 (prior handling only if any)", () => {
    expect(registerEntryProblems(entry)).toEqual([]);
    expect(messages(registerEntryProblems({ ...entry, matter: "", handling: null }))).toEqual([
      "Sổ tiếp công dân, số thứ tự 7: thiếu nội dung sự việc (T41, Luật Tiếp công dân 2013 Điều 25.2).",
      "Sổ tiếp công dân, số thứ tự 7: thiếu việc tiếp nhận, xử lý vụ việc (T41, Luật Tiếp công dân 2013 Điều 25.2).",
    ]);
  });
  it("from 01/07/2026: the identity number and the national database too", () => {
    expect(messages(registerEntryProblems({ ...entry, date: "2026-07-01" }))).toEqual([
      "Sổ tiếp công dân, số thứ tự 7: thiếu số căn cước, số định danh cá nhân hoặc số hộ chiếu (T41, NĐ 154/2026 Điều 12.1).",
      "Sổ tiếp công dân, số thứ tự 7: chưa cập nhật vào Cơ sở dữ liệu quốc gia về công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo (T41, NĐ 154/2026 Điều 27.1).",
    ]);
    expect(
      registerEntryProblems({
        ...entry,
        date: "2026-07-01",
        idNumber: "001090012345",
        nationalDbSynced: true,
      }),
    ).toEqual([]);
  });
  it("serial numbers follow one another in date order", () => {
    expect(
      messages(
        registerSequenceProblems([
          { ...entry, serial: 1, date: "2026-06-02" },
          { ...entry, serial: 2, date: "2026-06-09" },
          { ...entry, serial: 4, date: "2026-06-05" },
        ]),
      ),
    ).toEqual([
      "Số thứ tự 4 không liền sau số 2 (T41, Luật Tiếp công dân 2013 Điều 25.2).",
      "Số thứ tự 4 (ngày 05/06/2026) ghi sau số 2 (ngày 09/06/2026) (T41, Luật Tiếp công dân 2013 Điều 25.2).",
    ]);
  });
});

describe("T42 (Luật Tiếp công dân Điều 28.1): the visitor is answered within 10 working days", () => {
  const t42 = "(T42, Luật Tiếp công dân 2013 Điều 28.1).";
  const cases: [string, string | null, string | null, string, string[]][] = [
    [
      "answered on the 10th working day after a visit on Mon 01/02/2027, over Tết",
      "2027-02-18",
      "accepted",
      "2027-02-18",
      [],
    ],
    [
      "answered a day late",
      "2027-02-19",
      "transferred",
      "2027-02-19",
      [
        `Trả lời ngày 19/02/2027, chậm (hạn chót 18/02/2027, 10 ngày làm việc kể từ ngày tiếp 01/02/2027) ${t42}`,
      ],
    ],
    ["not answered, still in time", null, null, "2027-02-18", []],
    [
      "not answered, overdue",
      null,
      null,
      "2027-02-19",
      [
        `Quá hạn nhưng chưa trả lời người đến (hạn chót 18/02/2027, 10 ngày làm việc kể từ ngày tiếp 01/02/2027) ${t42}`,
      ],
    ],
    [
      "an answer that is none of the four",
      "2027-02-10",
      "thinking",
      "2027-02-10",
      [
        `Câu trả lời phải là: đã thụ lý, cần kéo dài thời gian xem xét, từ chối thụ lý, hoặc đã chuyển đến cơ quan có thẩm quyền ${t42}`,
      ],
    ],
  ];
  it.each(cases)("%s", (_, answeredOn, outcome, today, expected) => {
    expect(
      messages(
        visitAnswerProblems(calendar, { visitedOn: "2027-02-01", answeredOn, outcome, today }),
      ),
    ).toEqual(expected);
  });
});

describe("T43 (NĐ 154/2026 Điều 20.4, 23, 24): online reception from 01/07/2026", () => {
  const good: OnlineSession = {
    startsAt: "2026-07-15T08:00:00+07:00",
    notifiedOn: "2026-07-08",
    testedOn: "2026-07-14",
    connectedAt: "2026-07-15T07:00:00+07:00",
    recorded: true,
  };
  const art = "(T43, NĐ 154/2026 Điều 23.1).";
  it("notified 05 working days before, tested the day before, connected an hour before, recorded", () => {
    expect(onlineSessionProblems(calendar, good)).toEqual([]);
  });
  it("every step late, not recorded, and a denunciation whose author asked for protection", () => {
    expect(
      messages(
        onlineSessionProblems(calendar, {
          ...good,
          notifiedOn: "2026-07-09",
          testedOn: "2026-07-15",
          connectedAt: "2026-07-15T07:30:00+07:00",
          recorded: false,
          denunciation: true,
          identityProtectionRequested: true,
        }),
      ),
    ).toEqual([
      `Thông báo cho người được tiếp và cơ quan tham gia ngày 09/07/2026, chưa đủ 05 ngày làm việc trước buổi tiếp ngày 15/07/2026 (chậm nhất ngày 08/07/2026) ${art}`,
      `Kết nối thử giữa các điểm cầu ngày 15/07/2026, chưa đủ 01 ngày làm việc trước buổi tiếp ngày 15/07/2026 (chậm nhất ngày 14/07/2026) ${art}`,
      `Điểm cầu trung tâm phải kết nối xong với các điểm cầu thành phần chậm nhất 01 giờ trước khi bắt đầu ${art}`,
      "Buổi tiếp công dân trực tuyến phải được ghi âm, ghi hình dưới dạng dữ liệu điện tử (T43, NĐ 154/2026 Điều 24.1).",
      "Không tiếp trực tuyến vụ việc tố cáo khi người tố cáo yêu cầu bảo vệ danh tính (T43, NĐ 154/2026 Điều 20.4).",
    ]);
  });
  it("across Tết 2027: for Tue 16/02 the test may be on Mon 15/02 and the notice by Thu 04/02", () => {
    expect(
      onlineSessionProblems(calendar, {
        ...good,
        startsAt: "2027-02-16T08:00:00+07:00",
        notifiedOn: "2027-02-04",
        testedOn: "2027-02-15",
        connectedAt: "2027-02-16T06:59:00+07:00",
      }),
    ).toEqual([]);
  });
  it("nothing notified or tested yet", () => {
    expect(
      messages(onlineSessionProblems(calendar, { ...good, notifiedOn: null, testedOn: null })),
    ).toEqual([
      `Chưa thông báo cho người được tiếp và cơ quan tham gia (chậm nhất ngày 08/07/2026) ${art}`,
      `Chưa kết nối thử giữa các điểm cầu (chậm nhất ngày 14/07/2026) ${art}`,
    ]);
  });
  it("before 01/07/2026 there is no online reception", () => {
    expect(
      messages(onlineSessionProblems(calendar, { ...good, startsAt: "2026-06-30T08:00:00+07:00" })),
    ).toEqual([
      "Tiếp công dân trực tuyến ngày 30/06/2026 không có căn cứ: chỉ áp dụng từ ngày 01/07/2026 (T43, Luật Tiếp công dân 2013 Điều 3a (bổ sung bởi Luật 136/2025/QH15); NĐ 154/2026 Điều 16–24).",
    ]);
  });
});
