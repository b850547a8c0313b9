import { type ChildProcess, spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child process started by the bench, with its output kept (last lines) and its exit awaited. */
export interface BenchChild {
  name: string;
  pid: number;
  proc: ChildProcess;
  /** performance.now() just before spawn(). */
  spawnedAt: number;
  exited: Promise<ExitInfo>;
  exitInfo: ExitInfo | null;
  /** ms after spawn when it exited. */
  exitedAtMs: number | null;
  /** Every line of output so far (stdout and stderr interleaved, capped). */
  lines: string[];
  onLine(fn: (line: string, atMs: number) => void): void;
  tail(n?: number): string;
}

const MAX_LINES = 2000;
const live = new Set<BenchChild>();

/**
 * Spawns `cmd args` in its own process group (detached), so that a last-resort SIGKILL can reach
 * the whole tree (tsx's wrapper, the node server, the embedded PostgreSQL it started) by one id.
 */
export function spawnChild(
  name: string,
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): BenchChild {
  const spawnedAt = performance.now();
  const proc = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (proc.pid === undefined) throw new Error(`could not spawn ${name}: ${cmd}`);
  const lines: string[] = [];
  const listeners: ((line: string, atMs: number) => void)[] = [];
  const feed = (stream: NodeJS.ReadableStream | null) => {
    let rest = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const at = performance.now() - spawnedAt;
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (lines.length > MAX_LINES) lines.shift();
        for (const fn of listeners) fn(line, at);
      }
    });
    stream?.on("end", () => {
      if (rest) lines.push(rest);
    });
  };
  feed(proc.stdout);
  feed(proc.stderr);
  const child: BenchChild = {
    name,
    pid: proc.pid,
    proc,
    spawnedAt,
    exitInfo: null,
    exitedAtMs: null,
    exited: new Promise<ExitInfo>((resolve) => {
      proc.once("exit", (code, signal) => {
        child.exitInfo = { code, signal };
        child.exitedAtMs = performance.now() - spawnedAt;
        live.delete(child);
        resolve(child.exitInfo);
      });
    }),
    lines,
    onLine: (fn) => {
      listeners.push(fn);
    },
    tail: (n = 25) =>
      lines
        .slice(-n)
        .map((l) => `    | ${l}`)
        .join("\n"),
  };
  live.add(child);
  return child;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<"timeout">((r) => {
    timer = setTimeout(() => r("timeout"), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export interface StopResult extends ExitInfo {
  ms: number;
  /** It had exited by itself before it was asked to stop. */
  alreadyExited: boolean;
  /** True when SIGINT was not enough and the process group had to be killed. */
  forced: boolean;
}

/**
 * SIGINT to the child — or, with `group`, to its whole process group, as Ctrl-C in a terminal
 * does — and after `graceMs`, SIGKILL to the whole group.
 */
export async function stopChild(
  child: BenchChild,
  graceMs = 15_000,
  opts: { group?: boolean } = {},
): Promise<StopResult> {
  const started = performance.now();
  if (child.exitInfo) return { ...child.exitInfo, ms: 0, forced: false, alreadyExited: true };
  try {
    process.kill(opts.group ? -child.pid : child.pid, "SIGINT");
  } catch {
    // Already gone.
  }
  let r = await withTimeout(child.exited, graceMs);
  let forced = false;
  if (r === "timeout") {
    forced = true;
    killGroup(child.pid);
    r = await withTimeout(child.exited, 5_000);
  }
  const info = r === "timeout" ? { code: null, signal: null } : r;
  return { ...info, ms: performance.now() - started, forced, alreadyExited: false };
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** Stops every child still running (used in finally blocks and on Ctrl-C). */
export async function stopAllChildren(graceMs = 10_000): Promise<void> {
  await Promise.all([...live].map((c) => stopChild(c, graceMs, { group: true })));
}

/** Synchronous last resort for process 'exit': SIGKILL every remaining process group. */
export function killAllChildrenNow(): void {
  for (const c of live) killGroup(c.pid);
}

/**
 * Polls `url` until it answers 200. Resolves with the ms since the child was spawned; rejects
 * when the child exits first or `timeoutMs` passes.
 */
export async function waitFor200(
  url: string,
  child: BenchChild,
  timeoutMs: number,
  intervalMs = 25,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let lastError = "";
  while (performance.now() < deadline) {
    if (child.exitInfo) {
      throw new Error(
        `${child.name} exited (code ${child.exitInfo.code}, signal ${child.exitInfo.signal}) before answering 200 on ${url}; last output:\n${child.tail()}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - child.spawnedAt;
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError =
        e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    }
    await sleep(intervalMs);
  }
  throw new Error(
    `${child.name}: no 200 from ${url} within ${timeoutMs} ms (last: ${lastError}); last output:\n${child.tail()}`,
  );
}

export { sleep };
