import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findHouseholdInUnit, inSnapshot, insertVote } from "../db/decision.repo.ts";
import type { VoteStatus } from "../db/tables.ts";
import { channelsAccepted } from "../domain/matter-rules.ts";
import type { Choice } from "../domain/types.ts";
import { loadRoundForChange } from "./load-round.ts";
import { newReceipt, voteChain } from "./vote-chain.ts";

export interface PaperBallot {
  householdCode: string;
  choice: Choice;
  otherText: string | null;
  serial: string | null;
  /** The form bears the template's mark: the commune's stamp or the head's signature (R29). */
  marked: boolean;
}

/**
 * The counting team enters a paper ballot: a household's ballot (Art 19), a secret ballot cast at
 * the meeting (NĐ 59/2023 Điều 3.5c), or a paper choice handed in during an online vote. A
 * household that already has a counted vote, or that is not on the frozen list, is not refused
 * but flagged for the team (status `duplicate` or `outside`): the paper exists and the minutes
 * must account for it. A form without the template's mark is not counted (R29).
 */
export async function enterPaperBallot(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: PaperBallot,
): Promise<{ status: VoteStatus; receipt: string }> {
  const { round, matter } = await loadRoundForChange(tx, ctx, roundId, "open");
  const channel = round.form === "meeting" ? "meeting" : "paper";
  if (!channelsAccepted(round.form).includes(channel)) {
    throw conflict("Đợt biểu quyết này không nhận phiếu giấy.");
  }
  if (round.form === "meeting" && round.meeting_method !== "secret") {
    throw conflict("Cuộc họp chưa biểu quyết chọn hình thức bỏ phiếu kín (NĐ 59/2023 Điều 3.5).");
  }
  if (round.form !== "meeting" && !input.marked) {
    const mark =
      round.template_mark === "stamp"
        ? "dấu treo của UBND xã"
        : "chữ ký của Trưởng thôn, Tổ trưởng";
    throw validation(
      `Phiếu không có ${mark} theo mẫu nên không được tính (R29, NĐ 59/2023 Điều 4.5).`,
      "marked",
    );
  }
  const household = await findHouseholdInUnit(tx, round.unit_id, input.householdCode);
  if (!household)
    throw validation(`Không có hộ mang mã ${input.householdCode} trong thôn.`, "householdCode");
  if (channel === "meeting") {
    const present = await tx
      .selectFrom("decision_attendance")
      .select("household_id")
      .where("round_id", "=", round.id)
      .where("household_id", "=", household.id)
      .executeTakeFirst();
    if (!present) {
      throw validation(`Hộ ${input.householdCode} không có đại diện dự họp.`, "householdCode");
    }
  }
  const receipt = newReceipt();
  const base = {
    roundId: round.id,
    matterId: matter.id,
    unitId: round.unit_id,
    householdId: household.id,
    channel,
    choice: input.choice,
    otherText: input.choice === "other" ? input.otherText : null,
    ballotSerial: input.serial,
    castBy: ctx.actor.accountId,
    receipt,
  } as const;
  let status: VoteStatus = (await inSnapshot(tx, round.id, household.id)) ? "counted" : "outside";
  let row = await insertVote(tx, { ...base, status });
  if (!row && status === "counted") {
    status = "duplicate";
    row = await insertVote(tx, { ...base, status });
  }
  await recordEvent(tx, ctx, {
    action: status === "counted" ? "decision.ballot.entered" : "decision.ballot.flagged",
    unitId: round.unit_id,
    chain: voteChain(round.id, household.id),
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { channel, status, household: input.householdCode, serial: input.serial },
  });
  return { status, receipt };
}
