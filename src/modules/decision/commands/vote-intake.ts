import { Batcher } from "../../../core/db/batcher.ts";
import type { Db } from "../../../core/db/database.ts";
import { type CastResult, castOnlineVote } from "./cast-online-vote.ts";
import { castOnlineVotes, type VoteRequest } from "./cast-online-votes.ts";

/**
 * Online votes of one process, gathered into batches written by `castOnlineVotes` (one
 * transaction per batch of up to 200, two batches at a time). Should a batch fail as a whole (a
 * deadlock with a count, a lost connection), it is rolled back and each of its votes is cast
 * again on its own by `castOnlineVote`, so that one vote's trouble is never another's.
 */
export interface VoteIntake {
  cast(req: VoteRequest): Promise<CastResult>;
}

const intakes = new WeakMap<Db, VoteIntake>();

export function voteIntake(db: Db): VoteIntake {
  let intake = intakes.get(db);
  if (!intake) {
    const batcher = new Batcher<VoteRequest, CastResult>(
      async (items) => {
        const outcomes = await db
          .transaction()
          .execute((tx) =>
            castOnlineVotes(
              tx,
              items.map((it) => it.input),
            ),
          )
          .catch(() => null);
        if (outcomes) {
          items.forEach((it, k) => {
            const o = outcomes[k]!;
            if (o.ok) it.resolve(o.cast);
            else it.reject(o.error);
          });
          return;
        }
        await Promise.all(
          items.map(({ input: r, resolve, reject }) =>
            db
              .transaction()
              .execute((tx) => castOnlineVote(tx, r.ctx, r.roundId, r.input, r.today))
              .then(resolve, reject),
          ),
        );
      },
      { maxBatch: 200, maxRunning: 3 },
    );
    intake = { cast: (req) => batcher.add(req) };
    intakes.set(db, intake);
  }
  return intake;
}
