import {
  type Block,
  type OfficialHeader,
  officialDocx,
  tableXlsx,
} from "../../../core/documents/index.ts";
import type { IndicatorDefinition, IndicatorValue } from "../domain/indicators.ts";
import { percentText, perMille } from "../domain/indicators.ts";
import type { OutlineSection, ReportOutline } from "../domain/outline.ts";

// A report (báo cáo) as an official Word file (issue #6 §7): the outline's sections in order, each
// with the unit's narrative and, where the template puts them, a table of its indicators. State or
// Party layout by `header.variant` (T53–T58, core/documents).

export interface ReportIndicator {
  definition: IndicatorDefinition;
  /** null: the module had no data for the unit and period (printed "—", never 0). */
  value: IndicatorValue | null;
}

export interface ReportContent {
  outline: ReportOutline;
  /** The unit's text per section code; paragraphs separated by a blank line. */
  narrative: Readonly<Record<string, string>>;
  indicators: readonly ReportIndicator[];
}

/** "18/20 (90,0 %)" for a share, "12" for a count, "—" without data. */
export function indicatorText(value: IndicatorValue | null): string {
  if (!value) return "—";
  if (value.kind === "count") return String(value.value);
  return `${value.numerator}/${value.denominator} (${percentText(perMille(value.numerator, value.denominator))})`;
}

/** "I. KẾT QUẢ…" for a top section (caps), "1. Kết quả…" for one below it. */
export function sectionHeading(section: OutlineSection): string {
  const parts = section.code.split(".");
  const label = parts[parts.length - 1];
  return parts.length === 1
    ? `${label}. ${section.title.toLocaleUpperCase("vi")}`
    : `${label}. ${section.title}`;
}

function sectionBlocks(
  section: OutlineSection,
  content: ReportContent,
  byId: Map<string, ReportIndicator>,
): Block[] {
  const text = content.narrative[section.code]?.trim() ?? "";
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const rows = section.indicatorIds.flatMap((id, i) => {
    const ind = byId.get(id);
    return ind ? [[String(i + 1), ind.definition.title, indicatorText(ind.value)]] : [];
  });
  return [
    { kind: "heading", text: sectionHeading(section) },
    ...paragraphs.map((p): Block => ({ kind: "paragraph", text: p })),
    ...(rows.length
      ? [
          {
            kind: "table",
            head: ["STT", "Chỉ tiêu", "Kết quả"],
            rows,
            widths: [1, 7, 3],
            align: ["center", "left", "center"],
          } satisfies Block,
        ]
      : []),
    ...section.children.flatMap((c) => sectionBlocks(c, content, byId)),
  ];
}

/** The report; `header.docType` is "BÁO CÁO" unless the caller says otherwise. */
export function reportDocx(
  header: Omit<OfficialHeader, "docType"> & { docType?: string },
  content: ReportContent,
): Promise<Buffer> {
  const byId = new Map(content.indicators.map((i) => [i.definition.id, i]));
  const blocks = content.outline.sections.flatMap((s) => sectionBlocks(s, content, byId));
  return officialDocx({ ...header, docType: header.docType ?? "BÁO CÁO" }, blocks);
}

/** The report's indicators as a sheet (issue #6 §7): number, indicator, value, part, whole. */
export function indicatorsXlsx(title: string, indicators: readonly ReportIndicator[]) {
  return tableXlsx({
    sheetName: "Chỉ tiêu",
    title,
    head: ["STT", "Mã", "Chỉ tiêu", "Kết quả", "Tử số", "Mẫu số"],
    widths: [6, 28, 50, 18, 10, 10],
    center: [0, 3, 4, 5],
    rows: indicators.map((ind, i) => {
      const v = ind.value;
      return [
        i + 1,
        ind.definition.id,
        ind.definition.title,
        indicatorText(v),
        v ? (v.kind === "count" ? v.value : v.numerator) : "",
        v?.kind === "share" ? v.denominator : "",
      ];
    }),
  });
}
