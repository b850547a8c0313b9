import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { attendanceCount } from "../db/decision.repo.ts";
import { loadRoundForChange } from "./load-round.ts";

/** The result of a show of hands on the matter itself, counted among the representatives present. */
export async function recordHands(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: { yes: number; no: number; other: number },
): Promise<void> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, "open");
  if (round.form !== "meeting") throw conflict("Chỉ cuộc họp mới biểu quyết giơ tay.");
  if (round.meeting_method === "secret") {
    throw conflict("Cuộc họp đã chọn bỏ phiếu kín; hãy nhập từng phiếu.");
  }
  const attending = await attendanceCount(tx, round.id);
  const total = input.yes + input.no + input.other;
  if (total > attending) {
    throw validation(
      `Tổng số biểu quyết (${total}) lớn hơn số đại diện hộ dự họp (${attending}).`,
      "yes",
    );
  }
  await tx
    .updateTable("decision_round")
    .set({
      meeting_method: "hands",
      hands_yes: input.yes,
      hands_no: input.no,
      hands_other: input.other,
    })
    .where("id", "=", round.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.hands.recorded",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { ...input, attending },
  });
}
