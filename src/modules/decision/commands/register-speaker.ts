import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findHouseholdInUnit } from "../db/decision.repo.ts";
import { loadRoundForChange } from "./load-round.ts";

/**
 * R39 (Luật 10/2022 Điều 24.2): a household member who disagrees with its representative may
 * register to attend and speak. It gives no vote: the household still has one.
 */
export async function registerSpeaker(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: { householdCode: string; name: string },
): Promise<void> {
  const { round } = await loadRoundForChange(tx, ctx, roundId, ["planned", "open"]);
  if (round.form !== "meeting") throw conflict("Chỉ cuộc họp mới có đăng ký phát biểu.");
  const household = await findHouseholdInUnit(tx, round.unit_id, input.householdCode);
  if (!household)
    throw validation(`Không có hộ mang mã ${input.householdCode} trong thôn.`, "householdCode");
  await tx
    .insertInto("decision_speaker")
    .values({
      round_id: round.id,
      household_id: household.id,
      unit_id: round.unit_id,
      name: input.name,
    })
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.speaker.registered",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { household: input.householdCode },
  });
}
