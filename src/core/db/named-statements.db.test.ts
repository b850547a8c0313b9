import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-db.ts";
import type { Db } from "./database.ts";
import { namedStatementCount } from "./named-statements.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

describe("parameterised statements are prepared once per connection", () => {
  it("names a statement on first use and answers correctly past the generic-plan switch", async () => {
    const before = namedStatementCount();
    await db.connection().execute(async (conn) => {
      for (let i = 0; i < 8; i++) {
        const r = await sql<{ n: number }>`select ${i}::int + 0 as n`.execute(conn);
        expect(r.rows[0]).toEqual({ n: i });
      }
      const prepared = await sql<{ n: number }>`
        select count(*)::int as n from pg_prepared_statements
         where statement = ${"select $1::int + 0 as n"}`.execute(conn);
      expect(prepared.rows[0]!.n).toBe(1);
    });
    expect(namedStatementCount()).toBe(before + 2);
  });

  it("leaves statements without parameters unnamed (several statements in one text work)", async () => {
    const before = namedStatementCount();
    await sql`create temporary table t1 (x int); drop table t1`.execute(db);
    expect(namedStatementCount()).toBe(before);
  });
});
