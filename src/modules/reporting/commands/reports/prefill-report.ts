import {
  computeIndicators,
  type IndicatorValue,
  type ModuleIndicators,
} from "../../../../core/indicators.ts";
import { type ReportRow, upsertComputedValues } from "../../db/report.repo.ts";
import { flattenOutline } from "../../domain/outline.ts";
import { type Period, periodLabel, rangeText } from "../../domain/periods.ts";
import { refuse } from "../../domain/refusal.ts";
import { applyAction } from "../../domain/submission.ts";
import { approvedNarrativesBelow } from "../../queries/consolidation.ts";
import { outlineIndicatorIds } from "../../rules/round-rules.ts";
import { audit, type Working } from "../support.ts";
import { recordOf, reportFor } from "./report-access.ts";
import { contextFor } from "./report-context.ts";

const numbers = (v: IndicatorValue) =>
  v.kind === "count"
    ? { numerator: v.value, denominator: null }
    : { numerator: v.numerator, denominator: v.denominator };

/** Refused while the days the figures cover have not all passed (issue #6, bad input). */
export function checkWindowEnded(
  report: Pick<ReportRow, "period" | "window_from" | "window_to">,
  today: string,
) {
  if (today > report.window_to) return;
  const range = { from: report.window_from, to: report.window_to } as never;
  throw refuse(
    "period_not_ended",
    `Chưa tính được số liệu báo cáo ${periodLabel(report.period as Period)} (số liệu ${rangeText(range)}) vì kỳ này chưa kết thúc.`,
    "period",
  );
}

/**
 * Fills a draft with what the platform knows (issue #6 §3, §4): every indicator of the template,
 * computed by the modules for the unit and all units under it over the round's data window; and,
 * for a unit that itself collects reports for the same period, each empty section with its units'
 * approved text. Run again, it refreshes the computed figures and keeps any the unit changed.
 */
export async function prefillReport(
  w: Working,
  reportId: number,
  providers: readonly ModuleIndicators[],
): Promise<{ indicators: number }> {
  const { report, actor } = await reportFor(w, reportId, "author");
  applyAction(recordOf(report), { kind: "edit" }, await contextFor(w, actor, report));
  checkWindowEnded(report, w.today);
  const ids = new Set(outlineIndicatorIds(report.outline));
  const values = await computeIndicators(w.tx, providers, report.unit_path, {
    from: report.window_from,
    to: report.window_to,
  });
  const rows = Object.entries(values)
    .filter(([id]) => ids.has(id))
    .map(([id, v]) => {
      const n = numbers(v);
      return {
        report_id: report.id,
        indicator_id: id,
        kind: v.kind,
        ...n,
        computed_numerator: n.numerator,
        computed_denominator: n.denominator,
        note: null,
      };
    });
  await upsertComputedValues(w.tx, rows);

  const narrative = { ...report.narrative };
  const below = await approvedNarrativesBelow(w.tx, report.unit_id, report.period_key);
  for (const section of flattenOutline(report.outline.sections)) {
    if (narrative[section.code]?.trim()) continue;
    const parts = below
      .filter((b) => b.narrative[section.code]?.trim())
      .map((b) => `${b.unit_name}: ${b.narrative[section.code]!.trim()}`);
    if (parts.length) narrative[section.code] = parts.join("\n\n");
  }
  await w.tx
    .updateTable("reporting_report")
    .set({
      prefilled_at: new Date(),
      narrative: JSON.stringify(narrative) as never,
      updated_at: new Date(),
    })
    .where("id", "=", report.id)
    .execute();
  await audit(w, {
    action: "reporting.report.prefilled",
    unitId: report.unit_id,
    subjectType: "reporting_report",
    subjectId: report.id,
    summary: { indicators: rows.length, fromUnits: below.length },
  });
  return { indicators: rows.length };
}
