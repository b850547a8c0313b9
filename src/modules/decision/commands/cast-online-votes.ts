import { sql } from "kysely";
import { recordEvents } from "../../../core/audit/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { Channel, Choice } from "../domain/types.ts";
import {
  alreadyVoted,
  assertOpenForVote,
  type CastResult,
  notInSnapshot,
  notRepresentative,
  type VotingRound,
} from "./cast-online-vote.ts";
import { newReceipt, voteChain } from "./vote-chain.ts";

export interface VoteRequest {
  ctx: RequestContext;
  roundId: number;
  input: { choice: Choice; otherText: string | null; matterId?: number };
  today: string;
}

export type VoteOutcome = { ok: true; cast: CastResult } | { ok: false; error: unknown };

/**
 * Many households' online votes in one transaction and four statements (ADR 0004, "Group
 * commit"): the rules, messages, rows and audit events of `castOnlineVote` called once per
 * request in this order, so a request refused here is refused there with the same words. The
 * partial unique index still settles a household's second vote, inside the batch (the first of
 * the batch wins) and against other batches and channels; rows are inserted in (round,
 * household) order, so two batches never wait on each other in a cycle.
 */
export async function castOnlineVotes(
  tx: Tx,
  reqs: readonly VoteRequest[],
): Promise<VoteOutcome[]> {
  const out: VoteOutcome[] = reqs.map(() => ({ ok: false, error: new Error("unsettled") }));
  const { rounds, households } = await roundsAndHouseholds(tx, reqs);
  const open: number[] = [];
  reqs.forEach((req, i) => {
    try {
      assertOpenForVote(rounds.get(req.roundId), req.ctx, req.input.matterId, req.today);
      if (!req.ctx.actor.personId) throw notRepresentative();
      open.push(i);
    } catch (error) {
      out[i] = { ok: false, error };
    }
  });
  const ready = open.filter((i) => {
    const h = households.get(i);
    if (!h) out[i] = { ok: false, error: notRepresentative() };
    else if (!h.in_snapshot) out[i] = { ok: false, error: notInSnapshot() };
    return h?.in_snapshot === true;
  });
  const votes = ready
    .map((i) => {
      const req = reqs[i]!;
      const round = rounds.get(req.roundId)!;
      const h = households.get(i)!;
      const other = req.input.choice === "other" ? req.input.otherText : null;
      return { i, req, round, household: h, other, receipt: newReceipt() };
    })
    .sort((a, b) => a.round.id - b.round.id || a.household.id - b.household.id || a.i - b.i);
  const col = <T>(f: (v: (typeof votes)[number]) => T) => votes.map(f);
  const inserted = votes.length
    ? await sql<{ receipt: string; cast_at: Date }>`
        insert into decision_vote (round_id, matter_id, unit_id, household_id, channel, choice,
          other_text, status, ballot_serial, cast_by, receipt)
        select r, m, u, h, 'online', c, t, 'counted', null, a, x
          from unnest(${col((v) => v.round.id)}::integer[], ${col((v) => v.round.matter_id)}::integer[],
                      ${col((v) => v.round.unit_id)}::integer[], ${col((v) => v.household.id)}::integer[],
                      ${col((v) => v.req.input.choice)}::text[], ${col((v) => v.other)}::text[],
                      ${col((v) => v.req.ctx.actor.accountId)}::integer[], ${col((v) => v.receipt)}::text[])
            with ordinality as v(r, m, u, h, c, t, a, x, n)
         order by n
        on conflict (round_id, household_id) where status = 'counted' do nothing
        returning receipt, cast_at`.execute(tx)
    : { rows: [] };
  const castAt = new Map(inserted.rows.map((r) => [r.receipt, r.cast_at]));
  const refused = votes.filter((v) => !castAt.has(v.receipt));
  const firsts = await firstVotes(tx, refused);
  for (const v of refused) {
    const first = firsts.get(`${v.round.id}:${v.household.id}`);
    out[v.i] = { ok: false, error: alreadyVoted(v.household.code, first) };
  }
  const counted = votes.filter((v) => castAt.has(v.receipt));
  await recordEvents(
    tx,
    counted.map((v) => ({
      ctx: v.req.ctx,
      input: {
        action: "decision.vote.cast",
        unitId: v.round.unit_id,
        chain: voteChain(v.round.id, v.household.id),
        subjectType: "decision_round",
        subjectId: v.round.id,
        summary: { channel: "online", receipt: v.receipt },
      },
    })),
  );
  for (const v of counted) {
    out[v.i] = {
      ok: true,
      cast: { receipt: v.receipt, castAt: castAt.get(v.receipt)!, household: v.household.code },
    };
  }
  return out;
}

type Represented = { id: number; code: string; in_snapshot: boolean };

/**
 * In one statement: the rounds, locked FOR SHARE (votes run side by side; counting, FOR UPDATE,
 * waits for them and they for it), and for each request the household its actor represents in
 * the round's unit that day, with whether it is in the round's frozen list.
 */
async function roundsAndHouseholds(tx: Tx, reqs: readonly VoteRequest[]) {
  const roundIds = [...new Set(reqs.map((r) => r.roundId))].sort((a, b) => a - b);
  const asked = reqs.flatMap((r, i) => (r.ctx.actor.personId ? [i] : []));
  const pick = <T>(f: (r: VoteRequest) => T) => asked.map((i) => f(reqs[i]!));
  const row = (
    await sql<{ rounds: VotingRound[]; households: (Represented & { i: number })[] }>`
      select
        (select coalesce(json_agg(r order by r.id), '[]') from (
           select r.id, r.matter_id, r.unit_id, r.form, r.status, r.held_on, r.closes_on,
                  u.path::text as path
             from decision_round r join org_unit u on u.id = r.unit_id
            where r.id = any(${roundIds}::integer[]) order by r.id for share of r) r) as rounds,
        (select coalesce(json_agg(h), '[]') from (
           select distinct on (x.i) x.i, h.id, h.code,
                  exists (select 1 from decision_snapshot s
                           where s.round_id = x.round_id and s.household_id = h.id) as in_snapshot
             from unnest(${asked}::integer[], ${pick((r) => r.ctx.actor.personId)}::integer[],
                         ${pick((r) => r.roundId)}::integer[], ${pick((r) => r.today)}::date[])
                    as x(i, person_id, round_id, on_day)
             join decision_round dr on dr.id = x.round_id
             join people_household_member m
               on m.person_id = x.person_id and m.is_representative and m.valid_from <= x.on_day
              and (m.valid_to is null or m.valid_to > x.on_day)
             join people_household h on h.id = m.household_id and h.unit_id = dr.unit_id
            order by x.i, h.id) h) as households`.execute(tx)
  ).rows[0]!;
  return {
    rounds: new Map(row.rounds.map((r) => [r.id, r])),
    households: new Map<number, Represented>(row.households.map((h) => [h.i, h])),
  };
}

/** The counted vote each refused (round, household) already has, for the refusal's message. */
async function firstVotes(tx: Tx, refused: { round: { id: number }; household: { id: number } }[]) {
  if (!refused.length) return new Map<string, { channel: Channel; cast_at: Date }>();
  const rows = await sql<{
    round_id: number;
    household_id: number;
    channel: Channel;
    cast_at: Date;
  }>`
    select v.round_id, v.household_id, v.channel, v.cast_at from decision_vote v
      join unnest(${refused.map((r) => r.round.id)}::integer[],
                  ${refused.map((r) => r.household.id)}::integer[]) as x(round_id, household_id)
        on v.round_id = x.round_id and v.household_id = x.household_id
     where v.status = 'counted'`.execute(tx);
  return new Map(rows.rows.map((r) => [`${r.round_id}:${r.household_id}`, r]));
}
