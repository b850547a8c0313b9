// Report templates (issue #6 §2) are structured sections, each a narrative field, optionally with
// indicator tables. The default is the outline attached to seed 003 (Công văn 109-CV/ĐU, 2025).

import { isBlank, refuse } from "./refusal.ts";

export interface OutlineSection {
  /** "I", "II.1": unique in the outline. */
  code: string;
  title: string;
  /** Indicators shown as a table under the narrative ("module.name" ids). */
  indicatorIds: string[];
  /** A note for the writer, from the template. */
  hint?: string;
  children: OutlineSection[];
}

export interface ReportOutline {
  title: string;
  source: string;
  sections: OutlineSection[];
}

const leaf = (code: string, title: string): OutlineSection => ({
  code,
  title,
  indicatorIds: [],
  children: [],
});

/** Seed 003's "đề cương gợi ý báo cáo", in its own words. */
export const SEED_003_OUTLINE: ReportOutline = {
  title: "Đề cương gợi ý báo cáo kết quả thực hiện dân chủ ở cơ sở",
  source: "Kèm Công văn 109-CV/ĐU ngày 28/8/2025 của Ban Thường vụ Đảng ủy phường Hồng An",
  sections: [
    leaf(
      "I",
      "Khái quát đặc điểm, tình hình của địa phương, cơ quan, đơn vị có liên quan, tác động trực tiếp đến việc thực hiện dân chủ ở cơ sở",
    ),
    {
      ...leaf("II", "Công tác lãnh đạo, chỉ đạo triển khai"),
      children: [
        leaf("II.1", "Công tác lãnh đạo, chỉ đạo của các cấp ủy đảng"),
        leaf(
          "II.2",
          "Công tác chỉ đạo triển khai thực hiện của hội đồng nhân dân, ủy ban nhân dân các cấp",
        ),
      ],
    },
    {
      ...leaf("III", "Kết quả thực hiện dân chủ ở các loại hình cơ sở"),
      hint: "Tùy theo tình hình, đặc điểm cụ thể, các địa phương, cơ quan, đơn vị lựa chọn nội dung báo cáo cho phù hợp.",
    },
    {
      ...leaf("IV", "Đánh giá chung"),
      children: [
        leaf("IV.1", "Kết quả đạt được"),
        leaf("IV.2", "Hạn chế, khó khăn, vướng mắc"),
        leaf("IV.3", "Nguyên nhân của hạn chế, khó khăn, vướng mắc"),
      ],
    },
    leaf("V", "Nhiệm vụ, giải pháp trọng tâm"),
    leaf("VI", "Kiến nghị, đề xuất"),
  ],
};

/** Every section, depth first, in reading order. */
export function flattenOutline(sections: readonly OutlineSection[]): OutlineSection[] {
  return sections.flatMap((s) => [s, ...flattenOutline(s.children)]);
}

/** Checks a template before it is saved: sections named, codes unique. */
export function checkOutline(outline: ReportOutline): void {
  if (isBlank(outline.title)) throw refuse("invalid_template", "Mẫu báo cáo chưa có tên.", "title");
  if (outline.sections.length === 0) {
    throw refuse("invalid_template", "Mẫu báo cáo chưa có mục nào.", "sections");
  }
  const seen = new Set<string>();
  for (const section of flattenOutline(outline.sections)) {
    if (isBlank(section.code) || seen.has(section.code)) {
      throw refuse("invalid_template", `Mã mục "${section.code}" trống hoặc trùng.`, "sections");
    }
    if (isBlank(section.title)) {
      throw refuse("invalid_template", `Mục ${section.code} chưa có tên.`, "sections");
    }
    seen.add(section.code);
  }
}
