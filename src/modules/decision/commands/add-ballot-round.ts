import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { findMatter, lockRound } from "../db/decision.repo.ts";

/**
 * After a meeting too thinly attended for the threshold to be reachable (R24; for a convention,
 * R69–R70), the village may ask every household by ballot (Art 19.1b): a new round of the same
 * matter, with its own plan, team and frozen list.
 */
export async function addBallotRound(
  tx: Tx,
  ctx: RequestContext,
  meetingRoundId: number,
  input: { heldOn: string; closesOn: string },
): Promise<number> {
  const meeting = await lockRound(tx, meetingRoundId);
  if (!meeting) throw notFound("Không tìm thấy cuộc họp.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: meeting.unit_path });
  const matter = await findMatter(tx, meeting.matter_id);
  if (matter?.status !== "open") throw conflict("Nội dung không còn mở.");
  const failed = (meeting.outcome as { attendanceFailed?: boolean } | null)?.attendanceFailed;
  if (meeting.form !== "meeting" || meeting.status !== "counted" || !failed) {
    throw conflict(
      "Chỉ phát phiếu sau một cuộc họp không đủ số đại diện hộ tham dự để đạt tỷ lệ biểu quyết (R17, R24; Luật 10/2022 Điều 19.1b).",
    );
  }
  if (input.closesOn < input.heldOn) {
    throw validation("Ngày kết thúc không được trước ngày bắt đầu.", "closesOn");
  }
  const next = await tx
    .selectFrom("decision_round")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("matter_id", "=", matter.id)
    .where("unit_id", "=", meeting.unit_id)
    .executeTakeFirstOrThrow();
  // One ballot round follows a thin meeting; a second request would ask every household twice.
  if (Number(next.seq ?? 1) > meeting.seq) {
    throw conflict("Thôn đã có đợt phát phiếu sau cuộc họp này.");
  }
  const row = await tx
    .insertInto("decision_round")
    .values({
      matter_id: matter.id,
      unit_id: meeting.unit_id,
      seq: Number(next.seq ?? 1) + 1,
      form: "ballot",
      held_on: input.heldOn,
      closes_on: input.closesOn,
      place: null,
      template_mark: matter.scope === "commune" ? "stamp" : "signature",
      team: "[]",
      tellers: "[]",
      witnesses: "[]",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "decision.round.added",
    unitId: meeting.unit_id,
    subjectType: "decision_round",
    subjectId: row.id,
    summary: { matter: matter.id, form: "ballot", after: meeting.id },
  });
  return row.id;
}
