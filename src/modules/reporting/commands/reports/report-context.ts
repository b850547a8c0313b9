import type { LocalDate } from "../../../../core/calendar/index.ts";
import { exceptionsOf, type ReportRow } from "../../db/report.repo.ts";
import type { ActionContext, Actor, LockException } from "../../domain/submission.ts";
import type { Working } from "../support.ts";

/** What the domain needs to judge a step on a report today: the round's dates and exceptions. */
export async function contextFor(
  w: Working,
  actor: Actor,
  report: ReportRow,
): Promise<ActionContext> {
  const rows = await exceptionsOf(w.tx, report.round_id, report.unit_id);
  const exceptions: LockException[] = rows.map((e) => ({
    unitId: e.unit_id,
    grantedBy: e.granted_by ?? 0,
    grantedOn: e.granted_on as LocalDate,
    expiresOn: e.expires_on as LocalDate,
    reason: e.reason,
  }));
  return {
    actor,
    on: w.today,
    round: {
      lastDay: report.last_day as LocalDate,
      lockedFrom: report.locked_from as LocalDate | null,
    },
    exceptions,
  };
}
