// `npm run bench`: the performance figures of issue #2 ("Done when"), printed with their targets.
//
//   1. start to first 200 on an existing data dir (median of 3)          target < 5 s
//   2. import of the 3,321 communes into an empty database                target < 10 s
//   3. /u/99001 throughput and latency at 50 connections, vs bare Hono    target ≥ 1,000 req/s, p99 < 50 ms
//   4. server RSS (the node process, PostgreSQL excluded) under that load target < 300 MB
//   5. issue #3, with 200,000 disclosures over the 3,321 communes (bench/disclosure.ts): a commune's
//      public list page and its search, cached and uncached                  target p99 < 50 ms
//      the province compliance view                                           target < 300 ms
//   6. issue #4 (bench/decision.ts): 50,000 households voting online, 100 connections
//                                                       target ≥ 1,500 ballots/s, p99 < 100 ms
//      beside the single-row INSERT rate of the same PostgreSQL; the tally of 1,000,000 ballots
//                                                                              target < 1 s
//   7. issue #5 (bench/inbox.ts), with 1,000,000 items over the 3,321 communes: the province
//      overdue view                                                         target < 300 ms
//      intake by API at 50 connections: req/s and p99 (figures asked for)
//
// Everything runs on 127.0.0.1, in a temporary data dir that is removed at the end. Benchmarks are
// not tests: the exit code is 0 whatever the figures; read the table at the end.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { benchDecision } from "./decision.ts";
import { benchDisclosure } from "./disclosure.ts";
import { benchInbox } from "./inbox.ts";
import { type CpuShare, cpuShare, cpuSnapshot, waitForQuiet } from "./lib/cpu.ts";
import { type LoadSummary, runLoad } from "./lib/load.ts";
import { freePort } from "./lib/ports.ts";
import {
  type BenchChild,
  killAllChildrenNow,
  type StopResult,
  sleep,
  spawnChild,
  stopAllChildren,
  stopChild,
  waitFor200,
} from "./lib/proc.ts";
import { listeningPid, readRssKb, startRssSampler } from "./lib/rss.ts";

const ROOT = resolve(import.meta.dirname, "..");
const LOCAL_NODE = join(ROOT, "node_modules/.bin/node");
const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath;
const TSX_CLI = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const UNITS_FILE = resolve(
  ROOT,
  process.env.BENCH_UNITS_FILE ?? "../shared/data/vn-admin-units/vn-units-2026-07-25.json",
);
const IMPORT_COMMAND = join(ROOT, "src/cli/commands/import.ts");

const STARTS = 3;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = 2;
const RSS_INTERVAL_MS = 250;
/** The whole bench stops itself after this, whatever happens. */
const WATCHDOG_MS = 20 * 60_000;
/**
 * BENCH_ONLY=disclosure: step 1 (which starts the embedded PostgreSQL), then step 5 only;
 * BENCH_ONLY=decision: step 1, then step 6 only; BENCH_ONLY=inbox: step 1, then step 7 only.
 */
const ONLY = process.env.BENCH_ONLY ?? "";

const TARGET = {
  startMs: 5_000,
  importMs: 10_000,
  reqPerSec: 1_000,
  p99Ms: 50,
  rssMb: 300,
};

// ---------------------------------------------------------------------------------------------
// Printing

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (ms: number) => `${Math.round(ms)} ms`;
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const say = (line = "") => process.stdout.write(`${line}\n`);
const section = (title: string) =>
  say(`\n=== ${title} ${"=".repeat(Math.max(0, 90 - title.length))}`);
const errMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Row {
  figure: string;
  measured: string;
  target: string;
  pass: boolean | null;
}
const rows: Row[] = [];
const row = (figure: string, measured: string, target: string, pass: boolean | null) =>
  rows.push({ figure, measured, target, pass });

function printTable() {
  const head: [string, string, string, string] = ["figure", "measured", "target", "result"];
  const body = rows.map(
    (r) =>
      [
        r.figure,
        r.measured,
        r.target,
        r.pass === null ? "info" : r.pass ? "PASS" : "FAIL",
      ] as const,
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  say(line(head));
  say(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const b of body) say(line(b));
}

// ---------------------------------------------------------------------------------------------
// Processes and cleanup

const tempDirs: string[] = [];

function serverEnv(dataDir: string, pgPort: number, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The bench must use its own embedded PostgreSQL and keys, whatever the caller's shell has.
  delete env.DATABASE_URL;
  delete env.COSO_SECRET;
  delete env.COSO_DATA_KEY;
  return {
    ...env,
    COSO_DATA_DIR: dataDir,
    COSO_PG_PORT: String(pgPort),
    PORT: String(port),
    HOST: "127.0.0.1",
    COSO_LOG_LEVEL: "warn",
  };
}

interface Server {
  child: BenchChild;
  url: string;
  port: number;
  dataDir: string;
  pgPort: number;
  /** "(khởi động N ms)" as printed by `coso serve`: config → database → migrations → listen. */
  internalMs: number | null;
  /** When the "đang chạy" line appeared, ms after spawn. */
  readyLineMs: number | null;
}

/** `node --import tsx src/cli/main.ts serve --demo-if-empty`, as `npm start` runs it. */
function spawnServer(name: string, dataDir: string, pgPort: number, port: number): Server {
  const child = spawnChild(
    name,
    NODE,
    ["--import", "tsx", "src/cli/main.ts", "serve", "--demo-if-empty"],
    {
      cwd: ROOT,
      env: serverEnv(dataDir, pgPort, port),
    },
  );
  const server: Server = {
    child,
    url: `http://127.0.0.1:${port}/u/99001`,
    port,
    dataDir,
    pgPort,
    internalMs: null,
    readyLineMs: null,
  };
  child.onLine((line, at) => {
    const m = /khởi động (\d+) ms/.exec(line);
    if (m?.[1]) {
      server.internalMs = Number(m[1]);
      server.readyLineMs = at;
    }
  });
  return server;
}

function postmasterPid(dataDir: string): number | null {
  try {
    const first = readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isOurPostgres(pid: number, dataDir: string): boolean {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmd.includes("postgres") && cmd.includes(dataDir);
  } catch {
    return false;
  }
}

/**
 * Waits until the embedded PostgreSQL of `dataDir` is down. If the server's own shutdown left it
 * running, stops it (it is the one our child started: same data dir), SIGINT then SIGKILL.
 */
async function ensurePostgresStopped(
  dataDir: string,
  waitMs = 10_000,
): Promise<"stopped" | "killed"> {
  const until = performance.now() + waitMs;
  while (performance.now() < until) {
    const pid = postmasterPid(dataDir);
    if (pid === null || !isOurPostgres(pid, dataDir)) return "stopped";
    await sleep(100);
  }
  const pid = postmasterPid(dataDir);
  if (pid === null || !isOurPostgres(pid, dataDir)) return "stopped";
  for (const [signal, ms] of [
    ["SIGINT", 10_000],
    ["SIGKILL", 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return "killed";
    }
    const deadline = performance.now() + ms;
    while (performance.now() < deadline) {
      if (!isOurPostgres(pid, dataDir)) return "killed";
      await sleep(100);
    }
  }
  return "killed";
}

const stopStats = { stops: 0, crashes: 0 };

interface ServerStop extends StopResult {
  crashed: boolean;
  postgres: "stopped" | "killed";
}

/**
 * Stops a server as Ctrl-C in a terminal does: SIGINT to its whole process group (tsx's wrapper,
 * the node server and the embedded PostgreSQL). Sending it to tsx's wrapper alone is different:
 * tsx relays it and SIGKILLs the child if it has not acknowledged within 30 ms, which under load
 * orphans PostgreSQL.
 */
async function stopServer(server: Server): Promise<ServerStop> {
  const r = await stopChild(server.child, 20_000, { group: true });
  const crashed =
    server.child.lines.some((l) => l.includes("Unhandled 'error' event")) ||
    (r.code !== 0 && r.code !== null);
  const postgres = await ensurePostgresStopped(server.dataDir);
  stopStats.stops++;
  if (crashed) stopStats.crashes++;
  return { ...r, crashed, postgres };
}

/** One line saying why a server crashed while stopping, from its output. */
function crashExcerpt(child: BenchChild): string {
  const lines = child.lines;
  const at = lines.findIndex((l) => l.includes("Unhandled 'error' event"));
  if (at < 0) return child.tail(4);
  const message = lines.slice(at + 1).find((l) => /^\s*\w*(Error|error)\b.*:/.test(l));
  const emitter = lines.slice(at + 1).find((l) => l.startsWith("Emitted 'error' event on"));
  return `    | ${lines[at]?.trim()} — ${message?.trim() ?? "?"}${emitter ? ` (${emitter.replace(/ at:$/, "").trim()})` : ""}`;
}

function describeStop(s: ServerStop, child: BenchChild): string {
  if (s.alreadyExited) {
    return `had already exited by itself (exit code ${s.code ?? s.signal}, ${fmtS(child.exitedAtMs ?? 0)} after spawn); last output:\n${child.tail(6)}`;
  }
  const how = s.forced ? "had to be killed" : `exit code ${s.code ?? s.signal}`;
  const pgState =
    s.postgres === "stopped" ? "PostgreSQL stopped" : "PostgreSQL left running, stopped by bench";
  return `stopped in ${fmtMs(s.ms)} (${how}; ${pgState})${s.crashed ? " — crashed while stopping:" : ""}`;
}

let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopAllChildren(10_000);
    for (const dir of tempDirs) {
      await ensurePostgresStopped(dir, 5_000);
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch (e) {
        say(`(could not remove ${dir}: ${errMessage(e)})`);
      }
    }
  })();
  return cleaning;
}

// ---------------------------------------------------------------------------------------------
// 1. Start to first 200 on an existing data dir

async function benchStartup(): Promise<Server | null> {
  section("1. Start to first 200 on an existing data dir");
  const dataDir = mkdtempSync(join(tmpdir(), "coso-bench-"));
  tempDirs.push(dataDir);
  // As root, PostgreSQL runs as `postgres`, which must be able to traverse to <dataDir>/postgres.
  chmodSync(dataDir, 0o755);
  const pgPort = await freePort();
  const port = await freePort();
  say(`data dir ${dataDir}, PostgreSQL port ${pgPort}, HTTP port ${port}`);
  say(`command: ${relative(ROOT, NODE)} --import tsx src/cli/main.ts serve --demo-if-empty`);

  const first = spawnServer("server (first run)", dataDir, pgPort, port);
  const firstMs = await waitFor200(first.url, first.child, 240_000);
  const seeded = first.child.lines.find((l) => l.startsWith("Đã nạp dữ liệu mẫu"));
  say(
    `first run (initdb + migrations + demo data): first 200 after ${fmtS(firstMs)}${seeded ? ` — ${seeded}` : ""}`,
  );
  const firstStop = await stopServer(first);
  say(`  ${describeStop(firstStop, first.child)}`);
  if (firstStop.crashed) say(crashExcerpt(first.child));

  const times: number[] = [];
  let running: Server | null = null;
  for (let i = 1; i <= STARTS; i++) {
    const server = spawnServer(`server (start ${i})`, dataDir, pgPort, port);
    const ms = await waitFor200(server.url, server.child, 60_000);
    times.push(ms);
    const inner =
      server.internalMs !== null && server.readyLineMs !== null
        ? ` (server reports "khởi động ${server.internalMs} ms"; ready line at ${fmtS(server.readyLineMs)}, so ~${fmtS(server.readyLineMs - server.internalMs)} is Node + tsx + module loading)`
        : "";
    say(`start ${i}: first 200 on /u/99001 after ${fmtS(ms)}${inner}`);
    if (i < STARTS) {
      const stop = await stopServer(server);
      say(`  ${describeStop(stop, server.child)}`);
      if (stop.crashed) say(crashExcerpt(server.child));
    } else {
      running = server;
      say("  (left running for steps 2–4)");
    }
  }
  const med = median(times);
  say(`median of ${STARTS}: ${fmtS(med)}  [${times.map(fmtS).join(", ")}]`);
  row(
    `start → first 200, existing data dir (median of ${STARTS})`,
    fmtS(med),
    `< ${fmtS(TARGET.startMs)}`,
    med < TARGET.startMs,
  );
  return running;
}

// ---------------------------------------------------------------------------------------------
// 2. Import of the 3,321 communes

async function pgRun(url: string, statements: string[]): Promise<pg.QueryResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: pg.QueryResult[] = [];
    for (const s of statements) out.push(await client.query(s));
    return out;
  } finally {
    await client.end();
  }
}

async function benchImport(server: Server): Promise<void> {
  section("2. Import of the 3,321 communes (fresh empty database)");
  if (!existsSync(IMPORT_COMMAND)) {
    say(`src/cli/commands/import.ts does not exist yet: cannot measure the import.`);
    row("import 3,321 communes (wall time)", "not available", `< ${fmtS(TARGET.importMs)}`, null);
    return;
  }
  if (!existsSync(UNITS_FILE)) {
    say(`units file not found: ${UNITS_FILE}`);
    row("import 3,321 communes (wall time)", "no data file", `< ${fmtS(TARGET.importMs)}`, null);
    return;
  }
  const password = readFileSync(join(server.dataDir, "pg-password"), "utf8").trim();
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.pgPort}`;
  const dbName = "coso_bench_import";
  await pgRun(`${base}/postgres`, [
    `drop database if exists ${dbName} with (force)`,
    `create database ${dbName}`,
  ]);
  say(`empty database "${dbName}" on the embedded PostgreSQL of step 1 (DATABASE_URL)`);
  say(`command: src/cli/main.ts import units ${relative(ROOT, UNITS_FILE)}`);
  const env = serverEnv(server.dataDir, server.pgPort, server.port);
  env.DATABASE_URL = `${base}/${dbName}`;
  const child = spawnChild(
    "import units",
    NODE,
    [TSX_CLI, "src/cli/main.ts", "import", "units", UNITS_FILE],
    { cwd: ROOT, env },
  );
  let exitedAt = 0;
  child.exited.then(() => {
    exitedAt = performance.now();
  });
  const done = await Promise.race([child.exited, sleep(120_000).then(() => null)]);
  if (done === null) {
    await stopChild(child);
    say(`import did not finish within 120 s; last output:\n${child.tail()}`);
    row(
      "import 3,321 communes (wall time)",
      "> 120 s (stopped)",
      `< ${fmtS(TARGET.importMs)}`,
      false,
    );
    return;
  }
  const wallMs = (exitedAt || performance.now()) - child.spawnedAt;
  if (done.code !== 0) {
    say(
      `import failed (exit code ${done.code ?? done.signal}) after ${fmtS(wallMs)}:\n${child.tail()}`,
    );
    row(
      "import 3,321 communes (wall time)",
      `failed (${fmtS(wallMs)})`,
      `< ${fmtS(TARGET.importMs)}`,
      false,
    );
    return;
  }
  const summary = child.lines.find((l) => l.startsWith("Đã nhập"));
  const ownMs = summary ? /\((\d+) ms\)\.?\s*$/.exec(summary)?.[1] : undefined;
  const [counts] = await pgRun(`${base}/${dbName}`, [
    "select kind, count(*)::int as n from org_unit group by kind order by count(*) desc",
  ]);
  const byKind = (counts?.rows ?? []) as { kind: string; n: number }[];
  const total = byKind.reduce((s, r) => s + r.n, 0);
  const communeLevel = byKind
    .filter((r) => ["commune", "ward", "special_zone"].includes(r.kind))
    .reduce((s, r) => s + r.n, 0);
  say(`output: ${summary ?? "(no summary line)"}`);
  say(
    `units in the database afterwards: ${fmtInt(total)} (${byKind.map((r) => `${r.kind} ${fmtInt(r.n)}`).join(", ")}); commune level: ${fmtInt(communeLevel)}`,
  );
  say(
    `wall time of the command: ${fmtS(wallMs)}${ownMs ? `; the import's own time: ${fmtMs(Number(ownMs))} (the rest is Node + tsx start, connecting, migrating the empty database)` : ""}`,
  );
  row(
    `import ${fmtInt(communeLevel)} communes + ${fmtInt(total - communeLevel)} provinces (wall time)`,
    `${fmtS(wallMs)}${ownMs ? ` (import ${fmtMs(Number(ownMs))})` : ""}`,
    `< ${fmtS(TARGET.importMs)}`,
    wallMs < TARGET.importMs,
  );
  await pgRun(`${base}/postgres`, [`drop database if exists ${dbName} with (force)`]);
}

// ---------------------------------------------------------------------------------------------
// 3 + 4. Throughput of /u/99001 vs bare Hono, and the server's RSS under that load

function describeLoad(label: string, r: LoadSummary): string {
  const codes = Object.entries(r.statusCodes)
    .map(([c, n]) => `${c}×${fmtInt(n)}`)
    .join(" ");
  return `${label.padEnd(34)} ${fmtInt(r.reqPerSec).padStart(7)} req/s  p50 ${String(r.latencyP50).padStart(3)} ms  p99 ${String(r.latencyP99).padStart(4)} ms  max ${r.latencyMax} ms  errors ${r.errors} (timeouts ${r.timeouts})  non-2xx ${r.non2xx}  [${codes}]  ${fmtInt(r.totalRequests)} requests`;
}

/** Other processes above this (% of one core) during a measured run make its figures suspect. */
const BUSY_OTHERS_PCT = 20;
let busyRuns = 0;

function describeCpu(c: CpuShare): string {
  const busy = c.others >= BUSY_OTHERS_PCT;
  if (busy) busyRuns++;
  return `${" ".repeat(36)}CPU (% of one core, ${c.cores} cores = ${c.cores * 100} %): server ${c.server.toFixed(0)}, PostgreSQL ${c.postgres.toFixed(0)}, autocannon ${c.bench.toFixed(0)}, other processes ${c.others.toFixed(0)}; kernel irq/softirq ${c.irq.toFixed(0)}, steal ${c.steal.toFixed(0)}${busy ? "  ← machine busy, figures unreliable" : ""}`;
}

async function measure(
  url: string,
  pid: number,
  roots: number[],
  headers?: Record<string, string>,
): Promise<{ load: LoadSummary; rssMaxKb: number; rssSamples: number; cpu: CpuShare }> {
  const sampler = startRssSampler(pid, RSS_INTERVAL_MS);
  await runLoad(url, {
    connections: CONNECTIONS,
    durationS: WARMUP_S,
    ...(headers ? { headers } : {}),
  });
  const before = cpuSnapshot(roots);
  const load = await runLoad(url, {
    connections: CONNECTIONS,
    durationS: DURATION_S,
    ...(headers ? { headers } : {}),
  });
  const cpu = cpuShare(before, cpuSnapshot(roots), pid);
  const rss = sampler.stop();
  return { load, rssMaxKb: rss.maxKb, rssSamples: rss.samples, cpu };
}

async function benchLoad(server: Server): Promise<void> {
  section(
    `3. Throughput: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s measured, autocannon in the bench process`,
  );
  const pid = listeningPid(server.port, server.child.pid);
  if (pid === null)
    throw new Error(`no process below pid ${server.child.pid} listens on ${server.port}`);
  const idleKb = readRssKb(pid) ?? 0;
  say(`Cơ Sở server: pid ${server.child.pid}, serving node pid ${pid}, idle RSS ${fmtMb(idleKb)}`);
  const quiet = await waitForQuiet([server.child.pid], BUSY_OTHERS_PCT, 30_000);
  say(
    `other processes on the machine: ${quiet.othersPct.toFixed(0)} % of one core${quiet.waitedMs > 1_500 ? ` (waited ${fmtS(quiet.waitedMs)} for the machine to calm down)` : ""}; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
  const coso = await measure(server.url, pid, [server.child.pid]);
  say(describeLoad("Cơ Sở GET /u/99001", coso.load));
  say(describeCpu(coso.cpu));

  // Informational: what browsers send. hono/compress then gzips every page (> 1 KiB).
  const gz = await measure(server.url, pid, [server.child.pid], {
    "accept-encoding": "gzip, deflate, br",
  });
  say(describeLoad("  same, Accept-Encoding: gzip (info)", gz.load));
  say(describeCpu(gz.cpu));

  const helloPort = await freePort();
  const hello = spawnChild("hello server", NODE, ["--import", "tsx", "bench/hello-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(helloPort) },
  });
  let helloResult: { load: LoadSummary; rssMaxKb: number; cpu: CpuShare } | null = null;
  try {
    const helloUrl = `http://127.0.0.1:${helloPort}/`;
    await waitFor200(helloUrl, hello, 30_000);
    helloResult = await measure(helloUrl, hello.pid, [hello.pid, server.child.pid]);
    say(describeLoad("bare Hono hello (child process)", helloResult.load));
    say(describeCpu(helloResult.cpu));
  } finally {
    await stopChild(hello, 5_000);
  }
  const ratio = coso.load.reqPerSec / helloResult.load.reqPerSec;
  say(
    `ratio Cơ Sở / hello: ${(ratio * 100).toFixed(1)} % of bare Hono's req/s (${cpus().length} CPUs, shared by server, PostgreSQL and autocannon)`,
  );

  const clean = coso.load.errors + coso.load.non2xx;
  row(
    `/u/99001 throughput (${CONNECTIONS} conn.)`,
    `${fmtInt(coso.load.reqPerSec)} req/s (${(ratio * 100).toFixed(0)} % of hello ${fmtInt(helloResult.load.reqPerSec)})`,
    `≥ ${fmtInt(TARGET.reqPerSec)} req/s`,
    coso.load.reqPerSec >= TARGET.reqPerSec,
  );
  row(
    "/u/99001 latency p99",
    `${coso.load.latencyP99} ms (p50 ${coso.load.latencyP50} ms)`,
    `< ${TARGET.p99Ms} ms`,
    coso.load.latencyP99 < TARGET.p99Ms,
  );
  row(
    "/u/99001 errors + non-2xx",
    `${fmtInt(clean)} of ${fmtInt(coso.load.totalRequests)}`,
    "0",
    clean === 0,
  );

  section(`4. Server RSS under that load (VmRSS every ${RSS_INTERVAL_MS} ms, PostgreSQL excluded)`);
  const maxKb = Math.max(coso.rssMaxKb, gz.rssMaxKb);
  say(
    `Cơ Sở node pid ${pid}: idle ${fmtMb(idleKb)}, max ${fmtMb(coso.rssMaxKb)} under plain load (${coso.rssSamples} samples), max ${fmtMb(gz.rssMaxKb)} under gzip load`,
  );
  say(`bare Hono hello, for comparison: max ${fmtMb(helloResult.rssMaxKb)}`);
  row(
    "server RSS max under load (PostgreSQL excl.)",
    fmtMb(coso.rssMaxKb),
    `< ${TARGET.rssMb} MB`,
    coso.rssMaxKb < TARGET.rssMb * 1024,
  );
  row("  same, after the gzip run too", fmtMb(maxKb), `(info) < ${TARGET.rssMb} MB`, null);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  say(
    `Cơ Sở benchmarks — node ${process.version} (children: ${relative(ROOT, NODE) || NODE}), ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}`,
  );
  let server: Server | null = null;
  try {
    try {
      server = await benchStartup();
    } catch (e) {
      say(`step 1 failed: ${errMessage(e)}`);
      row("start → first 200, existing data dir", "error", `< ${fmtS(TARGET.startMs)}`, false);
    }
    if (server) {
      if (!ONLY) {
        try {
          await benchImport(server);
        } catch (e) {
          say(`step 2 failed: ${errMessage(e)}`);
          row("import 3,321 communes (wall time)", "error", `< ${fmtS(TARGET.importMs)}`, false);
        }
        try {
          await benchLoad(server);
        } catch (e) {
          say(`steps 3–4 failed: ${errMessage(e)}`);
          row("/u/99001 throughput / latency / RSS", "error", "", false);
        }
      }
      if (!ONLY || ONLY === "disclosure") {
        try {
          await benchDisclosure({
            root: ROOT,
            node: NODE,
            tsxCli: TSX_CLI,
            unitsFile: UNITS_FILE,
            dataDir: server.dataDir,
            pgPort: server.pgPort,
            cpuRoots: [server.child.pid],
            connections: CONNECTIONS,
            durationS: DURATION_S,
            warmupS: WARMUP_S,
            say,
            section,
            row,
            describeLoad,
            describeCpu,
            serverEnv,
            busyOthersPct: BUSY_OTHERS_PCT,
          });
        } catch (e) {
          say(`step 5 failed: ${errMessage(e)}`);
          row("disclosure list / search / compliance view", "error", "", false);
        }
      }
      if (!ONLY || ONLY === "decision") {
        try {
          await benchDecision({
            root: ROOT,
            node: NODE,
            tsxCli: TSX_CLI,
            dataDir: server.dataDir,
            pgPort: server.pgPort,
            cpuRoots: [server.child.pid],
            durationS: DURATION_S,
            warmupS: WARMUP_S,
            say,
            section,
            row,
            describeCpu,
            serverEnv,
            busyOthersPct: BUSY_OTHERS_PCT,
          });
        } catch (e) {
          say(`step 6 failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          row("online votes / tally", "error", "", false);
        }
      }
      if (!ONLY || ONLY === "inbox") {
        try {
          await benchInbox({
            root: ROOT,
            node: NODE,
            tsxCli: TSX_CLI,
            unitsFile: UNITS_FILE,
            dataDir: server.dataDir,
            pgPort: server.pgPort,
            cpuRoots: [server.child.pid],
            connections: CONNECTIONS,
            durationS: DURATION_S,
            warmupS: WARMUP_S,
            say,
            section,
            row,
            describeLoad,
            describeCpu,
            serverEnv,
            busyOthersPct: BUSY_OTHERS_PCT,
          });
        } catch (e) {
          say(`step 7 failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          row("inbox overdue view / intake", "error", "", false);
        }
      }
      section("Stopping the server");
      const stop = await stopServer(server);
      say(describeStop(stop, server.child));
      if (stop.crashed) say(crashExcerpt(server.child));
      row(
        "SIGINT stops the server cleanly (exit 0)",
        `${stopStats.crashes} of ${stopStats.stops} stops crashed`,
        "(info) 0",
        null,
      );
    } else {
      row(
        "import 3,321 communes (wall time)",
        "skipped (no server)",
        `< ${fmtS(TARGET.importMs)}`,
        null,
      );
      row("/u/99001 throughput / latency / RSS", "skipped (no server)", "", null);
    }
  } finally {
    await cleanup();
  }
  section(`Results (${fmtS(performance.now() - started)} in all)`);
  printTable();
  if (busyRuns > 0) {
    say(
      `\nWarning: during ${busyRuns} load run(s) other processes on this machine used ≥ ${BUSY_OTHERS_PCT} % of a core (see the CPU lines above): the throughput figures are lower than this code can do; run again on a quiet machine.`,
    );
  }
  const failed = rows.filter((r) => r.pass === false).length;
  say(
    failed === 0
      ? "\nAll figures meet their targets."
      : `\n${failed} figure(s) miss their target (benchmarks are not tests: exit code 0). See bench/README.md.`,
  );
}

const watchdog = setTimeout(() => {
  say(`\nbench: still running after ${WATCHDOG_MS / 60_000} min — stopping everything.`);
  cleanup().finally(() => process.exit(0));
}, WATCHDOG_MS);
watchdog.unref();

// `on`, not `once`: tsx's CLI may relay a second SIGINT, and its preflight exits the process at
// once when no listener is left — before the temp dirs are gone.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    say(`\nbench: ${signal} — stopping children and removing temp dirs…`);
    cleanup().finally(() => process.exit(130));
  });
}
// Last resort if the process ends anyway: kill what is left, then remove the temp dirs.
process.on("exit", () => {
  killAllChildrenNow();
  for (const dir of tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
  }
});

main()
  .catch((e: unknown) => {
    say(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return cleanup();
  })
  .finally(() => {
    clearTimeout(watchdog);
    process.exit(0);
  });
