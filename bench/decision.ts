// `npm run bench`, step 6: community decisions at scale (issue #4 "Done when"). Into a fresh
// database on the bench's embedded PostgreSQL (migrated and given its units by the CLI):
//
//   a. a village of 50,000 households, each with a representative who holds an account and an API
//      token; an online matter (item 6) opened through the module's commands, its round open with
//      the 50,000-household snapshot. A `coso serve` child over that database takes the votes:
//      autocannon, 100 connections, every request a different household's token on
//      POST /api/v1/matters/{id}/rounds/{roundId}/votes; each household votes once.
//        sustained ballots/s (201 answers per second)              target ≥ 1,500
//        p99 latency                                               target < 100 ms
//      afterwards, in the database: counted votes = 201 answers, no household counted twice;
//      beside it, the single-row INSERT rate of the same PostgreSQL (100 clients, autocommit),
//      and the ratio.
//   b. a round of 1,000,000 households with 1,000,000 counted votes: the module's tally query
//      (db/decision.repo.ts tallyRound), median of 5, with EXPLAIN ANALYZE  target < 1 s
//      and the whole count command (countRound, rolled back after each of 5 runs).
//
// Where the time goes is printed too: each statement of one vote under EXPLAIN ANALYZE (captured
// from the real code, rolled back), the CPU of server / PostgreSQL / others, what the server's
// PostgreSQL sessions were doing (pg_stat_activity sampled), commits and WAL per vote, and
// EXPLAIN ANALYZE of the vote's reads. Options: BENCH_HOUSEHOLDS (50,000), BENCH_TALLY_BALLOTS
// (1,000,000; 0 skips b), BENCH_DECISION_PROPOSAL, BENCH_DECISION_CPU_PROF (see below).
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Actor } from "../src/core/authz/index.ts";
import type { RequestContext } from "../src/core/context/request-context.ts";
import { createDb, type Db } from "../src/core/db/database.ts";
import type { Database } from "../src/core/db/schema.ts";
import { todayInVietnam } from "../src/core/validation.ts";
// The enabled modules: importing the list registers their policies (openMatter authorizes).
import "../src/modules.ts";
import { findTokensWithGrants, loadGrants } from "../src/modules/auth/db/auth.repo.ts";
import { hashPassword, makeIdentify } from "../src/modules/auth/index.ts";
import { sha256 } from "../src/modules/auth/sessions.ts";
import {
  findVoteByReceipt,
  householdRepresentedBy,
  inSnapshot,
  tallyRound,
} from "../src/modules/decision/db/decision.repo.ts";
import {
  castOnlineVotes,
  countRound,
  openMatter,
  openRound,
  prepareRound,
  recordWitnesses,
  roundsOf,
} from "../src/modules/decision/index.ts";
import { freshDatabase } from "./disclosure.ts";
import { type CpuShare, cpuShare, cpuSnapshot, waitForQuiet } from "./lib/cpu.ts";
import { findPgbench, insertRate, pgbenchInsertRate } from "./lib/insert-rate.ts";
import { describeWaits, startWaitSampler } from "./lib/pg-waits.ts";
import { freePort } from "./lib/ports.ts";
import { type BenchChild, sleep, spawnChild, stopChild, waitFor200 } from "./lib/proc.ts";
import { listeningPid } from "./lib/rss.ts";

export const DECISION_TARGET = { ballotsPerSec: 1_500, p99Ms: 100, tallyMs: 1_000 };

/** What run.ts lends this step (the same kit as step 5's). */
export interface DecisionKit {
  root: string;
  node: string;
  tsxCli: string;
  /** Data dir and port of the embedded PostgreSQL started by step 1 (still running). */
  dataDir: string;
  pgPort: number;
  /** Process trees whose CPU counts as ours (step 1's server, whose tree holds PostgreSQL). */
  cpuRoots: number[];
  durationS: number;
  warmupS: number;
  say(line?: string): void;
  section(title: string): void;
  row(figure: string, measured: string, target: string, pass: boolean | null): void;
  describeCpu(c: CpuShare): string;
  serverEnv(dataDir: string, pgPort: number, port: number): NodeJS.ProcessEnv;
  busyOthersPct: number;
}

const DB_NAME = "coso_bench_decision";
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 50_000);
const CONNECTIONS = 100;
/** Votes sent before the measured run (households 2…WARMUP+1), so that pools and JIT are warm. */
const WARMUP_VOTES = 2_000;
/** The measured run stops after this even if votes remain (a slow server). */
const MAX_VOTE_S = 150;
const TALLY_BALLOTS = Number(process.env.BENCH_TALLY_BALLOTS ?? 1_000_000);
const RUNS = 5;
/**
 * BENCH_DECISION_PROPOSAL=person-index (comma-separated): measure a change proposed in
 * bench/README.md by applying it to the bench database only; figures are then labelled.
 */
const PROPOSALS = new Set(
  (process.env.BENCH_DECISION_PROPOSAL ?? "").split(",").filter((x) => x.trim() !== ""),
);
const CPU_PROF_DIR = process.env.BENCH_DECISION_CPU_PROF ?? "";
const LABEL = PROPOSALS.size ? ` [proposal: ${[...PROPOSALS].join(", ")}]` : "";

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (ms: number) =>
  `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms)} ms`;
const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const UNITS_CSV = [
  "code,name,kind,parent_code",
  "98,Tỉnh Thử Nghiệm,province,",
  "98001,Xã Biểu Quyết,commune,98",
  "98001-T01,Thôn Đông,village,98001",
  "98001-T02,Thôn Kiểm Phiếu,village,98001",
].join("\n");
const VILLAGE = "98001-T01";
const TALLY_VILLAGE = "98001-T02";

/** The team an online vote needs (R18): village, Front, a household, someone with IT skills. */
const ONLINE_TEAM = [
  { name: "Lê Văn Thôn", represents: "village" as const, leader: false },
  { name: "Phạm Thị Mặt Trận", represents: "front" as const, leader: true },
  { name: "Hoàng Văn Hộ", represents: "household" as const, leader: false },
  { name: "Vũ Văn Tin", represents: "it" as const, leader: false },
];

async function runCli(kit: DecisionKit, name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawnChild(name, kit.node, [kit.tsxCli, "src/cli/main.ts", ...args], {
    cwd: kit.root,
    env,
  });
  const done = await Promise.race([child.exited, sleep(120_000).then(() => null)]);
  if (done === null) {
    await stopChild(child);
    throw new Error(`${name} did not finish within 120 s:\n${child.tail()}`);
  }
  if (done.code !== 0) throw new Error(`${name} failed (exit ${done.code}):\n${child.tail()}`);
  return child;
}

interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

/** Every statement a piece of the module sends, as kysely compiles it (run once). */
async function capture(url: string, run: (db: Kysely<Database>) => Promise<unknown>) {
  const seen: Captured[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on("error", () => {});
  const spy = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => {
      if (e.level === "query") seen.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  try {
    await run(spy);
  } finally {
    await spy.destroy();
  }
  return seen;
}

class Rollback extends Error {}

/** EXPLAIN ANALYZE of a captured read: execution time and the plan's main lines. */
async function explain(client: pg.Client, q: Captured): Promise<{ ms: number; plan: string[] }> {
  const r = await client.query(
    `explain (analyze, buffers, costs off, timing on) ${q.sql}`,
    q.parameters as unknown[],
  );
  const lines = r.rows.map((x: Record<string, string>) => x["QUERY PLAN"] ?? "");
  const exec = lines.find((l) => l.startsWith("Execution Time"));
  const ms = exec ? Number(/([\d.]+) ms/.exec(exec)?.[1]) : Number.NaN;
  return { ms, plan: lines };
}

function planLines(plan: string[], max = 6): string[] {
  return plan
    .filter((l) => /(Scan|Join|Nested Loop|Sort|Aggregate|Limit|Hash|Filter|Rows Removed)/.test(l))
    .slice(0, max)
    .map((l) => `      ${l.trim().slice(0, 150)}`);
}

/**
 * `n` households in a village, each with one representative (a person, current membership as
 * "Chủ hộ"), in three statements in one transaction, like decision/testing/factories.ts
 * bulkHouseholds but with 6-digit codes (H000001…).
 */
async function bulkHouseholds(client: pg.Client, unitId: number, n: number, validFrom: string) {
  await client.query("begin");
  try {
    await client.query(
      `insert into people_household (unit_id, code, address, valid_from)
       select $1, 'H' || lpad(i::text, 6, '0'), 'Số ' || i || ', Thôn Đông', $3::date
         from generate_series(1, $2::int) i`,
      [unitId, n, validFrom],
    );
    await client.query(
      `insert into people_person (home_unit_id, full_name)
       select $1, 'Đại diện hộ H' || lpad(i::text, 6, '0') from generate_series(1, $2::int) i`,
      [unitId, n],
    );
    await client.query(
      `insert into people_household_member (unit_id, household_id, person_id, relation,
         is_representative, valid_from)
       select $1, h.id, p.id, 'Chủ hộ', true, $2::date
         from people_household h
         join people_person p on p.home_unit_id = h.unit_id and p.full_name = 'Đại diện hộ ' || h.code
        where h.unit_id = $1`,
      [unitId, validFrom],
    );
    // people_household_needs_representative is a deferred per-row trigger: at commit it looks up
    // each member's household. On a table without statistics (a fresh database) PostgreSQL plans
    // that lookup as a BitmapAnd with the whole partial index people_one_household, so the commit
    // is quadratic (130 s for 50,000 rows here, 0.7 s after ANALYZE). See bench/README.md.
    await client.query("analyze people_household_member");
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw e;
  }
}

/**
 * An account for every representative of the village (one shared argon2id hash: nobody signs in
 * with them) and an API token for each, made as createApiToken makes them (`coso_` + 24 random
 * bytes, base64url; only the SHA-256 is stored). Returns the tokens in household-code order.
 */
async function bulkAccountsAndTokens(client: pg.Client, unitId: number) {
  const passwordHash = await hashPassword(`bench-${randomBytes(9).toString("base64url")}`);
  await client.query("begin");
  try {
    await client.query(
      `insert into auth_account (person_id, username, password_hash)
       select m.person_id, 'ho.' || lower(h.code), $2
         from people_household h
         join people_household_member m on m.household_id = h.id and m.is_representative
        where h.unit_id = $1`,
      [unitId, passwordHash],
    );
    const accounts = await client.query<{ id: number; code: string }>(
      `select a.id, h.code
         from people_household h
         join people_household_member m on m.household_id = h.id and m.is_representative
         join auth_account a on a.person_id = m.person_id
        where h.unit_id = $1
        order by h.code`,
      [unitId],
    );
    const rows = accounts.rows;
    const tokens = rows.map(() => `coso_${randomBytes(24).toString("base64url")}`);
    await client.query(
      `insert into auth_api_token (account_id, name, token_hash)
       select a, 'Biểu quyết trực tuyến', decode(h, 'hex')
         from unnest($1::int[], $2::text[]) as t(a, h)`,
      [rows.map((r) => r.id), tokens.map((t) => createHash("sha256").update(t).digest("hex"))],
    );
    await client.query("commit");
    return rows.map((r, i) => ({ accountId: r.id, code: r.code, token: tokens[i] ?? "" }));
  } catch (e) {
    await client.query("rollback");
    throw e;
  }
}

/**
 * An online matter (item 6, no-meeting agreement) in the village through the module's commands,
 * acting as the commune official made by the CLI (its real grants): open, prepare (report to the
 * commune logged, opt-in poll above half, the R18 team), open the round — which freezes N.
 */
async function openOnlineMatter(
  db: Db,
  ctx: RequestContext,
  village: { id: number; code: string; path: string },
  households: number,
  today: string,
  title: string,
) {
  const matterId = await db.transaction().execute((tx) =>
    openMatter(
      tx,
      ctx,
      { id: village.id, code: village.code, kind: "village", path: village.path },
      {
        item: 6,
        scope: "village",
        title,
        description: "Thôn lấy ý kiến các hộ gia đình qua hình thức trực tuyến.",
        question: "Hộ gia đình đồng ý với nội dung được đưa ra lấy ý kiến?",
        opener: "village_head",
        agreementBy: "Phạm Thị Mặt Trận",
        agreementOn: addDays(today, -5),
        noMeetingAgreed: true,
        perVillageRule: "two_thirds",
        form: "online",
        heldOn: today,
        closesOn: today,
        place: null,
        initiativeId: null,
      },
    ),
  );
  const [round] = await roundsOf(db, matterId);
  if (!round) throw new Error("openMatter made no round");
  await db.transaction().execute((tx) =>
    prepareRound(tx, ctx, round.id, {
      reportLoggedOn: addDays(today, -2),
      optInHouseholds: Math.floor(households * 0.6),
      team: ONLINE_TEAM,
    }),
  );
  const t = performance.now();
  const n = await db.transaction().execute((tx) => openRound(tx, ctx, round.id, today));
  return { matterId, roundId: round.id, households: n, openMs: performance.now() - t };
}

interface VoteRun {
  ms: number;
  sent: number;
  status: Record<string, number>;
  created: number;
  /** Households whose vote was answered 201 (from the receipt's `household`). */
  createdCodes: string[];
  /** Answers read, whatever their status. */
  answered: number;
  errors: number;
  timeouts: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  samples: string[];
}

/**
 * `amount` votes, `connections` at a time, each request the next household's token (each
 * household once). autocannon builds a request just before sending it, so tokens are used in
 * order; latency percentiles are over the 2xx answers (autocannon's default).
 */
async function voteLoad(
  origin: string,
  path: string,
  tokens: { token: string }[],
  from: number,
  amount: number,
  connections: number,
  maxS: number,
): Promise<VoteRun> {
  let next = from;
  let answered = 0;
  const samples: string[] = [];
  const createdCodes: string[] = [];
  const started = performance.now();
  const instance = autocannon({
    url: origin,
    connections,
    amount,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path,
        setupRequest: (req) => {
          const i = next++;
          const t = tokens[i];
          if (!t) return null;
          const choice = i % 10 < 6 ? "yes" : i % 10 < 9 ? "no" : "other";
          return {
            ...req,
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${t.token}`,
            },
            body: JSON.stringify({
              choice,
              otherText: choice === "other" ? "Đề nghị làm thêm rãnh thoát nước." : null,
            }),
          };
        },
        onResponse: (status, body) => {
          answered++;
          if (status === 201) {
            const code = (JSON.parse(body) as { household?: string }).household;
            if (code) createdCodes.push(code);
          } else if (samples.length < 5) samples.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  const timer = setTimeout(() => instance.stop(), maxS * 1000);
  const r = await instance;
  clearTimeout(timer);
  const ms = performance.now() - started;
  const status: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) status[code] = s.count;
  return {
    ms,
    sent: next - from,
    status,
    created: status["201"] ?? 0,
    createdCodes,
    answered,
    errors: r.errors,
    timeouts: r.timeouts,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    samples,
  };
}

function describeVotes(label: string, v: VoteRun): string {
  const codes = Object.entries(v.status)
    .map(([c, n]) => `${c}×${fmtInt(n)}`)
    .join(" ");
  return `${label.padEnd(26)} ${fmtInt(v.created / (v.ms / 1000)).padStart(6)} ballots/s  p50 ${v.p50} ms  p90 ${v.p90} ms  p99 ${v.p99} ms  max ${v.max} ms  errors ${v.errors} (timeouts ${v.timeouts})  [${codes}]  ${fmtInt(v.sent)} sent in ${fmtS(v.ms)}`;
}

export async function benchDecision(kit: DecisionKit): Promise<void> {
  const { say, row } = kit;
  kit.section(
    `6. Community decisions: ${fmtInt(HOUSEHOLDS)} households voting online, tally of ${fmtInt(TALLY_BALLOTS)} ballots (fresh database)`,
  );
  const { password, base, url, env } = await freshDatabase(kit, DB_NAME);
  delete env.PORT;

  // Units through the CLI (it migrates the empty database first), and a commune official.
  let t = performance.now();
  const unitsFile = join(kit.dataDir, "bench-decision-units.csv");
  writeFileSync(unitsFile, `${UNITS_CSV}\n`);
  await runCli(kit, "import units", ["import", "units", unitsFile], env);
  const officialPassword = `bench-${randomBytes(6).toString("hex")}-mat-khau`;
  await runCli(
    kit,
    "users create",
    [
      "users",
      "create",
      "--username",
      "bench.xa",
      "--name",
      "Cán Bộ Xã",
      "--unit",
      "98001",
      "--role",
      "official",
      "--password",
      officialPassword,
    ],
    env,
  );
  say(
    `migrate + units (CLI import units: a province, a commune, 2 villages) + an official (CLI users create --role official): ${fmtS(performance.now() - t)}`,
  );

  const client = new pg.Client({ connectionString: url });
  // A server-side disconnect (PostgreSQL stopped under us) must fail the step, not the process.
  client.on("error", (e) => say(`bench connection to ${DB_NAME} lost: ${e.message}`));
  await client.connect();
  const db = createDb(url, 4);
  try {
    const units = (
      await client.query<{ id: number; code: string; path: string }>(
        "select id, code, path::text as path from org_unit where code = any($1) order by code",
        [[VILLAGE, TALLY_VILLAGE]],
      )
    ).rows;
    const village = units.find((u) => u.code === VILLAGE);
    const tallyVillage = units.find((u) => u.code === TALLY_VILLAGE);
    if (!village || !tallyVillage) throw new Error("villages not imported");
    const today = todayInVietnam();
    const validFrom = addDays(today, -365);

    t = performance.now();
    await bulkHouseholds(client, village.id, HOUSEHOLDS, validFrom);
    const householdsMs = performance.now() - t;
    t = performance.now();
    const tokens = await bulkAccountsAndTokens(client, village.id);
    const tokensMs = performance.now() - t;
    say(
      `${fmtInt(HOUSEHOLDS)} households with their representatives: ${fmtS(householdsMs)}; ${fmtInt(tokens.length)} accounts + API tokens: ${fmtS(tokensMs)}`,
    );

    const official = (
      await client.query<{ id: number; person_id: number }>(
        "select id, person_id from auth_account where username = 'bench.xa'",
      )
    ).rows[0];
    if (!official) throw new Error("official account not created");
    const actor: Actor = {
      kind: "account",
      accountId: official.id,
      personId: official.person_id,
      grants: await loadGrants(db, official.id, official.person_id),
    };
    const ctx: RequestContext = { actor, ip: null, requestId: "bench" };
    const online = await openOnlineMatter(
      db,
      ctx,
      village,
      HOUSEHOLDS,
      today,
      "Lấy ý kiến về lắp đặt camera an ninh tại các ngõ xóm",
    );
    say(
      `online matter ${online.matterId} (item 6), round ${online.roundId} opened on ${today} by the commune official through openMatter → prepareRound → openRound: N = ${fmtInt(online.households)} frozen in ${fmtMs(online.openMs)}`,
    );
    if (PROPOSALS.has("person-index")) {
      // Not in the app: measures the index proposed in bench/README.md for householdRepresentedBy.
      await client.query(
        "create index bench_member_person_idx on people_household_member (person_id)",
      );
      say("PROPOSAL person-index: index people_household_member (person_id) added for this run");
    }
    t = performance.now();
    await client.query("vacuum analyze");
    say(`VACUUM ANALYZE (what autovacuum does after such a load): ${fmtS(performance.now() - t)}`);

    let rate: number | null = null;
    try {
      rate = await benchVotes(kit, { client, db, url, env, online, tokens, village, today });
    } catch (e) {
      say(`online votes failed: ${e instanceof Error ? e.message : String(e)}`);
      row(`online votes, ${fmtInt(HOUSEHOLDS)} households`, "error", "", false);
    }

    // Baseline: single-row INSERTs on the same PostgreSQL, 100 clients, autocommit.
    const quiet2 = await waitForQuiet(kit.cpuRoots, kit.busyOthersPct, 15_000);
    void quiet2;
    let beforeIns = cpuSnapshot(kit.cpuRoots);
    let afterIns = beforeIns;
    const ins = await insertRate(url, {
      clients: CONNECTIONS,
      seconds: kit.durationS,
      warmupS: kit.warmupS,
      onStart: () => {
        beforeIns = cpuSnapshot(kit.cpuRoots);
      },
      // Before the connections close: their backends' CPU is lost with them.
      onEnd: () => {
        afterIns = cpuSnapshot(kit.cpuRoots);
      },
    });
    const insCpu = cpuShare(beforeIns, afterIns, -1);
    say(
      `single-row INSERT baseline (pg from this process, ${CONNECTIONS} clients, autocommit, ${kit.warmupS} s warm-up + ${kit.durationS} s): ${fmtInt(ins.perSec)} inserts/s, p50 ${fmtMs(ins.p50Ms)}, p99 ${fmtMs(ins.p99Ms)}`,
    );
    say(kit.describeCpu(insCpu));
    const pgbench = findPgbench();
    let pgbenchTps: number | null = null;
    if (pgbench) {
      const pb = await pgbenchInsertRate(
        pgbench,
        { host: "127.0.0.1", port: kit.pgPort, user: "postgres", password, database: DB_NAME },
        { clients: CONNECTIONS, seconds: kit.durationS, scriptDir: kit.dataDir },
      );
      if ("tps" in pb) {
        pgbenchTps = pb.tps;
        say(
          `same by pgbench (${pgbench}, ${CONNECTIONS} clients, 2 threads, ${kit.durationS} s): ${fmtInt(pb.tps)} inserts/s, mean latency ${fmtMs(pb.latencyMs)}`,
        );
      } else say(`pgbench failed: ${pb.error}`);
    } else say("(no pgbench on PATH: the pg baseline only)");
    const ratio = rate === null ? null : rate / ins.perSec;
    if (rate !== null && ratio !== null) {
      say(
        `ratio ballots/s ÷ single-row inserts/s: ${(ratio * 100).toFixed(1)} %${pgbenchTps ? ` (÷ pgbench's: ${((rate / pgbenchTps) * 100).toFixed(1)} %)` : ""}`,
      );
    }
    row(
      `single-row INSERT rate, same PostgreSQL (${CONNECTIONS} clients)`,
      `${fmtInt(ins.perSec)} inserts/s${pgbenchTps ? ` (pgbench ${fmtInt(pgbenchTps)})` : ""}${ratio === null ? "" : `; ballots/s = ${(ratio * 100).toFixed(1)} % of it`}`,
      "(info)",
      null,
    );

    if (TALLY_BALLOTS > 0) {
      await benchTally(kit, client, db, url, ctx, tallyVillage, today, validFrom);
    }
  } finally {
    await db.destroy().catch(() => {});
    await client.end().catch(() => {});
    const cleanup = new pg.Client({ connectionString: `${base}/postgres` });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${DB_NAME} with (force)`).catch(() => {});
    await cleanup.end();
  }
}

/**
 * Every statement a batch of one vote sends, captured from the real code (identify with the bearer
 * token, castOnlineVotes; the rate-limit counters and token touches are flushed for many requests
 * at once, so not per vote), then replayed in order under EXPLAIN ANALYZE inside a
 * transaction that is rolled back: what each costs PostgreSQL (planning, execution, FK and other
 * triggers). Replayed twice on one connection; the second is reported.
 */
async function voteBreakdown(
  url: string,
  token: string,
  round: { matterId: number; roundId: number },
  today: string,
) {
  const seen: Captured[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on("error", () => {});
  const spy = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => {
      if (e.level === "query") seen.push({ sql: e.query.sql, parameters: e.query.parameters });
    },
  });
  try {
    const who = await makeIdentify(spy)({ sessionId: undefined, bearerToken: token });
    await spy.transaction().execute(async (tx) => {
      const [outcome] = await castOnlineVotes(tx, [
        {
          ctx: { ...who.ctx, ip: null, requestId: "bench" },
          roundId: round.roundId,
          input: { choice: "yes", otherText: null, matterId: round.matterId },
          today,
        },
      ]);
      if (!outcome?.ok) throw outcome?.error;
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  } finally {
    await spy.destroy();
  }
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  const num = (lines: string[], label: string) =>
    Number(/([\d.]+) ms/.exec(lines.find((l) => l.startsWith(label)) ?? "")?.[1] ?? 0);
  let out: { sql: string; planMs: number; execMs: number; triggers: string[] }[] = [];
  try {
    for (let pass = 0; pass < 2; pass++) {
      out = [];
      await client.query("begin");
      for (const q of seen.filter((x) => !/^\s*(begin|commit|rollback)\b/i.test(x.sql))) {
        const r = await client.query(
          `explain (analyze, buffers, costs off) ${q.sql}`,
          q.parameters as unknown[],
        );
        const lines = r.rows.map((x: Record<string, string>) => x["QUERY PLAN"] ?? "");
        out.push({
          sql: q.sql.replace(/\s+/g, " ").trim(),
          planMs: num(lines, "Planning Time"),
          execMs: num(lines, "Execution Time"),
          triggers: lines.filter((l) => l.startsWith("Trigger")),
        });
      }
      await client.query("rollback");
    }
  } finally {
    await client.end().catch(() => {});
  }
  return out;
}

/**
 * a. The votes: a `coso serve` child over the database; one vote by hand (201, then 409 for the
 * same household), a warm-up, then every other household once. Returns the sustained ballots/s.
 */
async function benchVotes(
  kit: DecisionKit,
  s: {
    client: pg.Client;
    db: Db;
    url: string;
    env: NodeJS.ProcessEnv;
    online: { matterId: number; roundId: number };
    tokens: { accountId: number; code: string; token: string }[];
    village: { id: number };
    today: string;
  },
): Promise<number | null> {
  const { say, row } = kit;
  const { client, db, url, env, online, tokens, village, today } = s;
  let server: BenchChild | null = null;
  try {
    // The server over that database.
    const port = await freePort();
    server = spawnChild(
      "server (decision)",
      kit.node,
      [
        // BENCH_DECISION_CPU_PROF=<dir>: a V8 CPU profile of the server, written when it stops.
        ...(CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF_DIR}`] : []),
        "--import",
        "tsx",
        "src/cli/main.ts",
        "serve",
      ],
      { cwd: kit.root, env: { ...env, PORT: String(port) } },
    );
    const origin = `http://127.0.0.1:${port}`;
    await waitFor200(`${origin}/healthz`, server, 60_000);
    const pid = listeningPid(port, server.pid);
    if (pid === null) throw new Error(`no process below pid ${server.pid} listens on ${port}`);
    const votePath = `/api/v1/matters/${online.matterId}/rounds/${online.roundId}/votes`;

    // Household 1 votes by hand: 201 with a receipt, then 409 for a second vote.
    const first = tokens[0];
    if (!first) throw new Error("no tokens");
    const cast = async (token: string, choice: string) => {
      const res = await fetch(`${origin}${votePath}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ choice, otherText: null }),
      });
      return { status: res.status, body: await res.text() };
    };
    const a = await cast(first.token, "yes");
    const b = await cast(first.token, "no");
    say(
      `POST ${votePath} as household ${first.code}: HTTP ${a.status} ${a.body.slice(0, 160)}; again: HTTP ${b.status} ${b.body.slice(0, 120)}`,
    );
    if (a.status !== 201) {
      say(`the vote endpoint does not answer 201; server output:\n${server.tail(10)}`);
      row(
        `online votes, ${fmtInt(HOUSEHOLDS)} households (${CONNECTIONS} conn.)`,
        `HTTP ${a.status}`,
        `≥ ${fmtInt(DECISION_TARGET.ballotsPerSec)} ballots/s`,
        false,
      );
      return null;
    }

    // What one vote asks of PostgreSQL, statement by statement (household 2, rolled back).
    const second = tokens[1];
    if (second) {
      const steps = await voteBreakdown(url, second.token, online, today);
      const plan = steps.reduce((x, st) => x + st.planMs, 0);
      const exec = steps.reduce((x, st) => x + st.execMs, 0);
      say(
        `one vote = ${steps.length} statements (+ BEGIN/COMMIT of the vote's transaction; the token touch and the rate limit commit on their own): planning ${fmtMs(plan)} + execution ${fmtMs(exec)} in PostgreSQL (EXPLAIN ANALYZE, rolled back):`,
      );
      for (const st of steps) {
        const trig = st.triggers
          .map((t) =>
            t
              .replace(/^Trigger (for constraint )?/, "")
              .replace(/: time=([\d.]+) calls=(\d+)/, " $1 ms"),
          )
          .join(", ");
        say(
          `  ${fmtMs(st.planMs).padStart(8)} + ${fmtMs(st.execMs).padStart(8)}  ${st.sql.slice(0, 110)}${trig ? `  [${trig}]` : ""}`,
        );
      }
    }
    const roots = [server.pid, ...kit.cpuRoots];
    const quiet = await waitForQuiet(roots, kit.busyOthersPct, 30_000);
    say(
      `other processes on the machine: ${quiet.othersPct.toFixed(0)} % of one core; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
    );
    const warm = await voteLoad(origin, votePath, tokens, 1, WARMUP_VOTES, CONNECTIONS, 60);
    say(describeVotes(`warm-up (${fmtInt(WARMUP_VOTES)} households)`, warm));
    // Write transactions (each takes a transaction id) and WAL written during the run.
    const position = async () =>
      (
        await client.query<{ xid: string; lsn: string }>(
          "select pg_current_xact_id()::text as xid, pg_current_wal_lsn()::text as lsn",
        )
      ).rows[0] ?? { xid: "0", lsn: "0/0" };
    const lsnBytes = (lsn: string) => {
      const [hi = "0", lo = "0"] = lsn.split("/");
      return Number.parseInt(hi, 16) * 2 ** 32 + Number.parseInt(lo, 16);
    };
    const startPos = await position();
    const waits = await startWaitSampler(url, DB_NAME);
    const before = cpuSnapshot(roots);
    const measured = await voteLoad(
      origin,
      votePath,
      tokens,
      1 + WARMUP_VOTES,
      tokens.length - 1 - WARMUP_VOTES,
      CONNECTIONS,
      MAX_VOTE_S,
    );
    const cpu = cpuShare(before, cpuSnapshot(roots), pid);
    const waited = await waits.stop();
    say(
      describeVotes(`measured (the other ${fmtInt(tokens.length - 1 - WARMUP_VOTES)})`, measured),
    );
    say(kit.describeCpu(cpu));
    say(
      `${" ".repeat(36)}PostgreSQL sessions of the server (pg_stat_activity every 50 ms): ${describeWaits(waited)}`,
    );
    const endPos = await position();
    const perVote = (x: number) => (measured.answered ? x / measured.answered : 0);
    say(
      `${" ".repeat(36)}per answered vote: ${perVote(Number(endPos.xid) - Number(startPos.xid) - 1).toFixed(2)} write transactions (commits), ${fmtInt(perVote(lsnBytes(endPos.lsn) - lsnBytes(startPos.lsn)))} bytes of WAL`,
    );
    for (const s of [...warm.samples, ...measured.samples].slice(0, 5))
      say(`  non-201 answer: ${s}`);
    const rate = measured.created / (measured.ms / 1000);

    // The database afterwards: every 201 is one counted vote, no household twice.
    // Votes whose answer was never read (in flight when a capped run was stopped) may be
    // counted without a 201 here; every 201 must be a counted vote, and no household twice.
    // Requests stopped in flight are still being committed by the server: wait until the count
    // stops moving (at most 30 s) before comparing.
    let last = -1;
    for (let i = 0; i < 60; i++) {
      const n =
        (
          await client.query<{ n: number }>(
            "select count(*)::int as n from decision_vote where round_id = $1",
            [online.roundId],
          )
        ).rows[0]?.n ?? 0;
      if (n === last) break;
      last = n;
      await sleep(500);
    }
    const check = (
      await client.query<{ twice: number; events: number }>(
        `select (select count(*)::int from (select household_id from decision_vote
                  where round_id = $1 and status = 'counted' group by household_id having count(*) > 1) d) as twice,
                (select count(*)::int from audit_event where action = 'decision.vote.cast') as events`,
        [online.roundId],
      )
    ).rows[0] ?? { twice: -1, events: -1 };
    const counted = new Set(
      (
        await client.query<{ code: string }>(
          `select h.code from decision_vote v join people_household h on h.id = v.household_id
            where v.round_id = $1 and v.status = 'counted'`,
          [online.roundId],
        )
      ).rows.map((r) => r.code),
    );
    const created = new Set([first.code, ...warm.createdCodes, ...measured.createdCodes]);
    const lost = [...created].filter((c) => !counted.has(c)).length;
    const unread = [...counted].filter((c) => !created.has(c)).length;
    const inFlight = warm.sent - warm.answered + (measured.sent - measured.answered);
    const consistent = lost === 0 && check.twice === 0 && unread <= inFlight;
    say(
      `database: ${fmtInt(counted.size)} counted votes, ${fmtInt(check.twice)} households counted twice, ${fmtInt(check.events)} audit events decision.vote.cast; HTTP 201 answers: ${fmtInt(created.size)} (1 by hand + warm-up + measured), of which ${fmtInt(lost)} not counted; ${fmtInt(unread)} counted votes without a 201 read (${fmtInt(inFlight)} requests were unanswered when the run stopped) — ${consistent ? "consistent" : "MISMATCH"}`,
    );
    const tally = await tallyRound(db, online.roundId);
    say(
      `tally of the round: yes ${fmtInt(tally.yes)}, no ${fmtInt(tally.no)}, other ${fmtInt(tally.other)}`,
    );

    row(
      `online votes, ${fmtInt(HOUSEHOLDS)} households: ballots/s (${CONNECTIONS} conn.)${LABEL}`,
      `${fmtInt(rate)} ballots/s (${fmtInt(measured.created)} in ${fmtS(measured.ms)})`,
      `≥ ${fmtInt(DECISION_TARGET.ballotsPerSec)}`,
      rate >= DECISION_TARGET.ballotsPerSec,
    );
    row(
      `online votes: latency p99${LABEL}`,
      `${measured.p99} ms (p50 ${measured.p50} ms)`,
      `< ${DECISION_TARGET.p99Ms} ms`,
      measured.p99 < DECISION_TARGET.p99Ms,
    );
    const bad = measured.answered - measured.created + measured.errors;
    row(
      "online votes: non-201 + errors; DB matches the 201s",
      `${fmtInt(bad)} of ${fmtInt(measured.sent)}; ${consistent ? "consistent" : "MISMATCH"}`,
      "0; consistent",
      bad === 0 && consistent,
    );

    // What one vote reads: EXPLAIN ANALYZE of the vote path's reads for a household that voted.
    // A household that voted, from the middle of those counted.
    const voted = (
      await client.query<{ code: string }>(
        `select h.code from decision_vote v join people_household h on h.id = v.household_id
          where v.round_id = $1 and v.status = 'counted' order by h.code offset $2 limit 1`,
        [online.roundId, Math.floor(counted.size / 2)],
      )
    ).rows[0];
    const sample = tokens.find((x) => x.code === voted?.code);
    if (sample) {
      const tokenHash = sha256(sample.token);
      const person = (
        await client.query<{ person_id: number; household_id: number; receipt: string }>(
          `select a.person_id, m.household_id,
                  (select receipt from decision_vote v where v.household_id = m.household_id limit 1) as receipt
             from auth_account a join people_household_member m on m.person_id = a.person_id
            where a.id = $1`,
          [sample.accountId],
        )
      ).rows[0];
      if (person) {
        const reads: [string, (d: Kysely<Database>) => Promise<unknown>][] = [
          [
            "findTokensWithGrants (identify; one per batch of tokens)",
            (d) => findTokensWithGrants(d, [tokenHash]),
          ],
          [
            "householdRepresentedBy",
            (d) => householdRepresentedBy(d, person.person_id, village.id, today),
          ],
          ["inSnapshot", (d) => inSnapshot(d, online.roundId, person.household_id)],
          [
            "findVoteByReceipt (the voter's receipt page)",
            (d) => findVoteByReceipt(d, person.receipt),
          ],
        ];
        say(`EXPLAIN ANALYZE (second run) of the reads of one vote, household ${sample.code}:`);
        for (const [name, run] of reads) {
          const [q] = await capture(url, run);
          if (!q) continue;
          await explain(client, q);
          const { ms, plan } = await explain(client, q);
          say(`  ${name}: ${fmtMs(ms)}`);
          for (const l of planLines(plan, 4)) say(l);
        }
      }
    }
    return rate;
  } finally {
    if (server) {
      const stop = await stopChild(server, 15_000, { group: true });
      say(`decision server stopped in ${fmtMs(stop.ms)}${stop.forced ? " (killed)" : ""}`);
    }
  }
}

/**
 * b. One round over TALLY_BALLOTS households, every one with a counted vote: the households by
 * SQL (no persons: the tally does not read them), the matter and its round through the commands
 * (openRound freezes the 1,000,000-household snapshot), the votes by one INSERT … SELECT over the
 * snapshot (60 % yes, 30 % no, 10 % other), then VACUUM ANALYZE.
 */
async function benchTally(
  kit: DecisionKit,
  client: pg.Client,
  db: Db,
  url: string,
  ctx: RequestContext,
  village: { id: number; code: string; path: string },
  today: string,
  validFrom: string,
) {
  const { say, row } = kit;
  let t = performance.now();
  await client.query(
    `insert into people_household (unit_id, code, address, valid_from)
     select $1, 'K' || lpad(i::text, 7, '0'), 'Số ' || i || ', Thôn Kiểm Phiếu', $3::date
       from generate_series(1, $2::int) i`,
    [village.id, TALLY_BALLOTS, validFrom],
  );
  const householdsMs = performance.now() - t;
  await client.query("analyze people_household");
  const round = await openOnlineMatter(
    db,
    ctx,
    village,
    TALLY_BALLOTS,
    today,
    "Lấy ý kiến về giờ mở cửa nhà văn hóa",
  );
  t = performance.now();
  const inserted = await client.query(
    `insert into decision_vote (round_id, matter_id, unit_id, household_id, channel, choice,
       other_text, status, cast_at, receipt)
     select $1, $2, $3, s.household_id, 'online',
            case when s.r < 0.6 then 'yes' when s.r < 0.9 then 'no' else 'other' end,
            case when s.r >= 0.9 then 'Đề nghị làm thêm rãnh thoát nước.' end,
            'counted', now() - s.r * interval '10 hours',
            encode(sha256(convert_to(s.household_id::text || $4, 'UTF8')), 'base64')
       from (select household_id, random() as r from decision_snapshot where round_id = $1) s`,
    [round.roundId, round.matterId, village.id, randomBytes(8).toString("hex")],
  );
  const votesMs = performance.now() - t;
  t = performance.now();
  await client.query("vacuum analyze decision_vote");
  const vacuumMs = performance.now() - t;
  const size = (
    await client.query<{ size: string }>(
      "select pg_size_pretty(pg_total_relation_size('decision_vote')) as size",
    )
  ).rows[0]?.size;
  say(
    `tally round ${round.roundId}: ${fmtInt(TALLY_BALLOTS)} households by SQL ${fmtS(householdsMs)}; openRound froze N = ${fmtInt(round.households)} in ${fmtS(round.openMs)}; ${fmtInt(inserted.rowCount ?? 0)} counted votes inserted in ${fmtS(votesMs)}; VACUUM ANALYZE decision_vote ${fmtS(vacuumMs)}; decision_vote + indexes ${size}`,
  );

  // The module's tally query, as countRound runs it: one warm-up, then RUNS timed.
  await tallyRound(db, round.roundId);
  const times: number[] = [];
  let result = { yes: 0, no: 0, other: 0 };
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    result = await tallyRound(db, round.roundId);
    times.push(performance.now() - s);
  }
  const med = median(times);
  say(
    `tallyRound over ${fmtInt(TALLY_BALLOTS)} votes: median of ${RUNS} ${fmtMs(med)} [${times.map((x) => Math.round(x)).join(", ")}] — yes ${fmtInt(result.yes)}, no ${fmtInt(result.no)}, other ${fmtInt(result.other)}`,
  );
  const [q] = await capture(url, (d) => tallyRound(d, round.roundId));
  if (q) {
    const { ms, plan } = await explain(client, q);
    say(`  EXPLAIN ANALYZE: ${fmtMs(ms)}`);
    for (const l of planLines(plan, 6)) say(l);
  }
  // The voter's receipt page looks a vote up by its receipt (findVoteByReceipt).
  const receipt = (
    await client.query<{ receipt: string }>(
      "select receipt from decision_vote where round_id = $1 order by id desc limit 1",
      [round.roundId],
    )
  ).rows[0]?.receipt;
  if (receipt) {
    const [r] = await capture(url, (d) => findVoteByReceipt(d, receipt));
    if (r) {
      await explain(client, r);
      const { ms, plan } = await explain(client, r);
      say(
        `  findVoteByReceipt (a voter checks the receipt) with ${fmtInt(TALLY_BALLOTS)} votes: ${fmtMs(ms)}`,
      );
      for (const l of planLines(plan, 4)) say(l);
    }
  }
  row(
    `tally of ${fmtInt(TALLY_BALLOTS)} ballots (tallyRound, median of ${RUNS})`,
    fmtMs(med),
    `< ${fmtMs(DECISION_TARGET.tallyMs)}`,
    med < DECISION_TARGET.tallyMs,
  );

  // The whole count command (lock, tally, thresholds, result hash, audit, conclude), each run
  // rolled back so that the next counts the same open round.
  await db
    .transaction()
    .execute((tx) =>
      recordWitnesses(tx, ctx, round.roundId, { witnesses: ["Đỗ Văn An", "Ngô Thị Bình"] }),
    );
  const countTimes: number[] = [];
  let outcome = "";
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    try {
      await db.transaction().execute(async (tx) => {
        const c = await countRound(tx, ctx, round.roundId, today);
        countTimes.push(performance.now() - s);
        outcome = `${c.outcome.valid ? "valid" : "invalid"}, ${c.outcome.passed ? "passed" : "failed"} (${c.outcome.rule})`;
        throw new Rollback();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
  }
  const countMed = median(countTimes);
  say(
    `countRound (the command, in a transaction rolled back each time): median of ${RUNS} ${fmtMs(countMed)} [${countTimes.map((x) => Math.round(x)).join(", ")}] — ${outcome}`,
  );
  row(
    `count command over ${fmtInt(TALLY_BALLOTS)} ballots (countRound, median of ${RUNS})`,
    fmtMs(countMed),
    `(info) < ${fmtMs(DECISION_TARGET.tallyMs)}`,
    null,
  );
}
