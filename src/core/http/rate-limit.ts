import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { AppError } from "../errors.ts";

/**
 * Fixed-window counter in PostgreSQL, shared by every server process. Throws 429 with a
 * Vietnamese message once `limit` hits are exceeded within `windowSeconds`.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<void> {
  const row = await sql<{ hits: number }>`
    insert into core_rate_limit (key, window_start, hits)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (key, window_start) do update set hits = core_rate_limit.hits + 1
    returning hits`.execute(db);
  const hits = row.rows[0]?.hits ?? 0;
  if (hits > limit) {
    const minutes = Math.ceil(windowSeconds / 60);
    throw new AppError(
      "rate_limited",
      `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    );
  }
}

/** Old windows are useless; removed now and then by whichever process notices. */
export async function pruneRateLimits(db: Db): Promise<void> {
  await sql`delete from core_rate_limit where window_start < now() - interval '1 day'`.execute(db);
}
