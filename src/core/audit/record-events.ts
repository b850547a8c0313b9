import { sql } from "kysely";
import type { RequestContext } from "../context/request-context.ts";
import type { Tx } from "../db/database.ts";
import { eventHash, GENESIS } from "./hash.ts";
import { type AuditInput, auditFields } from "./record-event.ts";

/**
 * Many audit events in two statements, inside the caller's transaction (a batch of votes):
 * the same chains, sequence numbers and hashes as `recordEvent` called once per event in this
 * order. Chain heads are locked in key order, so two batches cannot deadlock on them.
 */
export async function recordEvents(
  tx: Tx,
  events: readonly { ctx: RequestContext; input: AuditInput }[],
): Promise<void> {
  if (!events.length) return;
  const keys = events.map(({ input }) => {
    if (input.chain !== undefined && !(Number.isInteger(input.chain) && input.chain < 0)) {
      throw new Error("A separate audit chain has a negative integer key.");
    }
    return input.chain ?? input.unitId ?? 0;
  });
  const distinct = [...new Set(keys)].sort((a, b) => a - b);
  // Creates missing heads and locks all of them in key order; `do update` (to the same value)
  // is what makes the existing ones locked and returned.
  const heads = await sql<{ chain_key: number; seq: number; hash: Buffer }>`
    insert into audit_chain_head (chain_key, seq, hash)
    select k, 0, ${GENESIS} from unnest(${distinct}::integer[]) k order by k
    on conflict (chain_key) do update set chain_key = excluded.chain_key
    returning chain_key, seq, hash`.execute(tx);
  const head = new Map(heads.rows.map((h) => [h.chain_key, { seq: Number(h.seq), hash: h.hash }]));
  const rows = events.map(({ ctx, input }, i) => {
    const chainKey = keys[i]!;
    const h = head.get(chainKey)!;
    const fields = auditFields(ctx, input, chainKey, h.seq + 1);
    const hash = eventHash(h.hash, fields);
    const prev = h.hash;
    head.set(chainKey, { seq: fields.chainSeq, hash });
    return { ...fields, prev, hash };
  });
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const last = [...head.entries()];
  await sql`
    with events as (
      insert into audit_event (chain_key, chain_seq, unit_id, occurred_at, actor_kind,
        actor_account_id, action, subject_type, subject_id, summary, ip, request_id, prev_hash, hash)
      select * from unnest(${col("chainKey")}::integer[], ${col("chainSeq")}::bigint[],
        ${col("unitId")}::integer[], ${col("occurredAt")}::timestamptz[], ${col("actorKind")}::text[],
        ${col("actorAccountId")}::integer[], ${col("action")}::text[], ${col("subjectType")}::text[],
        ${col("subjectId")}::text[], ${rows.map((r) => JSON.stringify(r.summary))}::jsonb[],
        ${col("ip")}::text[], ${col("requestId")}::text[], ${col("prev")}::bytea[],
        ${col("hash")}::bytea[]))
    update audit_chain_head h set seq = v.seq, hash = v.hash
      from unnest(${last.map(([k]) => k)}::integer[], ${last.map(([, v]) => v.seq)}::bigint[],
                  ${last.map(([, v]) => v.hash)}::bytea[]) as v(chain_key, seq, hash)
     where h.chain_key = v.chain_key`.execute(tx);
}
