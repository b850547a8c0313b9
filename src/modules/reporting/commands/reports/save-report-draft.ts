import { setUnitValue, updateReport, valuesOf } from "../../db/report.repo.ts";
import { checkValue, type IndicatorValue } from "../../domain/indicators.ts";
import { flattenOutline } from "../../domain/outline.ts";
import { refuse } from "../../domain/refusal.ts";
import { applyAction } from "../../domain/submission.ts";
import { audit, type Working } from "../support.ts";
import { recordOf, reportFor } from "./report-access.ts";
import { contextFor } from "./report-context.ts";

export const MAX_SECTION_CHARS = 20_000;

export interface DraftChanges {
  /** Text per section code; a section not named keeps its text. */
  narrative?: Record<string, string>;
  /** A figure the unit corrects, with a note why; the computed one stays beside it. */
  values?: Record<string, { numerator: number; denominator?: number | null; note?: string | null }>;
}

/** The unit writes its report: narrative per section, and corrections to pre-filled figures. */
export async function saveReportDraft(
  w: Working,
  reportId: number,
  changes: DraftChanges,
): Promise<void> {
  const { report, actor } = await reportFor(w, reportId, "author");
  applyAction(recordOf(report), { kind: "edit" }, await contextFor(w, actor, report));
  const codes = new Set(flattenOutline(report.outline.sections).map((s) => s.code));
  const narrative = { ...report.narrative };
  for (const [code, text] of Object.entries(changes.narrative ?? {})) {
    if (!codes.has(code))
      throw refuse("invalid_template", `Mẫu báo cáo không có mục "${code}".`, code);
    if (text.length > MAX_SECTION_CHARS) {
      throw refuse(
        "invalid_template",
        `Mục ${code} dài quá ${MAX_SECTION_CHARS.toLocaleString("vi-VN")} ký tự.`,
        `narrative.${code}`,
      );
    }
    narrative[code] = text.replace(/\r\n/g, "\n");
  }
  const stored = new Map((await valuesOf(w.tx, report.id)).map((v) => [v.indicator_id, v]));
  const changed: string[] = [];
  for (const [id, input] of Object.entries(changes.values ?? {})) {
    const row = stored.get(id);
    if (!row)
      throw refuse("invalid_indicator", `Báo cáo không có chỉ tiêu "${id}".`, `values.${id}`);
    const value: IndicatorValue =
      row.kind === "count"
        ? { kind: "count", value: input.numerator }
        : { kind: "share", numerator: input.numerator, denominator: input.denominator ?? -1 };
    checkValue({ id, title: id, kind: row.kind }, value);
    const denominator = row.kind === "share" ? (input.denominator ?? null) : null;
    const note = input.note?.trim() || null;
    if (row.numerator === input.numerator && row.denominator === denominator && note === row.note)
      continue;
    const differs =
      input.numerator !== row.computed_numerator || denominator !== row.computed_denominator;
    if (differs && !note) {
      throw refuse(
        "invalid_indicator",
        "Khi sửa số liệu hệ thống đã tính, phải ghi rõ lý do.",
        `values.${id}.note`,
      );
    }
    await setUnitValue(w.tx, report.id, id, { numerator: input.numerator, denominator, note });
    changed.push(id);
  }
  await updateReport(w.tx, report.id, { narrative });
  await audit(w, {
    action: "reporting.report.saved",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { sections: Object.keys(changes.narrative ?? {}).length, valuesChanged: changed },
  });
}
