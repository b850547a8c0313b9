import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, forbidden, notFound } from "../../../core/errors.ts";
import { formatTime } from "../../org/index.ts";
import {
  countedVoteOf,
  householdRepresentedBy,
  inSnapshot,
  insertVote,
} from "../db/decision.repo.ts";
import { CHANNEL_LABEL } from "../domain/matter-rules.ts";
import type { Choice } from "../domain/types.ts";
import { newReceipt, voteChain } from "./vote-chain.ts";

export interface CastResult {
  receipt: string;
  castAt: Date;
  household: string;
}

/**
 * A household's online vote (NĐ 59/2023 Điều 5), cast by its representative: one per household
 * and round across every channel — the partial unique index refuses a second one, also when two
 * arrive at the same instant. Only households of the frozen list vote, only while the round is
 * open and before its last day ends.
 */
export async function castOnlineVote(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  input: { choice: Choice; otherText: string | null; matterId?: number },
  today: string,
): Promise<CastResult> {
  // A shared lock: votes run side by side, counting (FOR UPDATE) waits for them and they for it.
  const round = await tx
    .selectFrom("decision_round as r")
    .innerJoin("org_unit as u", "u.id", "r.unit_id")
    .select([
      "r.id",
      "r.matter_id",
      "r.unit_id",
      "r.form",
      "r.status",
      "r.held_on",
      "r.closes_on",
      "u.path",
    ])
    .where("r.id", "=", roundId)
    .forShare("r")
    .executeTakeFirst();
  // The API names the matter in its path: a round of another matter is not found there.
  if (!round || (input.matterId !== undefined && round.matter_id !== input.matterId)) {
    throw notFound("Không tìm thấy đợt biểu quyết.");
  }
  authorize(ctx.actor, "decision.vote.cast", { unitPath: round.path });
  if (round.form !== "online") {
    throw conflict("Nội dung này không biểu quyết trực tuyến (R18, Luật 10/2022 Điều 17.2).");
  }
  // A counted round has ended whatever the day; a planned one has not begun.
  if (round.status === "counted" || today > round.closes_on) {
    throw conflict("Cuộc biểu quyết đã kết thúc; không nhận thêm phiếu.");
  }
  if (round.status !== "open" || today < round.held_on) {
    throw conflict("Cuộc biểu quyết chưa mở.");
  }
  const personId = ctx.actor.personId;
  const household = personId
    ? await householdRepresentedBy(tx, personId, round.unit_id, today)
    : null;
  if (!household) {
    throw forbidden(
      "Chỉ người đại diện hộ gia đình mới biểu quyết thay cho hộ (Luật 10/2022 Điều 18.2; NĐ 59/2023 Điều 5.2).",
    );
  }
  if (!(await inSnapshot(tx, round.id, household.id))) {
    throw conflict(
      "Hộ của bạn không có trong danh sách hộ đã chốt khi bắt đầu biểu quyết, nên không biểu quyết được lần này (R26).",
    );
  }
  const receipt = newReceipt();
  const row = await insertVote(tx, {
    roundId: round.id,
    matterId: round.matter_id,
    unitId: round.unit_id,
    householdId: household.id,
    channel: "online",
    choice: input.choice,
    otherText: input.choice === "other" ? input.otherText : null,
    status: "counted",
    ballotSerial: null,
    castBy: ctx.actor.accountId,
    receipt,
  });
  if (!row) {
    const first = await countedVoteOf(tx, round.id, household.id);
    const how = first
      ? ` (${CHANNEL_LABEL[first.channel].vi.toLowerCase()}, ${formatTime(first.cast_at)})`
      : "";
    throw conflict(
      `Hộ ${household.code} đã biểu quyết${how}. Mỗi hộ chỉ một phiếu (Luật 10/2022 Điều 19.3; NĐ 59/2023 Điều 5).`,
    );
  }
  await recordEvent(tx, ctx, {
    action: "decision.vote.cast",
    unitId: round.unit_id,
    chain: voteChain(round.id, household.id),
    subjectType: "decision_round",
    subjectId: round.id,
    summary: { channel: "online", receipt },
  });
  return { receipt, castAt: row.cast_at, household: household.code };
}
