import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { ComplaintSource } from "../db/convention-tables.ts";
import { complaintDeadlines } from "../domain/timeline.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";

export interface ComplaintInput {
  receivedOn: string;
  /** Who raised it: the head, a household, a resident (Art 12.2), or a finding of the yearly
   *  review or of supervision. */
  source: ComplaintSource;
  complainant: string | null;
  content: string;
}

/**
 * UBND xã records a written complaint or finding about a recognised convention. Two clocks start
 * (R72): within 03 working days it suspends the convention or answers that the complaint is
 * unfounded (NĐ 61/2023 Art 12.2); within 05 working days it decides an annulment if there is a
 * ground (Art 14.3).
 */
export async function recordConventionComplaint(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  id: number,
  input: ComplaintInput,
  today: string,
): Promise<{ id: number; replyDue: string; annulDue: string }> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.recognise", [
    "recognised",
    "suspended",
  ]);
  dayBetween(
    input.receivedOn,
    c.recognised_on,
    today,
    "receivedOn",
    "Ngày nhận kiến nghị",
    "ngày công nhận",
  );
  const clocks = complaintDeadlines(calendar, input.receivedOn);
  const row = await tx
    .insertInto("decision_convention_complaint")
    .values({
      convention_id: id,
      unit_id: c.unit_id,
      received_on: input.receivedOn,
      source: input.source,
      complainant: input.complainant,
      content: input.content,
      reply_due: clocks.suspendOrReply.due,
      annul_due: clocks.annul.due,
      recorded_by: ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConvention(tx, ctx, c, "complaint-received", {
    complaint: row.id,
    source: input.source,
    receivedOn: input.receivedOn,
    replyDue: clocks.suspendOrReply.due,
    annulDue: clocks.annul.due,
  });
  return { id: row.id, replyDue: clocks.suspendOrReply.due, annulDue: clocks.annul.due };
}
