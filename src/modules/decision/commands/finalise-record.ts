import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound } from "../../../core/errors.ts";
import { findMatter, findRecord, roundsOf } from "../db/decision.repo.ts";
import { missingRecordFields } from "../domain/decision-record.ts";
import { dispatchDeadline, entryIntoForce } from "../domain/timeline.ts";
import { refuseUnless } from "./findings.ts";

/** The day the vote ended: the meeting's day, or the last day for ballots and online votes. */
export function voteEndedOn(
  rounds: { status: string; form: string; held_on: string; closes_on: string }[],
) {
  const counted = rounds.filter((r) => r.status === "counted");
  const days = counted.map((r) => (r.form === "meeting" ? r.held_on : r.closes_on));
  return days.sort().at(-1) ?? null;
}

/**
 * Finalises the decision document: blocked while any field of Art 20.2 is missing (R34). The
 * document must then reach UBND xã and UBMTTQ xã within 5 working days of the vote (R35).
 */
export async function finaliseRecord(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  matterId: number,
): Promise<{ dispatchDue: string }> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: matter.unit_path });
  const record = await findRecord(tx, matterId);
  if (!record) throw conflict("Chưa lập văn bản quyết định.");
  if (record.finalised_at) throw conflict("Văn bản đã hoàn tất.");
  refuseUnless(
    missingRecordFields({
      heldOn: record.held_on,
      households: record.households,
      attending: record.attending,
      absent: record.absent,
      content: record.content,
      form: record.form_text,
      result: record.result_text,
      decision: record.decision_text,
      signatures: {
        head: record.sign_head,
        frontHead: record.sign_front_head,
        householdRep1: record.sign_rep1,
        householdRep2: record.sign_rep2,
      },
    }),
  );
  const ended = voteEndedOn(await roundsOf(tx, matterId)) ?? record.held_on!;
  const due = dispatchDeadline(calendar, ended).due;
  // R36: items 1, 2 and 6 of a village are in force from the vote itself; the others wait.
  const inForceOn = matter.passed
    ? entryIntoForce({
        item: matter.item,
        scope: matter.scope,
        voteOn: ended,
        recognisedOn: null,
        communeSetOn: null,
      }).on
    : null;
  await tx
    .updateTable("decision_record")
    .set({
      finalised_at: new Date(),
      dispatch_due: due,
      in_force_on: inForceOn,
      updated_at: new Date(),
    })
    .where("matter_id", "=", matterId)
    .execute();
  await tx
    .updateTable("decision_matter")
    .set({ status: "finalised" })
    .where("id", "=", matterId)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.record.finalised",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: { dispatchDue: due },
  });
  return { dispatchDue: due };
}
