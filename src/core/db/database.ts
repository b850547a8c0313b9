import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { NamedStatementClient } from "./named-statements.ts";
import type { Database } from "./schema.ts";

// bigint ids and counts come back from pg as strings; ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// DATE stays a plain "YYYY-MM-DD" string: no time zone shifts on calendar dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the pool or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

/**
 * A kysely over a pg pool. Parameterised statements are prepared once per connection
 * (`named-statements.ts`) unless COSO_DB_PREPARE=off (for a pooler that cannot keep them).
 */
export function createDb(connectionString: string, max = 10): Db {
  const prepared = process.env.COSO_DB_PREPARE !== "off";
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    ...(prepared ? { Client: NamedStatementClient } : {}),
  });
  // An idle connection closed by the server (Ctrl-C reaches the embedded PostgreSQL too, which
  // then shuts down cleanly) must not crash the process; the pool replaces it when needed.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
