import pg from "pg";

// A poor man's profile of PostgreSQL during a load run: every `intervalMs`, what each backend of
// one database is doing (pg_stat_activity): running on a CPU, waiting for a lock, for the WAL to
// be flushed, for the client to send the next statement… Counted over the run, the shares say
// where the time of the database sessions goes.

export interface WaitSample {
  /** "CPU" (active, no wait event), "idle in transaction", or wait_event_type:wait_event. */
  what: string;
  n: number;
}

export interface WaitSampler {
  stop(): Promise<{ samples: number; sessions: number; top: WaitSample[] }>;
}

export async function startWaitSampler(
  url: string,
  database: string,
  intervalMs = 50,
): Promise<WaitSampler> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  const counts = new Map<string, number>();
  let samples = 0;
  let sessions = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const r = await client.query<{ what: string; n: number }>(
        `select case
                  when state = 'active' and wait_event is null then 'CPU (active)'
                  when state = 'active' then wait_event_type || ':' || wait_event
                  when state = 'idle in transaction' and wait_event = 'ClientRead'
                    then 'idle in transaction (waiting for the app)'
                  else coalesce(state, '?') || coalesce(' ' || wait_event_type || ':' || wait_event, '')
                end as what, count(*)::int as n
           from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'
          group by 1`,
        [database],
      );
      samples++;
      for (const row of r.rows) {
        counts.set(row.what, (counts.get(row.what) ?? 0) + row.n);
        sessions += row.n;
      }
      await new Promise((res) => setTimeout(res, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => {});
      await client.end().catch(() => {});
      const top = [...counts.entries()].map(([what, n]) => ({ what, n })).sort((a, b) => b.n - a.n);
      return { samples, sessions, top };
    },
  };
}

/** "CPU (active) 41 %, idle 30 %, Lock:transactionid 12 %, …" over the busy (non-idle) shares. */
export function describeWaits(w: { samples: number; sessions: number; top: WaitSample[] }): string {
  const total = w.top.reduce((s, x) => s + x.n, 0) || 1;
  const perSample = w.samples ? w.sessions / w.samples : 0;
  return `${w.samples} samples, ${perSample.toFixed(0)} sessions on average: ${w.top
    .slice(0, 8)
    .map((x) => `${x.what} ${((x.n / total) * 100).toFixed(0)} %`)
    .join(", ")}`;
}
