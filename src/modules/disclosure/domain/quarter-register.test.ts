import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/errors.ts";
import {
  quarterOf,
  quarterRange,
  type RegisterItem,
  registerRows,
  registerTitle,
} from "./quarter-register.ts";

describe("R10 (Luật 10/2022 Art 13.2): the quarterly disclosure register", () => {
  it("R10: quarters of the calendar year, boundaries included", () => {
    expect(quarterOf("2026-01-01")).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf("2026-03-31")).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf("2026-04-01")).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf("2026-09-30")).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf("2026-12-31")).toEqual({ year: 2026, quarter: 4 });
    expect(quarterRange(2026, 1)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(quarterRange(2024, 1)).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(quarterRange(2026, 2)).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quarterRange(2026, 4)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(() => quarterRange(2026, 5)).toThrow(AppError);
    expect(registerTitle(2026, 2)).toBe("Danh mục thông tin đã công khai quý II năm 2026");
  });

  it("R10: lists the disclosures published in the quarter, in order, with every form and its dates", () => {
    const items: RegisterItem[] = [
      {
        id: 3,
        category: "7",
        title: "Danh sách hộ nghèo năm 2026",
        publishedOn: "2026-04-01",
        evidence: [
          { form: "village_board", villageId: 15, from: "2026-04-02", to: "2026-05-01" },
          { form: "hq_board", villageId: null, from: "2026-04-01", to: "2026-04-30" },
          { form: "village_board", villageId: 12, from: "2026-04-01", to: null },
          { form: "loudspeaker", villageId: null, from: "2026-04-01", to: "2026-04-03" },
        ],
      },
      { id: 1, category: "2", title: "Dự toán 2026", publishedOn: "2026-03-31", evidence: [] },
      { id: 2, category: "12", title: "Phí chợ", publishedOn: null, evidence: [] },
      { id: 5, category: "4", title: "Quy chế dân chủ", publishedOn: "2026-06-30", evidence: [] },
      {
        id: 4,
        category: "13",
        title: "Thủ tục hành chính",
        publishedOn: "2026-04-01",
        evidence: [],
      },
    ];
    expect(registerRows(items, 2026, 2)).toEqual([
      {
        id: 3,
        category: "7",
        title: "Danh sách hộ nghèo năm 2026",
        publishedOn: "2026-04-01",
        forms: [
          { form: "portal", from: "2026-04-01", to: null, villageIds: [] },
          { form: "hq_board", from: "2026-04-01", to: "2026-04-30", villageIds: [] },
          { form: "village_board", from: "2026-04-01", to: null, villageIds: [12, 15] },
          { form: "loudspeaker", from: "2026-04-01", to: "2026-04-03", villageIds: [] },
        ],
      },
      {
        id: 4,
        category: "13",
        title: "Thủ tục hành chính",
        publishedOn: "2026-04-01",
        forms: [{ form: "portal", from: "2026-04-01", to: null, villageIds: [] }],
      },
      {
        id: 5,
        category: "4",
        title: "Quy chế dân chủ",
        publishedOn: "2026-06-30",
        forms: [{ form: "portal", from: "2026-06-30", to: null, villageIds: [] }],
      },
    ]);
    // The 31/03 item is in Q1; the draft is in no quarter.
    expect(registerRows(items, 2026, 1).map((r) => r.id)).toEqual([1]);
    expect(registerRows(items, 2026, 3)).toEqual([]);
  });
});
