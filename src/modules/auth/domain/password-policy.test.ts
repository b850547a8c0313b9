import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("password policy", () => {
  it("accepts a 10-character password and refuses 9", () => {
    expect(passwordProblem("abcdefghi1")).toBeNull();
    expect(passwordProblem("abcdefgh1")).toBe("Mật khẩu phải có ít nhất 10 ký tự.");
  });
  it("refuses one that contains the username or repeats one character", () => {
    expect(passwordProblem("xxNguyenVanAxx", "nguyenvana")).toBe(
      "Mật khẩu không được chứa tên đăng nhập.",
    );
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("Mật khẩu không được chỉ lặp lại một ký tự.");
  });
  it("refuses over 200 characters", () => {
    expect(passwordProblem("a1".repeat(101))).toBe("Mật khẩu dài tối đa 200 ký tự.");
  });
});
