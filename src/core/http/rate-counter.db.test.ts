import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import { useTestDatabase } from "../testing/test-db.ts";
import { RateCounter } from "./rate-limit.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const hits = async (key: string) =>
  (
    await db
      .selectFrom("core_rate_limit")
      .select((eb) => eb.fn.sum<number>("hits").as("n"))
      .where("key", "=", key)
      .executeTakeFirstOrThrow()
  ).n;

describe("request limits counted in memory, shared through PostgreSQL (RateCounter)", () => {
  it("refuses the hit past the limit at once, in Vietnamese, and records every hit", async () => {
    const counter = new RateCounter(db, 60_000);
    for (let i = 0; i < 5; i++) counter.hit("t1", 5, 60);
    expect(() => counter.hit("t1", 5, 60)).toThrow(
      "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 1 phút.",
    );
    await counter.flush();
    expect(Number(await hits("t1"))).toBe(6);
  });

  it("a process learns the others' hits when it sends its own", async () => {
    const a = new RateCounter(db, 60_000);
    const b = new RateCounter(db, 60_000);
    for (let i = 0; i < 4; i++) a.hit("t2", 5, 60);
    await a.flush();
    b.hit("t2", 5, 60);
    b.hit("t2", 5, 60); // 6 in all, but b has not heard of a's yet
    await b.flush(); // sent (b has a quarter of the limit): b now knows of a's 4
    expect(() => b.hit("t2", 5, 60)).toThrow(/quá nhiều lần/);
    await b.flush();
    a.hit("t2", 5, 60); // a still counts 4 + 1: allowed until it flushes
    await a.flush(); // and learns of b's 3
    expect(() => a.hit("t2", 5, 60)).toThrow(/quá nhiều lần/);
    await a.flush();
    expect(Number(await hits("t2"))).toBe(9);
  });

  it("keeps separate keys and windows apart", async () => {
    const counter = new RateCounter(db, 60_000);
    counter.hit("t3", 1, 60);
    counter.hit("t4", 1, 60);
    counter.hit("t3", 1, 3600);
    await counter.flush();
    expect(Number(await hits("t3"))).toBe(2);
    expect(Number(await hits("t4"))).toBe(1);
  });

  it("shares a key only from a quarter of its limit on; below it, counts locally", async () => {
    const counter = new RateCounter(db, 60_000);
    for (let i = 0; i < 29; i++) counter.hit("t5", 120, 60);
    await counter.flush();
    expect(await hits("t5")).toBeNull();
    counter.hit("t5", 120, 60); // the 30th: a quarter of 120
    await counter.flush();
    expect(Number(await hits("t5"))).toBe(30);
  });
});
