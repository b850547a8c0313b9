import type { Db } from "../db/database.ts";
import { eventHash, GENESIS } from "./hash.ts";

export interface ChainProblem {
  chainKey: number;
  eventId: number | null;
  seq: number;
  problem: "edited" | "missing" | "inserted" | "head_mismatch";
  message: string;
}

export interface VerifyResult {
  chains: number;
  events: number;
  problems: ChainProblem[];
}

const PAGE = 5000;

/**
 * Re-walks every chain: each event's hash must recompute from its fields and the previous hash,
 * sequence numbers must run 1, 2, 3… without gaps, and the last event must match the chain head.
 * An edited row fails its hash; a deleted row leaves a gap; an inserted row breaks the link.
 */
export async function verifyChains(
  db: Db,
  onProgress?: (events: number) => void,
): Promise<VerifyResult> {
  const heads = await db.selectFrom("audit_chain_head").selectAll().orderBy("chain_key").execute();
  const problems: ChainProblem[] = [];
  let events = 0;
  for (const head of heads) {
    let prevHash: Buffer = GENESIS;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const rows = await db
        .selectFrom("audit_event")
        .selectAll()
        .where("chain_key", "=", head.chain_key)
        .where("chain_seq", ">=", expectedSeq)
        .orderBy("chain_seq")
        .limit(PAGE)
        .execute();
      for (const e of rows) {
        events++;
        if (e.chain_seq !== expectedSeq) {
          problems.push({
            chainKey: head.chain_key,
            eventId: e.id,
            seq: expectedSeq,
            problem: "missing",
            message: `Chuỗi ${head.chain_key}: thiếu sự kiện số ${expectedSeq}–${e.chain_seq - 1} (đã bị xoá?) trước sự kiện #${e.id}.`,
          });
        } else if (!e.prev_hash.equals(prevHash)) {
          problems.push({
            chainKey: head.chain_key,
            eventId: e.id,
            seq: e.chain_seq,
            problem: "inserted",
            message: `Chuỗi ${head.chain_key}: sự kiện #${e.id} (số ${e.chain_seq}) không nối với sự kiện trước nó (bị chèn hoặc thay thế?).`,
          });
        }
        const recomputed = eventHash(e.prev_hash, {
          chainKey: e.chain_key,
          chainSeq: e.chain_seq,
          unitId: e.unit_id,
          occurredAt: e.occurred_at,
          actorKind: e.actor_kind,
          actorAccountId: e.actor_account_id,
          action: e.action,
          subjectType: e.subject_type,
          subjectId: e.subject_id,
          summary: e.summary,
          ip: e.ip,
          requestId: e.request_id,
        });
        if (!recomputed.equals(e.hash)) {
          problems.push({
            chainKey: head.chain_key,
            eventId: e.id,
            seq: e.chain_seq,
            problem: "edited",
            message: `Chuỗi ${head.chain_key}: sự kiện #${e.id} (số ${e.chain_seq}) đã bị sửa sau khi ghi.`,
          });
        }
        prevHash = e.hash;
        expectedSeq = e.chain_seq + 1;
        lastSeq = e.chain_seq;
      }
      onProgress?.(events);
      if (rows.length < PAGE) break;
    }
    if (lastSeq !== head.seq || !prevHash.equals(head.hash)) {
      problems.push({
        chainKey: head.chain_key,
        eventId: null,
        seq: head.seq,
        problem: "head_mismatch",
        message: `Chuỗi ${head.chain_key}: sự kiện cuối là số ${lastSeq} nhưng đầu chuỗi ghi số ${head.seq} (sự kiện cuối bị xoá hoặc sửa?).`,
      });
    }
  }
  return { chains: heads.length, events, problems };
}
