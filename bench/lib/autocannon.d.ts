// Minimal typings for the parts of autocannon 9 the benchmarks use (the package ships none).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
  }

  export interface Result {
    url: string;
    connections: number;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram & { totalCount: number };
    requests: Histogram & { sent: number };
    throughput: Histogram;
  }

  /** One entry of `requests`: built anew for every request when it has `setupRequest`. */
  export interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Returns the request to send (a falsy value skips to the next entry). */
    setupRequest?: (req: RequestSpec, context: Record<string, unknown>) => RequestSpec | null;
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string>,
    ) => void;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds. */
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    method?: string;
    title?: string;
    /** Replace `[<id>]` in the URL (and headers, body) by a fresh id on every request. */
    idReplacement?: boolean;
    /** Stop after this many requests in all (spread over the connections); `duration` is then ignored. */
    amount?: number;
    body?: string;
    requests?: RequestSpec[];
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
