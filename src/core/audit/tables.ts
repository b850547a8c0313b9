import type { Generated } from "kysely";

export interface AuditEventTable {
  id: Generated<number>;
  chain_key: number;
  chain_seq: number;
  unit_id: number | null;
  occurred_at: Date;
  actor_kind: ActorKind;
  actor_account_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  summary: unknown;
  ip: string | null;
  request_id: string | null;
  prev_hash: Buffer;
  hash: Buffer;
}

export interface AuditChainHeadTable {
  chain_key: number;
  seq: number;
  hash: Buffer;
}

export type ActorKind = "account" | "token" | "system" | "cli";

declare module "../db/schema.ts" {
  interface Database {
    audit_event: AuditEventTable;
    audit_chain_head: AuditChainHeadTable;
    core_rate_limit: { key: string; window_start: Date; hits: number };
  }
}
