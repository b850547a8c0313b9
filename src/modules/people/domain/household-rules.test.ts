import { describe, expect, it } from "vitest";
import { inForce, representativeProblem } from "./household-rules.ts";

describe("household representative (Law 10/2022 Art 15–22: one vote per household)", () => {
  it("requires exactly one representative", () => {
    expect(
      representativeProblem([{ isRepresentative: true }, { isRepresentative: false }]),
    ).toBeNull();
    expect(representativeProblem([{ isRepresentative: false }])).toBe(
      "Hộ phải có đúng một người đại diện (chủ hộ).",
    );
    expect(representativeProblem([{ isRepresentative: true }, { isRepresentative: true }])).toBe(
      "Mỗi hộ chỉ có một người đại diện (chủ hộ); đang chọn nhiều hơn một người.",
    );
    expect(representativeProblem([])).toBe("Hộ phải có ít nhất một thành viên.");
  });
});

describe("effective dates (R102: N on a date)", () => {
  it("counts from the first day and stops on the end day", () => {
    expect(inForce("2026-01-01", null, "2026-01-01")).toBe(true);
    expect(inForce("2026-01-01", null, "2025-12-31")).toBe(false);
    expect(inForce("2026-01-01", "2026-06-01", "2026-05-31")).toBe(true);
    expect(inForce("2026-01-01", "2026-06-01", "2026-06-01")).toBe(false);
  });
});
