import { authorize } from "../../../../core/authz/index.ts";
import { notFound } from "../../../../core/errors.ts";
import type { IndicatorDefinition } from "../../../../core/indicators.ts";
import { findUnitById } from "../../../org/index.ts";
import {
  calendarInForce,
  insertReports,
  insertRound,
  roundWithKey,
  unitsOwing,
} from "../../db/report.repo.ts";
import { checkOutline, type ReportOutline, SEED_003_OUTLINE } from "../../domain/outline.ts";
import {
  CALENDAR_WINDOW,
  checkPeriod,
  type RegularPeriod,
  type ReportDue,
  regularReportDue,
  type ThematicRequest,
  thematicReportDue,
} from "../../domain/periods.ts";
import { refuse, refuseConflict } from "../../domain/refusal.ts";
import { TARGET_KINDS, type TargetKind } from "../../rules/directive-rules.ts";
import { outlineWithIndicators, periodKey, roundTitle } from "../../rules/round-rules.ts";
import { audit, type Working } from "../support.ts";

export type RoundRequest =
  | { kind: "regular"; period: RegularPeriod }
  | { kind: "thematic"; request: ThematicRequest };

export interface OpenRoundInput {
  request: RoundRequest;
  /** Who owes the report: every unit of this kind under the issuer, in force today. */
  target: TargetKind;
  /** The template; seed 003's outline when not given. */
  outline?: ReportOutline;
  /** Every indicator the platform computes: shown in the results section of the template. */
  indicators: readonly IndicatorDefinition[];
}

/**
 * Opens a round: one period of the issuer's calendar (R99: the due date and the days covered come
 * from the calendar in force today), or a report asked for on request with its own dates. The
 * units that owe a report are frozen now, one draft each, going to the issuer for review.
 */
export async function openRound(
  w: Working,
  issuerUnitId: number,
  input: OpenRoundInput,
): Promise<{ id: number; reports: number; due: ReportDue }> {
  const issuer = await findUnitById(w.tx, issuerUnitId);
  if (!issuer) throw notFound("Không tìm thấy đơn vị.");
  authorize(w.ctx.actor, "reporting.round.manage", { unitPath: issuer.path });
  const target = TARGET_KINDS[input.target];
  if (!target) throw refuse("invalid_period", "Chưa chọn đơn vị phải báo cáo.", "target");

  const stored = await calendarInForce(w.tx, issuer.id, w.today);
  let due: ReportDue;
  if (input.request.kind === "regular") {
    checkPeriod(input.request.period);
    if (!stored) {
      throw refuse(
        "invalid_calendar",
        "Đơn vị chưa đặt lịch báo cáo định kỳ; hãy đặt lịch trước (R99), hoặc yêu cầu báo cáo chuyên đề.",
        "period",
      );
    }
    due = regularReportDue(stored.calendar, input.request.period, w.calendar);
  } else {
    checkPeriod(input.request.request.period);
    const cal = stored?.calendar ?? {
      issuer: issuer.name,
      source: `Yêu cầu của ${issuer.name}`,
      window: CALENDAR_WINDOW,
      rollPastDaysOff: false,
      reports: [],
    };
    due = thematicReportDue(cal, input.request.request, w.calendar);
  }
  if (due.lastDay < w.today) {
    throw refuse(
      "invalid_period",
      `Hạn gửi báo cáo (${due.lastDay.split("-").reverse().join("/")}) đã qua; không mở được kỳ báo cáo này.`,
      "period",
    );
  }
  const key = periodKey(due.period);
  if (await roundWithKey(w.tx, issuer.id, null, key)) {
    throw refuseConflict("invalid_period", `Đơn vị đã mở ${roundTitle(due.period).toLowerCase()}.`);
  }
  const outline = outlineWithIndicators(input.outline ?? SEED_003_OUTLINE, input.indicators);
  checkOutline(outline);
  const units = await unitsOwing(w.tx, issuer.path, target.kinds, w.today);
  if (units.length === 0) {
    throw refuse(
      "unexpected_unit",
      `Không có đơn vị nào thuộc loại "${target.label.vi.toLowerCase()}" trực thuộc ${issuer.name}.`,
      "target",
    );
  }
  const round = await insertRound(w.tx, {
    issuer_unit_id: issuer.id,
    issuer_body_id: null,
    calendar_id: input.request.kind === "regular" ? (stored?.id ?? null) : null,
    period_key: key,
    period: JSON.stringify(due.period) as never,
    title: roundTitle(due.period),
    window_from: due.window.from,
    window_to: due.window.to,
    stated_due: due.stated,
    last_day: due.lastDay,
    due_explanation: due.explanation,
    target_kind: input.target,
    outline: JSON.stringify(outline) as never,
    opened_on: w.today,
    opened_by: w.ctx.actor.accountId,
  });
  await insertReports(
    w.tx,
    units.map((u) => ({ round_id: round.id, unit_id: u.id, reviewer_unit_id: issuer.id })),
  );
  await audit(w, {
    action: "reporting.round.opened",
    unitId: issuer.id,
    subjectType: "reporting_round",
    subjectId: round.id,
    summary: { periodKey: key, lastDay: due.lastDay, units: units.length },
  });
  return { id: round.id, reports: units.length, due };
}
