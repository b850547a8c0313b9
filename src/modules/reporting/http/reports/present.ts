import type { IndicatorDefinition } from "../../../../core/indicators.ts";
import type { BadgeTone } from "../../../../core/views/components.tsx";
import { indicatorText } from "../../documents/report-docx.ts";
import type { SubmissionStatus } from "../../domain/consolidation.ts";
import type { ReportStatus } from "../../domain/submission.ts";

export const STATUS_TONE: Record<ReportStatus, BadgeTone> = {
  draft: "neutral",
  submitted: "warn",
  returned: "bad",
  approved: "ok",
};

export const SUBMISSION_TONE: Record<SubmissionStatus, BadgeTone> = {
  on_time: "ok",
  late: "warn",
  missing: "bad",
  not_yet_due: "neutral",
};

/** A stored value (numerator, denominator) as the report prints it. */
export function storedText(
  kind: "count" | "share",
  numerator: number | null,
  denominator: number | null,
): string {
  if (numerator === null) return "—";
  return indicatorText(
    kind === "count"
      ? { kind, value: numerator }
      : { kind, numerator, denominator: denominator ?? 0 },
  );
}

/** Definitions by id, with a stand-in for one no module defines any more. */
export function definitionOf(
  defs: readonly IndicatorDefinition[],
  id: string,
  kind: "count" | "share",
) {
  return defs.find((d) => d.id === id) ?? { id, title: id, kind };
}
