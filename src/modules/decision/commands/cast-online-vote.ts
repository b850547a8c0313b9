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

export interface VotingRound {
  id: number;
  matter_id: number;
  unit_id: number;
  form: string;
  status: string;
  held_on: string;
  closes_on: string;
  path: string;
}

/** Refuses a vote in a round that is missing, not the actor's, not online, or not open today. */
export function assertOpenForVote(
  round: VotingRound | undefined,
  ctx: RequestContext,
  matterId: number | undefined,
  today: string,
): asserts round is VotingRound {
  // The API names the matter in its path: a round of another matter is not found there.
  if (!round || (matterId !== undefined && round.matter_id !== matterId)) {
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
}

export const notRepresentative = () =>
  forbidden(
    "Chỉ người đại diện hộ gia đình mới biểu quyết thay cho hộ (Luật 10/2022 Điều 18.2; NĐ 59/2023 Điều 5.2).",
  );

export const notInSnapshot = () =>
  conflict(
    "Hộ của bạn không có trong danh sách hộ đã chốt khi bắt đầu biểu quyết, nên không biểu quyết được lần này (R26).",
  );

export function alreadyVoted(
  householdCode: string,
  first: { channel: keyof typeof CHANNEL_LABEL; cast_at: Date } | undefined,
) {
  const how = first
    ? ` (${CHANNEL_LABEL[first.channel].vi.toLowerCase()}, ${formatTime(first.cast_at)})`
    : "";
  return conflict(
    `Hộ ${householdCode} đã biểu quyết${how}. Mỗi hộ chỉ một phiếu (Luật 10/2022 Điều 19.3; NĐ 59/2023 Điều 5).`,
  );
}

/** The columns `assertOpenForVote` reads, locked FOR SHARE by the caller's query. */
export const VOTING_ROUND_COLUMNS = [
  "r.id",
  "r.matter_id",
  "r.unit_id",
  "r.form",
  "r.status",
  "r.held_on",
  "r.closes_on",
  "u.path",
] as const;

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
    .select(VOTING_ROUND_COLUMNS)
    .where("r.id", "=", roundId)
    .forShare("r")
    .executeTakeFirst();
  assertOpenForVote(round, ctx, input.matterId, today);
  const personId = ctx.actor.personId;
  const household = personId
    ? await householdRepresentedBy(tx, personId, round.unit_id, today)
    : null;
  if (!household) throw notRepresentative();
  if (!(await inSnapshot(tx, round.id, household.id))) throw notInSnapshot();
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
  if (!row) throw alreadyVoted(household.code, await countedVoteOf(tx, round.id, household.id));
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
