import { describe, expect, it } from "vitest";
import { checkOutline, flattenOutline, type ReportOutline, SEED_003_OUTLINE } from "./outline.ts";

describe("issue #6 §2 — seed 003's report outline is the default template", () => {
  it("seed 003: I–VI, with II.1–2 and IV.1–3, in reading order", () => {
    expect(flattenOutline(SEED_003_OUTLINE.sections).map((s) => s.code)).toEqual([
      "I",
      "II",
      "II.1",
      "II.2",
      "III",
      "IV",
      "IV.1",
      "IV.2",
      "IV.3",
      "V",
      "VI",
    ]);
    expect(() => checkOutline(SEED_003_OUTLINE)).not.toThrow();
  });

  it("seed 003: section titles keep the template's words", () => {
    const byCode = new Map(flattenOutline(SEED_003_OUTLINE.sections).map((s) => [s.code, s.title]));
    expect(byCode.get("II.1")).toBe("Công tác lãnh đạo, chỉ đạo của các cấp ủy đảng");
    expect(byCode.get("IV.3")).toBe("Nguyên nhân của hạn chế, khó khăn, vướng mắc");
    expect(byCode.get("VI")).toBe("Kiến nghị, đề xuất");
  });

  it.each<[ReportOutline, string]>([
    [{ ...SEED_003_OUTLINE, sections: [] }, "Mẫu báo cáo chưa có mục nào."],
    [
      {
        ...SEED_003_OUTLINE,
        sections: [
          ...SEED_003_OUTLINE.sections,
          { code: "II.1", title: "X", indicatorIds: [], children: [] },
        ],
      },
      'Mã mục "II.1" trống hoặc trùng.',
    ],
    [
      {
        ...SEED_003_OUTLINE,
        sections: [{ code: "I", title: " ", indicatorIds: [], children: [] }],
      },
      "Mục I chưa có tên.",
    ],
  ])("a bad template is refused: %#", (outline, message) => {
    expect(() => checkOutline(outline)).toThrow(message);
  });
});
