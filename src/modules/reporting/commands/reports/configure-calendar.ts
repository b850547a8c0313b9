import { authorize } from "../../../../core/authz/index.ts";
import { notFound } from "../../../../core/errors.ts";
import { findUnitById } from "../../../org/index.ts";
import { checkReportingCalendar, type ReportingCalendar } from "../../domain/periods.ts";
import { refuse } from "../../domain/refusal.ts";
import { TARGET_KINDS, type TargetKind } from "../../rules/directive-rules.ts";
import { audit, type Working } from "../support.ts";

/**
 * An issuer sets its reporting calendar (R99): which reports it asks for, when each is due and
 * which days the figures cover. Checked by the domain for the year it takes effect and the next,
 * so every report of both years is due after its figures close. A new version replaces the old
 * one from `effectiveFrom`; rounds already opened keep the dates they were opened with.
 */
export async function configureCalendar(
  w: Working,
  unitId: number,
  input: {
    calendar: ReportingCalendar;
    effectiveFrom: string;
    /** Rounds the job opens by itself, for these units, this many days before each last day. */
    autoOpen?: { target: TargetKind; daysAhead: number } | null;
  },
): Promise<{ id: number }> {
  const unit = await findUnitById(w.tx, unitId);
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  authorize(w.ctx.actor, "reporting.round.manage", { unitPath: unit.path });
  if (input.calendar.reports.length === 0) {
    throw refuse("invalid_calendar", "Lịch báo cáo phải có ít nhất một kỳ báo cáo.", "reports");
  }
  const year = Number(input.effectiveFrom.slice(0, 4));
  checkReportingCalendar(input.calendar, year, w.calendar);
  checkReportingCalendar(input.calendar, year + 1, w.calendar);
  const auto = input.autoOpen ?? null;
  if (auto && !(auto.target in TARGET_KINDS)) {
    throw refuse("invalid_calendar", "Chưa chọn đơn vị phải báo cáo cho kỳ tự mở.", "autoTarget");
  }
  if (auto && (!Number.isInteger(auto.daysAhead) || auto.daysAhead < 1 || auto.daysAhead > 180)) {
    throw refuse(
      "invalid_calendar",
      "Số ngày mở kỳ trước hạn gửi phải từ 1 đến 180.",
      "openDaysAhead",
    );
  }
  const autoColumns = { auto_target: auto?.target ?? null, open_days_ahead: auto?.daysAhead ?? 30 };
  const row = await w.tx
    .insertInto("reporting_calendar")
    .values({
      unit_id: unit.id,
      body_id: null,
      effective_from: input.effectiveFrom,
      calendar: JSON.stringify(input.calendar) as never,
      ...autoColumns,
      created_by: w.ctx.actor.accountId,
    })
    .onConflict((oc) =>
      oc.constraint("reporting_calendar_unit_id_body_id_effective_from_key").doUpdateSet({
        calendar: JSON.stringify(input.calendar) as never,
        ...autoColumns,
        created_by: w.ctx.actor.accountId,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  await audit(w, {
    action: "reporting.calendar.configured",
    unitId: unit.id,
    subjectType: "reporting_calendar",
    subjectId: row.id,
    summary: {
      effectiveFrom: input.effectiveFrom,
      reports: input.calendar.reports.map((r) => r.kind),
      autoOpen: auto,
    },
  });
  return row;
}
