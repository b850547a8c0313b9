import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

// The baseline for write-heavy endpoints: how many single-row INSERTs per second the same
// PostgreSQL commits when `clients` connections each insert one row per transaction (autocommit),
// as fast as they can. Driven from this process through pg (the driver the app uses, extended
// protocol with parameters, like the app's queries), and — when the `pgbench` of a PostgreSQL
// client package is on PATH — by pgbench as well (C client, no Node in the way).

export const BASELINE_TABLE = "bench_row";

const CREATE = `
  create table if not exists ${BASELINE_TABLE} (
    id bigint generated always as identity primary key,
    round_id integer not null,
    household_id integer not null,
    choice text not null,
    cast_at timestamptz not null default now()
  )`;
const INSERT = `insert into ${BASELINE_TABLE} (round_id, household_id, choice) values ($1, $2, $3)`;

export interface InsertRate {
  clients: number;
  seconds: number;
  inserts: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) : 0;

/** `clients` connections inserting one row per autocommit statement for warm-up + `seconds`. */
export async function insertRate(
  url: string,
  opts: {
    clients: number;
    seconds: number;
    warmupS: number;
    /** Called when the measured window opens and when it closes (before the connections end). */
    onStart?: () => void;
    onEnd?: () => void;
  },
): Promise<InsertRate> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(CREATE);
  } finally {
    await admin.end();
  }
  const clients = Array.from(
    { length: opts.clients },
    () => new pg.Client({ connectionString: url }),
  );
  for (const c of clients) c.on("error", () => {});
  await Promise.all(clients.map((c) => c.connect()));
  const startAt = performance.now() + opts.warmupS * 1000;
  const endAt = startAt + opts.seconds * 1000;
  const latencies: number[] = [];
  let inserts = 0;
  const started = setTimeout(() => opts.onStart?.(), opts.warmupS * 1000);
  try {
    await Promise.all(
      clients.map(async (c, k) => {
        let i = 0;
        for (;;) {
          const t = performance.now();
          if (t >= endAt) return;
          await c.query(INSERT, [1, k * 1_000_000 + i++, "yes"]);
          const done = performance.now();
          if (t >= startAt && done <= endAt) {
            inserts++;
            latencies.push(done - t);
          }
        }
      }),
    );
    opts.onEnd?.();
  } finally {
    clearTimeout(started);
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
  latencies.sort((a, b) => a - b);
  return {
    clients: opts.clients,
    seconds: opts.seconds,
    inserts,
    perSec: inserts / opts.seconds,
    p50Ms: pct(latencies, 0.5),
    p99Ms: pct(latencies, 0.99),
  };
}

/** The first `pgbench` found on PATH, or null. */
export function findPgbench(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "pgbench"))) return join(dir, "pgbench");
  }
  return null;
}

/**
 * The same load by pgbench: `clients` connections, 2 threads, extended protocol, one INSERT per
 * transaction. Returns transactions per second (without connection time) and pgbench's mean
 * latency, or null with the reason when it could not run.
 */
export function pgbenchInsertRate(
  pgbench: string,
  conn: { host: string; port: number; user: string; password: string; database: string },
  opts: { clients: number; seconds: number; scriptDir: string },
): Promise<{ tps: number; latencyMs: number } | { error: string }> {
  const script = join(opts.scriptDir, "bench-insert.sql");
  writeFileSync(
    script,
    `\\set h random(1, 100000000)\ninsert into ${BASELINE_TABLE} (round_id, household_id, choice) values (2, :h, 'yes');\n`,
  );
  const args = [
    "-n",
    "-M",
    "extended",
    "-c",
    String(opts.clients),
    "-j",
    "2",
    "-T",
    String(opts.seconds),
    "-f",
    script,
    "-h",
    conn.host,
    "-p",
    String(conn.port),
    "-U",
    conn.user,
    conn.database,
  ];
  return new Promise((resolve) => {
    execFile(
      pgbench,
      args,
      {
        env: { ...process.env, PGPASSWORD: conn.password },
        timeout: (opts.seconds + 30) * 1000,
      },
      (err, stdout, stderr) => {
        const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
        const lat = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
        if (err || !tps) {
          resolve({
            error: (stderr || err?.message || stdout).trim().split("\n").slice(-2).join(" "),
          });
          return;
        }
        resolve({ tps: Number(tps), latencyMs: Number(lat ?? Number.NaN) });
      },
    );
  });
}
