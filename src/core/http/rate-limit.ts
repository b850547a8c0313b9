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
  if (hits > limit) throw rateLimited(windowSeconds);
}

const rateLimited = (windowSeconds: number) =>
  new AppError(
    "rate_limited",
    `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(windowSeconds / 60)} phút.`,
  );

interface Window {
  key: string;
  /** Unix seconds of the window's start, as the table stores it. */
  start: number;
  windowSeconds: number;
  /** All processes' hits as of the last flush (ours included). */
  shared: number;
  /** Ours not yet sent, and ours being sent. */
  pending: number;
  sending: number;
  /** Sent from this many hits in the window on (a quarter of the limit). */
  shareFrom: number;
  /** Ours in the window, sent or not. */
  local: number;
}

/**
 * The same counters for every request (writes, API calls), without a statement per request: a
 * process counts in memory and adds its hits to the shared rows in one statement every
 * `flushMs`, learning the others' totals in return. A request is refused as soon as the last
 * shared total plus this process's unsent hits pass the limit. A key is shared only once it has
 * a quarter of its limit in this process's window: most clients send a few requests a minute
 * (a household's one vote), and need no row at all. So with P processes a client may get through
 * up to P × (limit / 4) hits unseen by the others, plus `flushMs` worth of hits. Sign-in keeps
 * `hitRateLimit`, exact in the database, on every attempt.
 */
export class RateCounter {
  private readonly windows = new Map<string, Window>();
  private scheduled = false;
  private hits = 0;

  constructor(
    private readonly db: Db,
    private readonly flushMs = 250,
  ) {}

  /** Counts a hit; throws the 429 error past `limit` hits within the current window. */
  hit(key: string, limit: number, windowSeconds: number): void {
    if (++this.hits % 1024 === 0) this.prune();
    const start = Math.floor(Date.now() / 1000 / windowSeconds) * windowSeconds;
    const id = `${key}\n${start}`;
    let w = this.windows.get(id);
    if (!w) {
      const shareFrom = Math.max(1, Math.ceil(limit / 4));
      w = { key, start, windowSeconds, shared: 0, pending: 0, sending: 0, shareFrom, local: 0 };
      this.windows.set(id, w);
    }
    w.pending++;
    w.local++;
    if (w.local >= w.shareFrom) this.schedule();
    if (w.shared + w.sending + w.pending > limit) throw rateLimited(windowSeconds);
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.flush().finally(() => {
        this.scheduled = false;
        if ([...this.windows.values()].some((w) => w.pending && w.local >= w.shareFrom))
          this.schedule();
      });
    }, this.flushMs).unref();
  }

  /**
   * Forgets windows that have ended (their unsent hits no longer matter). The map is in order of
   * first hit, so the ended ones are at its front: stop after a run of live ones.
   */
  private prune() {
    const now = Date.now() / 1000;
    let live = 0;
    for (const [id, w] of this.windows) {
      if (w.start + w.windowSeconds < now && !w.sending) this.windows.delete(id);
      else if (++live > 64) break;
    }
  }

  /** Sends the unsent hits of shared keys in one statement (also called by tests). */
  async flush(): Promise<void> {
    this.prune();
    const batch = [...this.windows.values()].filter((w) => w.pending && w.local >= w.shareFrom);
    if (!batch.length) return;
    for (const w of batch) {
      w.sending = w.pending;
      w.pending = 0;
    }
    try {
      const rows = await sql<{ key: string; s: number; hits: number }>`
        insert into core_rate_limit (key, window_start, hits)
        select k, to_timestamp(s), n
          from unnest(${batch.map((w) => w.key)}::text[], ${batch.map((w) => w.start)}::bigint[],
                      ${batch.map((w) => w.sending)}::integer[]) as x(k, s, n)
        on conflict (key, window_start) do update set hits = core_rate_limit.hits + excluded.hits
        returning key, extract(epoch from window_start)::bigint as s, hits`.execute(this.db);
      const totals = new Map(rows.rows.map((r) => [`${r.key}\n${r.s}`, r.hits]));
      for (const w of batch) {
        w.shared = Math.max(w.shared + w.sending, totals.get(`${w.key}\n${w.start}`) ?? 0);
      }
    } catch {
      // The database is away: keep counting locally from what was known.
      for (const w of batch) w.shared += w.sending;
    } finally {
      for (const w of batch) w.sending = 0;
    }
  }
}

/** Old windows are useless; removed now and then by whichever process notices. */
export async function pruneRateLimits(db: Db): Promise<void> {
  await sql`delete from core_rate_limit where window_start < now() - interval '1 day'`.execute(db);
}
