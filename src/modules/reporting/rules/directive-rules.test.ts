import { describe, expect, it } from "vitest";
import { DirectiveError } from "./directive-refusal.ts";
import { checkDueDates, checkHasTasks, checkIssueDate, checkSymbol } from "./directive-rules.ts";

function refusal(run: () => unknown): DirectiveError {
  try {
    run();
  } catch (error) {
    if (error instanceof DirectiveError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("issue #6 §1: a directive's symbol (T54 state form, T58 Party form)", () => {
  it("keeps a Party công văn's “CV/ĐU” and a state plan's “KH-UBND”, spaces removed", () => {
    expect(checkSymbol("cong_van", "party", " CV / ĐU ")).toBe("CV/ĐU");
    expect(checkSymbol("ke_hoach", "state", "KH-UBND")).toBe("KH-UBND");
    // A state công văn has no type abbreviation: the issuer and the drafting unit (seed 004).
    expect(checkSymbol("cong_van", "state", "UBND-VX")).toBe("UBND-VX");
    expect(checkSymbol("other", "party", "TB/ĐU")).toBe("TB/ĐU");
  });

  it("bad input: a symbol that does not read in its variant's form is refused, naming the form", () => {
    const e = refusal(() => checkSymbol("cong_van", "party", "CV-ĐU"));
    expect(e.reason).toBe("invalid_symbol");
    expect(e.code).toBe("validation");
    expect(e.field).toBe("symbol");
    expect(e.message).toBe(
      "Ký hiệu “CV-ĐU” không đúng dạng: văn bản của Đảng ghi tên loại viết tắt, dấu “/”, cơ quan ban hành, ví dụ CV/ĐU (T58, Hướng dẫn 36-HD/VPTW).",
    );
    expect(refusal(() => checkSymbol("ke_hoach", "state", "KH/UBND")).reason).toBe(
      "invalid_symbol",
    );
    expect(refusal(() => checkSymbol("ke_hoach", "state", "2026/KH-UBND")).reason).toBe(
      "invalid_symbol",
    );
    expect(refusal(() => checkSymbol("chi_thi", "party", "")).message).toMatch(
      /^Chưa nhập ký hiệu văn bản/,
    );
  });

  it("bad input: a kind's symbol starts with its type (a Party plan is KH/…)", () => {
    expect(refusal(() => checkSymbol("ke_hoach", "party", "CV/ĐU")).message).toBe(
      "Ký hiệu của kế hoạch bắt đầu bằng “KH” (ví dụ KH/ĐU), nhận được “CV/ĐU” (T58, Hướng dẫn 36-HD/VPTW).",
    );
  });
});

describe("issue #6 §1: dates of a directive and its tasks", () => {
  it("bad input: a due date before the issue date is refused on that task's field", () => {
    const tasks = [
      { title: "Hội nghị", dueOn: "2026-06-10" },
      { title: "Báo cáo", dueOn: "2026-05-31" },
    ];
    expect(() => checkDueDates(tasks, "2026-05-31")).not.toThrow();
    expect(() => checkDueDates(tasks, null)).not.toThrow();
    const e = refusal(() => checkDueDates(tasks, "2026-06-01"));
    expect(e.reason).toBe("due_before_issue");
    expect(e.field).toBe("tasks.1.dueOn");
    expect(e.message).toBe(
      "Nhiệm vụ 2 “Báo cáo”: hạn hoàn thành 31/05/2026 trước ngày ban hành 01/06/2026.",
    );
  });

  it("bad input: an issue date after today, and issuing with no task", () => {
    expect(() => checkIssueDate("2026-06-01", "2026-06-01")).not.toThrow();
    expect(refusal(() => checkIssueDate("2026-06-02", "2026-06-01")).reason).toBe(
      "issue_date_in_future",
    );
    expect(refusal(() => checkHasTasks(0)).reason).toBe("no_tasks");
  });
});
