import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { findMatter, findRecord, roundsOf } from "../db/decision.repo.ts";
import { entryIntoForce, recognitionDeadline } from "../domain/timeline.ts";
import { voteEndedOn } from "./finalise-record.ts";

/**
 * Records that the decision reached UBND xã and UBMTTQ xã (R35). Items 1, 2 and 6 of a village
 * are in force from the vote; items 3–5 wait for recognition within 5 working days of receipt
 * (R36, R37), whose due day is set here.
 */
export async function dispatchRecord(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  matterId: number,
  dispatchedOn: string,
  today: string,
): Promise<void> {
  const matter = await findMatter(tx, matterId);
  if (!matter) throw notFound("Không tìm thấy nội dung.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: matter.unit_path });
  const record = await findRecord(tx, matterId);
  if (!record?.finalised_at) throw conflict("Văn bản chưa hoàn tất nên chưa gửi được.");
  if (record.dispatched_on) throw conflict("Văn bản đã được gửi.");
  if (dispatchedOn > today) throw validation("Ngày gửi không được ở tương lai.", "dispatchedOn");
  const voteOn = voteEndedOn(await roundsOf(tx, matterId)) ?? record.held_on!;
  if (dispatchedOn < voteOn)
    throw validation("Ngày gửi không được trước ngày biểu quyết.", "dispatchedOn");
  // A convention adopted through this matter is recognised on its own dossier (NĐ 61/2023
  // Điều 11), not as a bare decision record.
  const convention = await tx
    .selectFrom("decision_convention")
    .select("id")
    .where("matter_id", "=", matterId)
    .executeTakeFirst();
  const needsRecognition =
    matter.passed === true &&
    convention === undefined &&
    ((matter.item >= 3 && matter.item <= 5) || matter.scope === "commune");
  const force = matter.passed
    ? entryIntoForce({
        item: matter.item,
        scope: matter.scope,
        voteOn,
        recognisedOn: null,
        communeSetOn: null,
      })
    : null;
  await tx
    .updateTable("decision_record")
    .set({
      dispatched_on: dispatchedOn,
      recognition_due: needsRecognition ? recognitionDeadline(calendar, dispatchedOn).due : null,
      in_force_on: force?.on ?? null,
      updated_at: new Date(),
    })
    .where("matter_id", "=", matterId)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.record.dispatched",
    unitId: matter.unit_id,
    subjectType: "decision_matter",
    subjectId: matterId,
    summary: {
      dispatchedOn,
      late: record.dispatch_due !== null && dispatchedOn > record.dispatch_due,
    },
  });
}
