import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { descendants } from "./rss.ts";

// CPU accounting from /proc, to say where the cores went during a load run — and whether other
// processes on the machine (tests run by someone else, say) took part of them.

const TICKS_PER_S = 100; // USER_HZ on Linux

/**
 * Machine-wide ticks. `tasks` is time charged to processes (user + nice + system); interrupt and
 * softirq time (much of loopback networking) is charged to no process, so it is kept apart.
 */
function readSystem(): { tasks: number; irq: number; steal: number } {
  const first = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const v = first.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = v;
  return { tasks: user + nice + system, irq: irq + softirq, steal };
}

/** utime + stime of one process (all its threads), in ticks; 0 when it is gone. */
function processTicks(pid: number): { ticks: number; comm: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const f = stat.slice(close + 2).split(" ");
    return { ticks: Number(f[11] ?? 0) + Number(f[12] ?? 0), comm };
  } catch {
    return { ticks: 0, comm: "" };
  }
}

export interface CpuSnapshot {
  at: number;
  system: { tasks: number; irq: number; steal: number };
  /** ticks per process id, for every process we account for. */
  procs: Map<number, { ticks: number; comm: string }>;
}

/** Snapshot of the whole machine and of the trees below `roots` (plus this process). */
export function cpuSnapshot(roots: number[]): CpuSnapshot {
  const procs = new Map<number, { ticks: number; comm: string }>();
  for (const pid of [process.pid, ...roots.flatMap((r) => descendants(r))]) {
    if (!procs.has(pid)) procs.set(pid, processTicks(pid));
  }
  return { at: performance.now(), system: readSystem(), procs };
}

export interface CpuShare {
  /** Seconds of wall time between the snapshots. */
  seconds: number;
  /** Each as % of ONE core (100 = a full core). */
  server: number;
  postgres: number;
  bench: number;
  /** CPU used by processes other than ours, % of one core. */
  others: number;
  /** Interrupt + softirq time (loopback networking, mostly ours), % of one core. */
  irq: number;
  /** Time the hypervisor gave to other guests, % of one core. */
  steal: number;
  cores: number;
}

/** Where the CPU went between two snapshots: the server pid, PostgreSQL processes, the bench, others. */
export function cpuShare(a: CpuSnapshot, b: CpuSnapshot, serverPid: number): CpuShare {
  const seconds = (b.at - a.at) / 1000;
  const pct = (ticks: number) => (seconds > 0 ? (ticks / TICKS_PER_S / seconds) * 100 : 0);
  let server = 0;
  let postgres = 0;
  let bench = 0;
  let ours = 0;
  for (const [pid, now] of b.procs) {
    const before = a.procs.get(pid)?.ticks ?? 0;
    const d = Math.max(0, now.ticks - before);
    ours += d;
    if (pid === serverPid) server += d;
    else if (pid === process.pid) bench += d;
    else if (now.comm.startsWith("postgres")) postgres += d;
  }
  const tasks = b.system.tasks - a.system.tasks;
  return {
    seconds,
    server: pct(server),
    postgres: pct(postgres),
    bench: pct(bench),
    others: pct(Math.max(0, tasks - ours)),
    irq: pct(b.system.irq - a.system.irq),
    steal: pct(b.system.steal - a.system.steal),
    cores: cpus().length,
  };
}

/**
 * Waits (at most `maxWaitMs`) until processes other than ours use less than `maxOthersPct` % of
 * one core over a 1-second window. Returns the last measured share of the others.
 */
export async function waitForQuiet(
  roots: number[],
  maxOthersPct: number,
  maxWaitMs: number,
): Promise<{ othersPct: number; waitedMs: number }> {
  const started = performance.now();
  for (;;) {
    const a = cpuSnapshot(roots);
    await new Promise((r) => setTimeout(r, 1_000));
    const b = cpuSnapshot(roots);
    const others = cpuShare(a, b, -1).others;
    const waitedMs = performance.now() - started;
    if (others < maxOthersPct || waitedMs >= maxWaitMs) return { othersPct: others, waitedMs };
  }
}
