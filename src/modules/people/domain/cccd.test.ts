import { describe, expect, it } from "vitest";
import { cccdProblem, maskCccd } from "./cccd.ts";

describe("CCCD numbers (Thông tư 59/2021/TT-BCA Art 7)", () => {
  it("accepts 12 digits whose century, sex and year digits match", () => {
    expect(cccdProblem("001085012345", { birthDate: "1985-03-02", sex: "male" })).toBeNull();
    expect(cccdProblem("079303004321", { birthDate: "2003-11-20", sex: "female" })).toBeNull();
    expect(cccdProblem("001 085 012 345")).toBeNull();
  });
  it("refuses a wrong length or letters", () => {
    const msg = "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.";
    expect(cccdProblem("00108501234")).toBe(msg);
    expect(cccdProblem("0010850123456")).toBe(msg);
    expect(cccdProblem("00108501234A")).toBe(msg);
  });
  it("refuses birth-place code 000", () => {
    expect(cccdProblem("000085012345")).toMatch(/mã nơi đăng ký khai sinh/);
  });
  it("refuses a number whose year does not match the birth date", () => {
    expect(cccdProblem("001085012345", { birthDate: "1986-01-01" })).toMatch(/năm sinh/);
    expect(cccdProblem("001285012345", { birthDate: "1985-01-01" })).toMatch(/năm sinh/);
  });
  it("refuses a number whose sex digit does not match", () => {
    expect(cccdProblem("001185012345", { birthDate: "1985-01-01", sex: "male" })).toMatch(
      /giới tính/,
    );
  });
  it("masks all but the last three digits", () => {
    expect(maskCccd("001085012345")).toBe("•••••••••345");
  });
});
