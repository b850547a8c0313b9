import { describe, expect, it } from "vitest";
import {
  answeredLate,
  type IntakeInput,
  idNumberKind,
  intakeProblems,
  isOverdue,
  maskIdNumber,
  receiptNumber,
} from "./request-intake.ts";

const valid: IntakeInput = {
  requesterName: "Trần Văn Bình",
  requesterAddress: "Tổ dân phố 3, phường Trung Tâm",
  requesterIdNumber: "001090012345",
  requesterContact: "",
  information: "Kế hoạch sử dụng đất năm 2026 của phường",
  deliveryForm: "pickup",
  purpose: "Biết đất nhà mình có trong quy hoạch không",
  reasonCase: "not_published",
  eligibility: "resident",
};

describe("T44 (Luật Tiếp cận thông tin Art 24.2) and T48 (Art 9.2.h): the request form at intake", () => {
  it("T44: a complete form has no problems", () => {
    expect(intakeProblems(valid)).toEqual([]);
    expect(intakeProblems({ ...valid, eligibility: "own_rights" })).toEqual([]);
  });

  it("T44 (Art 24.2.a): twelve digits are a CCCD and checked as one; 6–12 letters and digits are a passport", () => {
    expect(idNumberKind("001 090 012 345")).toEqual({ kind: "cccd" });
    expect(idNumberKind("c1234567")).toEqual({ kind: "passport" });
    expect(idNumberKind("000090012345")).toEqual({
      problem: "Ba chữ số đầu của số CCCD (mã nơi đăng ký khai sinh) không hợp lệ.",
    });
    const tooLong = idNumberKind("ABCDEFGHIJKLMN");
    expect("problem" in tooLong && tooLong.problem).toContain("số hộ chiếu (từ 6 đến 12");
    expect(intakeProblems({ ...valid, requesterIdNumber: "12-34" }).map((p) => p.field)).toEqual([
      "requesterIdNumber",
    ]);
  });

  it("T44 (Art 24.2.c): the delivery form is one of those offered; by e-mail needs an address", () => {
    expect(intakeProblems({ ...valid, deliveryForm: "fax" })).toEqual([
      { field: "deliveryForm", message: "Chọn hình thức cung cấp thông tin." },
    ]);
    expect(intakeProblems({ ...valid, deliveryForm: "email" })).toEqual([
      {
        field: "requesterContact",
        message: "Ghi địa chỉ thư điện tử để nhận thông tin qua thư điện tử.",
      },
    ]);
  });

  it("T48 (Art 9.2.h): the requester says whether they live here or the information concerns their rights", () => {
    expect(intakeProblems({ ...valid, eligibility: "" })).toEqual([
      {
        field: "eligibility",
        message:
          "Chọn một trong hai trường hợp: bạn cư trú trên địa bàn, hoặc thông tin liên quan trực tiếp đến quyền, lợi ích hợp pháp của bạn (T48, Luật Tiếp cận thông tin 2016 Điều 9.2.h).",
      },
    ]);
  });

  it("problems come in the order of the form", () => {
    const fields = intakeProblems({
      ...valid,
      purpose: "",
      requesterIdNumber: "x",
      eligibility: "",
      requesterName: "",
    }).map((p) => p.field);
    expect(fields).toEqual(["requesterName", "requesterIdNumber", "eligibility", "purpose"]);
  });
});

describe("the register (Sổ theo dõi, NĐ 13/2018 Art 10)", () => {
  it("receipt numbers carry the year and the id; ID numbers are masked but for the last 3", () => {
    expect(receiptNumber({ id: 42, received_on: "2026-03-06" })).toBe("YC2026-000042");
    expect(maskIdNumber("001090012345")).toBe("•••••••••345");
    expect(maskIdNumber("C1234567")).toBe("•••••567");
  });

  it("T45–T46: open past the last day (extended when extended) is overdue; answered after it is late", () => {
    const r = { due_on: "2026-03-11", extended_due_on: null, answered_on: null };
    expect(isOverdue({ ...r, status: "received" }, "2026-03-11")).toBe(false);
    expect(isOverdue({ ...r, status: "received" }, "2026-03-12")).toBe(true);
    expect(
      isOverdue({ ...r, status: "extended", extended_due_on: "2026-03-26" }, "2026-03-12"),
    ).toBe(false);
    expect(isOverdue({ ...r, status: "answered" }, "2026-03-12")).toBe(false);
    expect(answeredLate({ ...r, status: "answered", answered_on: "2026-03-12" })).toBe(true);
    expect(answeredLate({ ...r, status: "answered", answered_on: "2026-03-11" })).toBe(false);
  });
});
