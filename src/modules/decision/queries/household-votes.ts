import { can } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Executor } from "../../../core/db/database.ts";
import { householdRepresentedBy, votesOfHousehold } from "../db/decision.repo.ts";
import type { PublicMatter, PublicRound } from "./visible-matter.ts";

/** What the signed-in representative of a household sees of its own votes on a matter. */
export interface HouseholdBallot {
  round: PublicRound;
  household: { id: number; code: string };
  /** The household's votes in that round (its counted one, and any flagged), with receipts. */
  votes: { channel: string; status: string; castAt: Date; receipt: string }[];
  /** An online round open today in which the household has no counted vote yet. */
  mayVote: boolean;
}

/**
 * The household the viewer represents in each village of the matter where they live, with its
 * receipts: a household sees its own receipt, nobody else's (issue #4, part 7). Only villages
 * where the viewer holds the resident role are looked at.
 */
export async function householdBallots(
  db: Executor,
  ctx: RequestContext,
  matter: PublicMatter,
  today: string,
): Promise<HouseholdBallot[]> {
  const personId = ctx.actor.personId;
  if (personId === null) return [];
  const mine = matter.rounds.filter((r) =>
    can(ctx.actor, "decision.vote.cast", { unitPath: r.unitPath }),
  );
  const out: HouseholdBallot[] = [];
  const byVillage = new Map<number, { id: number; code: string } | null>();
  for (const round of mine) {
    if (!byVillage.has(round.unitId)) {
      byVillage.set(round.unitId, await householdRepresentedBy(db, personId, round.unitId, today));
    }
    const household = byVillage.get(round.unitId);
    if (!household) continue;
    const votes = (await votesOfHousehold(db, matter.id, household.id))
      .filter((v) => v.round_id === round.id)
      .map((v) => ({
        channel: v.channel,
        status: v.status,
        castAt: v.cast_at,
        receipt: v.receipt,
      }));
    const mayVote =
      round.form === "online" &&
      round.status === "open" &&
      today >= round.heldOn &&
      today <= round.closesOn &&
      !votes.some((v) => v.status === "counted");
    if (votes.length > 0 || mayVote) out.push({ round, household, votes, mayVote });
  }
  return out;
}
