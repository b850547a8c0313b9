import { describe, expect, it } from "vitest";
import { type DisclosurePlan, type PlanEntry, planProblems, requiredForms } from "./plan.ts";

const entry = (overrides: Partial<PlanEntry> = {}): PlanEntry => ({
  category: "2",
  content: "Dự toán ngân sách xã năm 2026",
  forms: ["portal", "hq_board", "village_board"],
  timing: "Trong 05 ngày làm việc kể từ ngày HĐND xã quyết định",
  duration: "30 ngày liên tục",
  responsible: "Công chức Tài chính – Kế toán",
  ...overrides,
});
const plan = (overrides: Partial<DisclosurePlan> = {}): DisclosurePlan => ({
  id: 1,
  unitId: 7,
  year: 2026,
  period: "year",
  entries: [entry()],
  ...overrides,
});

describe("R12 (Luật 10/2022 Art 14.1): a disclosure plan per unit and period", () => {
  it("R12: a complete plan has no problems", () => {
    expect(planProblems(plan(), "commune")).toEqual([]);
  });

  it("R12: each entry needs content, at least one form, timing, duration and a responsible person", () => {
    const blank = entry({ content: " ", forms: [], timing: "", duration: "", responsible: "" });
    expect(
      planProblems(plan({ entries: [entry(), { ...blank, category: null }] }), "commune"),
    ).toEqual([
      { field: "entries[1].content", message: "Nội dung thứ 2: chưa ghi nội dung công khai." },
      { field: "entries[1].forms", message: "Nội dung thứ 2: chưa chọn hình thức công khai." },
      { field: "entries[1].timing", message: "Nội dung thứ 2: chưa ghi thời điểm công khai." },
      { field: "entries[1].duration", message: "Nội dung thứ 2: chưa ghi thời hạn công khai." },
      {
        field: "entries[1].responsible",
        message: "Nội dung thứ 2: chưa ghi người chịu trách nhiệm.",
      },
    ]);
  });

  it("R12: a plan with no entries, or an unknown form, is refused", () => {
    expect(planProblems(plan({ entries: [] }), "commune")).toEqual([
      {
        field: "entries",
        message: "Kế hoạch phải có ít nhất một nội dung công khai (R12, Luật 10/2022 Điều 14.1).",
      },
    ]);
    expect(
      planProblems(
        plan({ entries: [entry({ forms: ["portal", "hq_board", "village_board", "fax"] })] }),
        "commune",
      ),
    ).toEqual([
      { field: "entries[0].forms", message: "Nội dung thứ 1: hình thức công khai không hợp lệ." },
    ]);
  });

  it("R12: one plan per period — the same period or an overlapping one (year vs Q1) is refused; other years and other units are not", () => {
    const yearly = plan({ id: 1, period: "year" });
    expect(planProblems(plan({ id: 2, period: "q1" }), "commune", [yearly])).toEqual([
      {
        field: "period",
        message:
          "Đã có kế hoạch công khai năm 2026 trùng thời gian với kỳ này; mỗi kỳ chỉ có một kế hoạch (R12, Luật 10/2022 Điều 14.1).",
      },
    ]);
    expect(planProblems(plan({ id: undefined }), "commune", [yearly])).toHaveLength(1);
    // Editing the same plan does not clash with itself.
    expect(planProblems(yearly, "commune", [yearly])).toEqual([]);
    expect(planProblems(plan({ id: 2, year: 2027 }), "commune", [yearly])).toEqual([]);
    expect(planProblems(plan({ id: 2, unitId: 8 }), "commune", [yearly])).toEqual([]);
    const h1 = plan({ id: 3, period: "h1" });
    expect(planProblems(plan({ id: 4, period: "q3" }), "commune", [h1])).toEqual([]);
    expect(planProblems(plan({ id: 4, period: "q2" }), "commune", [h1])).toHaveLength(1);
  });

  it("R12 with R6–R9 (Art 13): an entry for a catalogue item must include the forms the law requires", () => {
    expect(requiredForms("commune", "7")).toEqual([
      "portal",
      "hq_board",
      "village_board",
      "village_heads",
    ]);
    expect(requiredForms("commune", "4")).toEqual(["portal", "hq_board"]);
    expect(requiredForms("agency", "1")).toEqual([]);
    const fs = planProblems(
      plan({ entries: [entry({ category: "7", forms: ["portal", "hq_board"] })] }),
      "commune",
    );
    expect(fs).toEqual([
      {
        field: "entries[0].forms",
        message:
          "Nội dung thứ 1: thiếu hình thức bắt buộc: niêm yết tại điểm sinh hoạt cộng đồng của từng thôn, tổ dân phố; gửi Trưởng thôn, Tổ trưởng tổ dân phố của từng thôn, tổ dân phố để thông báo tới Nhân dân.",
      },
    ]);
    expect(planProblems(plan({ entries: [entry({ category: "15" })] }), "commune")).toEqual([
      {
        field: "entries[0].category",
        message: "Nội dung thứ 1: không có trong danh mục nội dung phải công khai.",
      },
    ]);
  });
});
