import { sql } from "kysely";
import type { RequestContext } from "../context/request-context.ts";
import type { Tx } from "../db/database.ts";
import { eventHash, GENESIS } from "./hash.ts";
import type { ActorKind } from "./tables.ts";

export interface AuditInput {
  /** `module.entity.past-verb`, e.g. `org.unit.created`. */
  action: string;
  /** The unit the change belongs to; its chain is the one extended. */
  unitId: number | null;
  subjectType: string;
  subjectId: string | number;
  /** What changed, without ID numbers or other sensitive data. */
  summary: Record<string, unknown>;
  /**
   * Another chain than the unit's, for streams of many independent acts (household votes): a
   * negative key of the module's choosing, so that they do not queue on one chain head.
   */
  chain?: number;
}

/**
 * Writes one audit event inside the caller's transaction. The chain head row is locked until the
 * transaction ends, which orders events of one unit without a global lock.
 */
export async function recordEvent(tx: Tx, ctx: RequestContext, input: AuditInput): Promise<number> {
  if (input.chain !== undefined && !(Number.isInteger(input.chain) && input.chain < 0)) {
    throw new Error("A separate audit chain has a negative integer key.");
  }
  const chainKey = input.chain ?? input.unitId ?? 0;
  // Creates the head if missing and locks it: `do update` to the same value returns the row.
  const head = (
    await sql<{ seq: number; hash: Buffer }>`
      insert into audit_chain_head (chain_key, seq, hash) values (${chainKey}, 0, ${GENESIS})
      on conflict (chain_key) do update set chain_key = excluded.chain_key
      returning seq, hash`.execute(tx)
  ).rows[0]!;
  const fields = auditFields(ctx, input, chainKey, head.seq + 1);
  const hash = eventHash(head.hash, fields);
  // The event and the head's advance in one statement.
  const row = await tx
    .with("event", (db) =>
      db
        .insertInto("audit_event")
        .values({
          chain_key: chainKey,
          chain_seq: fields.chainSeq,
          unit_id: fields.unitId,
          occurred_at: fields.occurredAt,
          actor_kind: fields.actorKind,
          actor_account_id: fields.actorAccountId,
          action: fields.action,
          subject_type: fields.subjectType,
          subject_id: fields.subjectId,
          summary: JSON.stringify(fields.summary),
          ip: fields.ip,
          request_id: fields.requestId,
          prev_hash: head.hash,
          hash,
        })
        .returning("id"),
    )
    .with("head", (db) =>
      db
        .updateTable("audit_chain_head")
        .set({ seq: fields.chainSeq, hash })
        .where("chain_key", "=", chainKey),
    )
    .selectFrom("event")
    .select("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The hashed fields of one event, as both writers build them. */
export function auditFields(
  ctx: RequestContext,
  input: AuditInput,
  chainKey: number,
  chainSeq: number,
) {
  const actorKind: ActorKind = ctx.actor.kind === "anonymous" ? "system" : ctx.actor.kind;
  return {
    chainKey,
    chainSeq,
    unitId: input.unitId,
    // Millisecond precision round-trips exactly through timestamptz, so the hash can be rechecked.
    occurredAt: new Date(),
    actorKind,
    actorAccountId: ctx.actor.accountId,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: String(input.subjectId),
    summary: input.summary,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
}
