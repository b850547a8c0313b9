import autocannon from "autocannon";

export interface LoadSummary {
  url: string;
  connections: number;
  durationS: number;
  /** Mean of autocannon's per-second request counts. */
  reqPerSec: number;
  totalRequests: number;
  latencyP50: number;
  latencyP99: number;
  latencyAvg: number;
  latencyMax: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerSec: number;
}

/** One autocannon run from this process (no table printed), reduced to the figures we report. */
export async function runLoad(
  url: string,
  opts: {
    connections: number;
    durationS: number;
    headers?: Record<string, string>;
    /** Replace `[<id>]` in the URL by a fresh id on every request (defeats response caches). */
    idReplacement?: boolean;
  },
): Promise<LoadSummary> {
  const r = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.durationS,
    timeout: 10,
    ...(opts.headers ? { headers: opts.headers } : {}),
    ...(opts.idReplacement ? { idReplacement: true } : {}),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = s.count;
  return {
    url,
    connections: opts.connections,
    durationS: r.duration,
    reqPerSec: r.requests.average,
    totalRequests: r.requests.total,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    latencyAvg: r.latency.average,
    latencyMax: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    bytesPerSec: r.throughput.average,
  };
}
