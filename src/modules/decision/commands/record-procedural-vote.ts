import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { attendanceCount } from "../db/decision.repo.ts";
import type { ProceduralSubject } from "../db/tables.ts";
import { proceduralVote } from "../domain/thresholds.ts";
import type { Outcome } from "../domain/types.ts";
import { loadRoundForChange } from "./load-round.ts";

/**
 * A show of hands on how the meeting runs — the secretary, the voting method, the tellers, a
 * choice among options (NĐ 59/2023 Điều 3.5) — passes with more than half of the household
 * representatives present (R21), counted from the attendance register.
 */
export async function recordProceduralVote(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: {
    subject: ProceduralSubject;
    label: string;
    yes: number;
    method?: "hands" | "secret";
    tellers?: string[];
  },
): Promise<Outcome> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, "open");
  if (round.form !== "meeting") throw conflict("Chỉ cuộc họp mới biểu quyết thủ tục.");
  const attending = await attendanceCount(tx, round.id);
  if (input.yes > attending) {
    throw validation(
      `Số tán thành (${input.yes}) lớn hơn số đại diện hộ dự họp (${attending}).`,
      "yes",
    );
  }
  const outcome = proceduralVote({ yes: input.yes, attending });
  await tx
    .insertInto("decision_procedural_vote")
    .values({
      round_id: round.id,
      unit_id: round.unit_id,
      subject: input.subject,
      label: input.label,
      yes: input.yes,
      attending,
      passed: outcome.passed,
    })
    .execute();
  // An approved method or team of tellers becomes the meeting's own.
  if (outcome.passed && input.subject === "method" && input.method) {
    await tx
      .updateTable("decision_round")
      .set({ meeting_method: input.method })
      .where("id", "=", round.id)
      .execute();
  }
  if (outcome.passed && input.subject === "tellers" && input.tellers) {
    await tx
      .updateTable("decision_round")
      .set({ tellers: JSON.stringify(input.tellers) })
      .where("id", "=", round.id)
      .execute();
  }
  await recordEvent(tx, ctx, {
    action: "decision.procedure.voted",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: {
      subject: input.subject,
      label: input.label,
      yes: input.yes,
      attending,
      passed: outcome.passed,
    },
  });
  return outcome;
}
