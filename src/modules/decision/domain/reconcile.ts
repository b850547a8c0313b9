// One household, one vote, across channels (Luật 10/2022 Art 18.2, 19.3; NĐ 59/2023 Art 5):
// a household that voted at the meeting, on paper and online is counted once. The count's
// denominator N is the frozen household snapshot (R26); a household added after the snapshot
// does not vote on this matter.

import type { Vote } from "./types.ts";

export interface Reconciled {
  /** The vote that counts, per household id. */
  counted: Map<number, Vote>;
  /** Later votes of a household that already voted: flagged for the counting team. */
  duplicates: Vote[];
  /** Votes of households outside the frozen snapshot: not counted. */
  outside: Vote[];
  tally: { yes: number; no: number; other: number };
}

function instant(vote: Vote): number {
  const ms = Date.parse(vote.castAt);
  if (Number.isNaN(ms)) {
    throw new TypeError(`Phiếu #${vote.id}: thời điểm biểu quyết không hợp lệ ("${vote.castAt}").`);
  }
  return ms;
}

/**
 * Reconciles every vote of a matter. The earliest vote of a household counts (by `castAt`, then
 * by `id` when two share an instant); its later votes, on any channel, are duplicates. Votes of
 * households not in `snapshot` are set aside as `outside`. A household member registered to speak
 * (Art 24.2, R39) adds no vote: only the household's vote is recorded. Both lists are in cast
 * order.
 */
export function reconcileVotes(input: {
  snapshot: ReadonlySet<number>;
  votes: Vote[];
}): Reconciled {
  const ordered = input.votes
    .map((vote) => ({ vote, at: instant(vote) }))
    .sort((a, b) => a.at - b.at || a.vote.id - b.vote.id)
    .map(({ vote }) => vote);
  const counted = new Map<number, Vote>();
  const duplicates: Vote[] = [];
  const outside: Vote[] = [];
  const tally = { yes: 0, no: 0, other: 0 };
  for (const vote of ordered) {
    if (!input.snapshot.has(vote.householdId)) {
      outside.push(vote);
    } else if (counted.has(vote.householdId)) {
      duplicates.push(vote);
    } else {
      counted.set(vote.householdId, vote);
      tally[vote.choice] += 1;
    }
  }
  return { counted, duplicates, outside, tally };
}
