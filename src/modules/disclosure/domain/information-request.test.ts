import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../../core/calendar/index.ts";
import {
  answerDeadline,
  type InformationRequest,
  REFUSAL_GROUNDS,
  refusalProblem,
  requestProblems,
  residentOnly,
  residentProblem,
} from "./information-request.ts";

const calendar = civilServiceCalendar();
const valid: InformationRequest = {
  requesterName: "Nguyễn Văn An",
  requesterAddress: "Thôn Đông, xã Hòa Bình",
  requesterIdNumber: "001090012345",
  information: "Quyết định phê duyệt dự toán ngân sách xã năm 2026 số 12/QĐ-UBND",
  deliveryForm: "Bản sao giấy",
  purpose: "Theo dõi việc sử dụng ngân sách của xã",
  reasonCase: "expired",
};

describe("T44 (Luật Tiếp cận thông tin Art 24.2) and R13 (Luật 10/2022 Art 14.2): the request form", () => {
  it("T44: a complete request for an R13 case has no problems", () => {
    expect(requestProblems(valid)).toEqual([]);
    expect(
      requestProblems({ ...valid, requesterIdNumber: "C1234567", reasonCase: "not_published" }),
    ).toEqual([]);
  });

  it("T44: name, residence, ID or passport number, the document, the delivery form and the purpose are required", () => {
    const empty = {
      ...valid,
      requesterName: "",
      requesterAddress: " ",
      requesterIdNumber: "",
      information: "",
      deliveryForm: "",
      purpose: "",
    };
    expect(requestProblems(empty)).toEqual([
      {
        field: "requesterName",
        message:
          "Phiếu yêu cầu phải ghi họ, tên người yêu cầu (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
      {
        field: "requesterAddress",
        message:
          "Phiếu yêu cầu phải ghi nơi cư trú, địa chỉ (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
      {
        field: "requesterIdNumber",
        message:
          "Phiếu yêu cầu phải ghi số CMND/CCCD hoặc hộ chiếu (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
      {
        field: "information",
        message:
          "Phiếu yêu cầu phải ghi thông tin cần cung cấp, tên văn bản, hồ sơ, tài liệu (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
      {
        field: "deliveryForm",
        message:
          "Phiếu yêu cầu phải ghi hình thức cung cấp thông tin (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
      {
        field: "purpose",
        message:
          "Phiếu yêu cầu phải ghi lý do, mục đích yêu cầu cung cấp thông tin (T44, Luật Tiếp cận thông tin 2016 Điều 24.2).",
      },
    ]);
    expect(requestProblems({ ...valid, requesterIdNumber: "12 34" })).toEqual([
      {
        field: "requesterIdNumber",
        message: "Số CMND/CCCD hoặc hộ chiếu chỉ gồm chữ và số, từ 6 đến 20 ký tự.",
      },
    ]);
  });

  it("R13 (Art 14.2): the case must be not published, expired or inaccessible", () => {
    expect(requestProblems({ ...valid, reasonCase: "curious" }).map((p) => p.field)).toEqual([
      "reasonCase",
    ]);
  });
});

describe("T45 (Luật Tiếp cận thông tin Art 29): requests made in person", () => {
  it("T45: simple information is provided at once, the same day", () => {
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-04-28",
        channel: "in_person",
        complexity: "simple",
      }),
    ).toMatchObject({ rule: "T45", due: "2026-04-28", noticeDue: null, extendedDue: null });
  });
  it("T45: complex information within 10 working days, extendable by 10 more; Tết 2026 is skipped", () => {
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-04-28",
        channel: "in_person",
        complexity: "complex",
      }),
    ).toEqual({
      rule: "T45",
      provision: "Luật Tiếp cận thông tin 2016 Điều 29",
      due: "2026-05-14",
      noticeDue: null,
      extendedDue: "2026-05-28",
      explanation:
        "Nhận yêu cầu ngày 28/04/2026: chậm nhất 14/05/2026 (10 ngày làm việc); nếu gia hạn, chậm nhất 28/05/2026 (thêm 10 ngày làm việc) (Luật Tiếp cận thông tin 2016 Điều 29).",
    });
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-02-12",
        channel: "in_person",
        complexity: "complex",
      }).due,
    ).toBe("2026-03-05");
  });
});

describe("T46 (Luật Tiếp cận thông tin Art 30–31): electronic and postal requests", () => {
  it("T46 (Art 30): electronic simple within 03 working days — across Tết, Thu 12/02/2026 → Tue 24/02", () => {
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-02-12",
        channel: "electronic",
        complexity: "simple",
      }),
    ).toMatchObject({
      rule: "T46",
      provision: "Luật Tiếp cận thông tin 2016 Điều 30",
      due: "2026-02-24",
    });
  });
  it("T46 (Art 30): electronic complex — notice within 03 WD, answer within 15 WD, extension of 15 calendar days", () => {
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-04-28",
        channel: "electronic",
        complexity: "complex",
      }),
    ).toMatchObject({ noticeDue: "2026-05-05", due: "2026-05-21", extendedDue: "2026-06-05" });
  });
  it("T46 (Art 30; BLDS Art 148.5): the 15-day extension is calendar days and rolls past a weekend", () => {
    // Fri 06/03/2026 + 15 WD = Fri 27/03; + 15 days = Sat 11/04 → Mon 13/04.
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-03-06",
        channel: "electronic",
        complexity: "complex",
      }),
    ).toMatchObject({ due: "2026-03-27", extendedDue: "2026-04-13" });
  });
  it("T46 (Art 31): by post, simple within 05 WD (28/04/2026 → 07/05), complex within 15 WD", () => {
    expect(
      answerDeadline(calendar, { receivedOn: "2026-04-28", channel: "post", complexity: "simple" }),
    ).toMatchObject({
      provision: "Luật Tiếp cận thông tin 2016 Điều 31",
      due: "2026-05-07",
      extendedDue: null,
    });
    expect(
      answerDeadline(calendar, {
        receivedOn: "2026-04-28",
        channel: "post",
        complexity: "complex",
      }),
    ).toMatchObject({
      noticeDue: "2026-05-05",
      due: "2026-05-21",
    });
  });
});

describe("T47 (Luật Tiếp cận thông tin Art 28): refusals", () => {
  it("T47 (Art 28.1): the six grounds a, b, c, d, đ, e", () => {
    expect(REFUSAL_GROUNDS.map((g) => g.code)).toEqual(["a", "b", "c", "d", "đ", "e"]);
    for (const g of REFUSAL_GROUNDS) expect(g.vi.length).toBeGreaterThan(20);
  });
  it("T47 (Art 28.2): a refusal cites a ground and gives its reasons in writing", () => {
    expect(refusalProblem("c", "Thông tin do Sở Tài chính tạo ra và quản lý.")).toBeNull();
    expect(refusalProblem("f", "Lý do")).toBe(
      "Phải nêu căn cứ từ chối là một trong các điểm a, b, c, d, đ, e khoản 1 Điều 28 Luật Tiếp cận thông tin 2016 (T47).",
    );
    expect(refusalProblem("a", "  ")).toBe(
      "Phải nêu rõ lý do từ chối bằng văn bản (T47, Luật Tiếp cận thông tin 2016 Điều 28.2).",
    );
  });
  it("T47 with R13 (Art 23.1): 'already published' cannot refuse an R13 request; ground d needs two earlier provisions", () => {
    expect(refusalProblem("b", "Đã đăng trên cổng", { reasonCase: "expired" })).toBe(
      'Không được từ chối vì thông tin đã công khai: yêu cầu thuộc trường hợp "Thông tin đã hết thời hạn công khai" (R13, Luật 10/2022 Điều 14.2; Luật Tiếp cận thông tin 2016 Điều 23.1).',
    );
    expect(refusalProblem("d", "Đã cung cấp", { timesProvided: 1 })).not.toBeNull();
    expect(refusalProblem("d", "Đã cung cấp ngày 02/03 và 10/03", { timesProvided: 2 })).toBeNull();
  });
});

describe("T48 (Luật Tiếp cận thông tin Art 9.2.h): whom the commune answers", () => {
  it("T48: residents always; others only for information directly about their own rights", () => {
    expect(residentOnly).toMatchObject({
      rule: "T48",
      article: "Luật Tiếp cận thông tin 2016 Điều 9.2.h",
    });
    expect(residentProblem({ isResident: true, concernsOwnRights: false })).toBeNull();
    expect(residentProblem({ isResident: false, concernsOwnRights: true })).toBeNull();
    expect(residentProblem({ isResident: false, concernsOwnRights: false })).toBe(
      "Người yêu cầu không cư trú trên địa bàn và thông tin không liên quan trực tiếp đến quyền, lợi ích hợp pháp của họ (T48, Luật Tiếp cận thông tin 2016 Điều 9.2.h).",
    );
  });
});
