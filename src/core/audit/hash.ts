import { createHash } from "node:crypto";

/** JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export interface HashedFields {
  chainKey: number;
  chainSeq: number;
  unitId: number | null;
  occurredAt: Date;
  actorKind: string;
  actorAccountId: number | null;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: unknown;
  ip: string | null;
  requestId: string | null;
}

export const GENESIS: Buffer = Buffer.alloc(32);

export function eventHash(prev: Buffer, f: HashedFields): Buffer {
  const body = canonicalJson([
    f.chainKey,
    f.chainSeq,
    f.unitId,
    f.occurredAt.toISOString(),
    f.actorKind,
    f.actorAccountId,
    f.action,
    f.subjectType,
    f.subjectId,
    f.summary,
    f.ip,
    f.requestId,
  ]);
  return createHash("sha256").update(prev).update(body).digest();
}
