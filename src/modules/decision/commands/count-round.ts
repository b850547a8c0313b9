import { createHash } from "node:crypto";
import { recordEvent } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import { attendanceCount, type MatterRow, type RoundRow, tallyRound } from "../db/decision.repo.ts";
import { countingTeamProblems, countWitnessProblems } from "../domain/teams.ts";
import {
  attendanceTest,
  conventionMeetingValidity,
  conventionOutcome,
  perVillageOutcome,
  villageOutcome,
} from "../domain/thresholds.ts";
import type { Outcome } from "../domain/types.ts";
import { concludeIfComplete } from "./conclude-matter.ts";
import { refuseUnless } from "./findings.ts";
import { loadRoundForChange } from "./load-round.ts";

export interface RoundCount {
  households: number;
  attending: number;
  yes: number;
  no: number;
  other: number;
  /** A meeting without enough representatives for the threshold to be reachable (R24, R69). */
  attendanceFailed: boolean;
  outcome: Outcome;
}

/**
 * Closes a round and counts it over the frozen N (never over those who came or answered): the
 * tally of counted votes (or the show of hands), the attendance test for a meeting, then the
 * threshold of the item (R25, R26, R32, R69). The figures and the rule are frozen with a hash;
 * the matter concludes when every village has its result.
 */
export async function countRound(
  tx: Tx,
  ctx: RequestContext,
  roundId: number,
  today: string,
): Promise<RoundCount> {
  const { round, matter } = await loadRoundForChange(tx, ctx, roundId, "open");
  if (round.form !== "meeting" && today < round.closes_on) {
    throw conflict(
      `Chưa hết hạn nhận phiếu (${round.closes_on.split("-").reverse().join("/")}); chưa kiểm phiếu được.`,
    );
  }
  if (round.form === "meeting" && round.meeting_method === null) {
    throw conflict("Cuộc họp chưa biểu quyết về nội dung (giơ tay hoặc bỏ phiếu kín).");
  }
  if (round.form === "meeting" && round.meeting_method === "secret") {
    refuseUnless(countingTeamProblems({ tellers: round.tellers, witnesses: round.witnesses }));
  }
  if (round.form !== "meeting") refuseUnless(countWitnessProblems(round.witnesses), "witnesses");
  const count = await countFigures(tx, round, matter);
  const resultHash = createHash("sha256")
    .update(
      JSON.stringify([
        round.id,
        count.households,
        count.attending,
        count.yes,
        count.no,
        count.other,
        count.outcome.test,
      ]),
    )
    .digest("hex");
  await tx
    .updateTable("decision_round")
    .set({
      status: "counted",
      counted_at: new Date(),
      attending: count.attending,
      valid: count.outcome.valid,
      passed: count.outcome.passed,
      outcome: JSON.stringify({
        ...count.outcome,
        tally: count,
        attendanceFailed: count.attendanceFailed,
      }),
      result_hash: resultHash,
    })
    .where("id", "=", round.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.round.counted",
    unitId: round.unit_id,
    subjectType: "decision_round",
    subjectId: round.id,
    summary: {
      matter: matter.id,
      households: count.households,
      attending: count.attending,
      yes: count.yes,
      no: count.no,
      other: count.other,
      valid: count.outcome.valid,
      passed: count.outcome.passed,
      rule: count.outcome.rule,
      resultHash,
    },
  });
  await concludeIfComplete(tx, ctx, matter.id);
  return count;
}

async function countFigures(tx: Tx, round: RoundRow, matter: MatterRow): Promise<RoundCount> {
  const households = round.households ?? 0;
  const hands = round.form === "meeting" && round.meeting_method === "hands";
  const tally = hands
    ? { yes: round.hands_yes ?? 0, no: round.hands_no ?? 0, other: round.hands_other ?? 0 }
    : await tallyRound(tx, round.id);
  // A: the representatives present at a meeting; for ballots and online votes, those who answered.
  const attending =
    round.form === "meeting"
      ? await attendanceCount(tx, round.id)
      : tally.yes + tally.no + tally.other;
  const isConvention = matter.item === 3;
  let attendanceFailed = false;
  if (round.form === "meeting") {
    const test = isConvention
      ? conventionMeetingValidity({ households, attending })
      : attendanceTest({ item: matter.item, households, attending });
    attendanceFailed = !test.passed;
  }
  const input = {
    item: matter.item,
    form: round.form,
    households,
    ...tally,
    attending,
    optIn:
      round.form === "online"
        ? { households, choseOnline: round.opt_in_households ?? 0 }
        : undefined,
  };
  let outcome: Outcome;
  if (isConvention) {
    outcome = conventionOutcome({
      households,
      ...tally,
      form: round.form === "meeting" ? "meeting" : "ballot",
      attending,
      meetingFailed: round.seq > 1,
    });
  } else if (matter.scope === "commune") {
    outcome = perVillageOutcome(matter.per_village_rule, input);
  } else {
    outcome = villageOutcome(input);
  }
  return { households, attending, ...tally, attendanceFailed, outcome };
}
