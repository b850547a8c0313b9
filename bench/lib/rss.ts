import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** Resident set size of one process in KiB (VmRSS from /proc/<pid>/status), or null if gone. */
export function readRssKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m?.[1] ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    } catch {
      // Thread ended meanwhile.
    }
  }
  return out;
}

/** `root` and every process below it. */
export function descendants(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift();
    if (pid === undefined || seen.includes(pid)) continue;
    seen.push(pid);
    queue.push(...childrenOf(pid));
  }
  return seen;
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const local = cols[1];
      const state = cols[3];
      const inode = cols[9];
      if (local?.endsWith(`:${hexPort}`) && state === "0A" && inode) inodes.add(inode);
    }
  }
  return inodes;
}

/**
 * The process (among `root` and its descendants) that holds the listening socket on `port`: with
 * `tsx cli.mjs`, that is tsx's child node process, not the wrapper we spawned.
 */
export function listeningPid(port: number, root: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of descendants(root)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m?.[1] && inodes.has(m[1])) return pid;
      } catch {
        // fd closed meanwhile.
      }
    }
  }
  return null;
}

export interface RssStats {
  maxKb: number;
  lastKb: number;
  samples: number;
}

/** Samples VmRSS of `pid` every `intervalMs` until stop() is called. */
export function startRssSampler(pid: number, intervalMs = 250): { stop(): RssStats } {
  const stats: RssStats = { maxKb: 0, lastKb: 0, samples: 0 };
  const sample = () => {
    const kb = readRssKb(pid);
    if (kb === null) return;
    stats.samples++;
    stats.lastKb = kb;
    if (kb > stats.maxKb) stats.maxKb = kb;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...stats };
    },
  };
}
