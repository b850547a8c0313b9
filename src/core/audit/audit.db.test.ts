import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../context/request-context.ts";
import type { Db } from "../db/database.ts";
import { useTestDatabase } from "../testing/test-db.ts";
import { recordEvent, recordEvents, verifyChains } from "./index.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

async function write(unitId: number | null, n: number) {
  for (let i = 0; i < n; i++) {
    await db.transaction().execute((tx) =>
      recordEvent(tx, systemContext(), {
        action: "test.thing.done",
        unitId,
        subjectType: "thing",
        subjectId: i,
        summary: { i, nested: { b: 2, a: [1, "x"] } },
      }),
    );
  }
}

/** Tampering needs a superuser who disables the append-only triggers, as an attacker would. */
async function asAttacker(q: ReturnType<typeof sql>) {
  await db.connection().execute(async (conn) => {
    await sql`set session_replication_role = replica`.execute(conn);
    await q.execute(conn);
    await sql`set session_replication_role = origin`.execute(conn);
  });
}

describe("audit log: append-only, hash-linked per unit", () => {
  it("links events of each chain and verifies clean", async () => {
    await write(null, 3);
    await write(7, 2);
    const r = await verifyChains(db);
    expect(r).toEqual({ chains: 2, events: 5, problems: [] });
    const seqs = await db
      .selectFrom("audit_event")
      .select(["chain_key", "chain_seq"])
      .orderBy("id")
      .execute();
    expect(seqs).toEqual([
      { chain_key: 0, chain_seq: 1 },
      { chain_key: 0, chain_seq: 2 },
      { chain_key: 0, chain_seq: 3 },
      { chain_key: 7, chain_seq: 1 },
      { chain_key: 7, chain_seq: 2 },
    ]);
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(sql`update audit_event set action = 'x'`.execute(db)).rejects.toThrow(
      /chỉ được ghi thêm/,
    );
    await expect(sql`delete from audit_event`.execute(db)).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(sql`truncate audit_event`.execute(db)).rejects.toThrow(/chỉ được ghi thêm/);
  });

  it("names an edited row", async () => {
    const target = await db
      .selectFrom("audit_event")
      .select("id")
      .where("chain_key", "=", 0)
      .where("chain_seq", "=", 2)
      .executeTakeFirstOrThrow();
    await asAttacker(sql`update audit_event set summary = '{"i":99}' where id = ${target.id}`);
    const r = await verifyChains(db);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ chainKey: 0, eventId: target.id, problem: "edited" });
  });

  it("names a deleted row and a deleted last row", async () => {
    const { db: fresh } = await useTestDatabase();
    db = fresh;
    await write(5, 4);
    const second = await db
      .selectFrom("audit_event")
      .select("id")
      .where("chain_seq", "=", 2)
      .executeTakeFirstOrThrow();
    await asAttacker(sql`delete from audit_event where id = ${second.id}`);
    let r = await verifyChains(db);
    expect(r.problems.map((p) => [p.problem, p.seq])).toEqual([["missing", 2]]);
    await asAttacker(sql`delete from audit_event where chain_seq = 4`);
    r = await verifyChains(db);
    expect(r.problems.map((p) => p.problem)).toEqual(["missing", "head_mismatch"]);
  });

  it("names an inserted row", async () => {
    const { db: fresh } = await useTestDatabase();
    db = fresh;
    await write(9, 2);
    // A forged event slipped in as number 2, pushing the real one to 3.
    await asAttacker(sql`update audit_event set chain_seq = 3 where chain_seq = 2`);
    await asAttacker(sql`insert into audit_event (chain_key, chain_seq, unit_id, occurred_at, actor_kind, action, subject_type, subject_id, summary, prev_hash, hash)
      select chain_key, 2, unit_id, occurred_at, actor_kind, 'forged', subject_type, subject_id, summary, hash, decode(md5(random()::text) || md5(random()::text), 'hex') from audit_event where chain_seq = 1`);
    const r = await verifyChains(db);
    expect(r.problems.map((p) => p.problem)).toEqual([
      "edited",
      "inserted",
      "edited",
      "head_mismatch",
    ]);
  });
});

describe("separate chains for streams of independent acts", () => {
  it("keeps a negative chain apart from the unit's, and verifies both", async () => {
    const { db: fresh } = await useTestDatabase();
    const event = (chain?: number) =>
      fresh.transaction().execute((tx) =>
        recordEvent(tx, systemContext(), {
          action: "test.vote.cast",
          unitId: 4,
          chain,
          subjectType: "round",
          subjectId: 1,
          summary: {},
        }),
      );
    await event();
    await event(-65);
    await event(-65);
    const rows = await fresh
      .selectFrom("audit_event")
      .select(["chain_key", "chain_seq", "unit_id"])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { chain_key: 4, chain_seq: 1, unit_id: 4 },
      { chain_key: -65, chain_seq: 1, unit_id: 4 },
      { chain_key: -65, chain_seq: 2, unit_id: 4 },
    ]);
    expect(await verifyChains(fresh)).toEqual({ chains: 2, events: 3, problems: [] });
    await expect(event(7)).rejects.toThrow(/negative/);
  });

  it("writes a batch as one event at a time would: same chains and sequence, verifiable", async () => {
    const { db: fresh } = await useTestDatabase();
    const ctx = { ...systemContext(), ip: "10.0.0.1", requestId: "r1" };
    const input = (chain: number | undefined, i: number) => ({
      action: "test.vote.cast",
      unitId: 4,
      chain,
      subjectType: "round",
      subjectId: 1,
      summary: { i, note: 'quote " and \\ backslash, {braces}' },
    });
    await fresh.transaction().execute((tx) => recordEvent(tx, ctx, input(-130, 0)));
    await fresh.transaction().execute((tx) =>
      recordEvents(tx, [
        { ctx, input: input(-129, 1) },
        { ctx, input: input(-130, 2) },
        { ctx, input: input(undefined, 3) },
        { ctx, input: input(-129, 4) },
      ]),
    );
    await fresh.transaction().execute((tx) => recordEvents(tx, []));
    const rows = await fresh
      .selectFrom("audit_event")
      .select(["chain_key", "chain_seq", "summary"])
      .orderBy("chain_key")
      .orderBy("chain_seq")
      .execute();
    expect(rows.map((r) => [r.chain_key, r.chain_seq, (r.summary as { i: number }).i])).toEqual([
      [-130, 1, 0],
      [-130, 2, 2],
      [-129, 1, 1],
      [-129, 2, 4],
      [4, 1, 3],
    ]);
    expect(await verifyChains(fresh)).toEqual({ chains: 3, events: 5, problems: [] });
    await expect(
      fresh.transaction().execute((tx) => recordEvents(tx, [{ ctx, input: input(7, 5) }])),
    ).rejects.toThrow(/negative/);
  });
});
