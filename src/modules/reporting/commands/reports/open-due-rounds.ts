import { sql } from "kysely";
import type { Calendar } from "../../../../core/calendar/index.ts";
import { systemContext } from "../../../../core/context/request-context.ts";
import type { Db } from "../../../../core/db/database.ts";
import { indicatorDefinitions, type ModuleIndicators } from "../../../../core/indicators.ts";
import type { ReportingCalendar } from "../../domain/periods.ts";
import type { TargetKind } from "../../rules/directive-rules.ts";
import { periodKey, periodsDueSoon } from "../../rules/round-rules.ts";
import { openRound } from "./open-round.ts";

/** Arbitrary key of the advisory lock that lets one process open rounds at a time. */
const OPEN_LOCK = 73_600_017;

/**
 * The job `reporting.open-rounds` (daily): for each issuer whose calendar in force asks for it,
 * opens every regular round whose last day on time is at most `open_days_ahead` days away and
 * that is not open yet, for the units the calendar names. One transaction per round, so a
 * refusal (no unit of that kind any more) leaves the others opened; idempotent (the round's
 * unique period key); one process at a time.
 */
export function openDueRounds(
  db: Db,
  calendar: Calendar,
  today: string,
  providers: readonly ModuleIndicators[],
): Promise<{ opened: number; refused: number }> {
  return db.connection().execute(async (conn) => {
    const lock = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(${OPEN_LOCK}) as ok`.execute(conn);
    const result = { opened: 0, refused: 0 };
    if (!lock.rows[0]?.ok) return result;
    try {
      const calendars = await sql<{
        unit_id: number;
        calendar: ReportingCalendar;
        auto_target: TargetKind | null;
        open_days_ahead: number;
      }>`
        select distinct on (unit_id) unit_id, calendar, auto_target, open_days_ahead
          from reporting_calendar where effective_from <= ${today}
         order by unit_id, effective_from desc, id desc`.execute(conn);
      for (const c of calendars.rows) {
        const target = c.auto_target;
        if (!target) continue;
        for (const period of periodsDueSoon(c.calendar, today, c.open_days_ahead, calendar)) {
          const exists = await conn
            .selectFrom("reporting_round")
            .select("id")
            .where("issuer_unit_id", "=", c.unit_id)
            .where("issuer_body_id", "is", null)
            .where("period_key", "=", periodKey(period))
            .executeTakeFirst();
          if (exists) continue;
          try {
            await conn.transaction().execute((tx) =>
              openRound({ tx, ctx: systemContext(), calendar, today }, c.unit_id, {
                request: { kind: "regular", period },
                target,
                indicators: indicatorDefinitions(providers),
              }),
            );
            result.opened++;
          } catch {
            result.refused++;
          }
        }
      }
      return result;
    } finally {
      await sql`select pg_advisory_unlock(${OPEN_LOCK})`.execute(conn);
    }
  });
}
