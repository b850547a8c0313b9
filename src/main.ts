import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Config } from "./core/config/config.ts";
import { openDatabase } from "./core/db/connect.ts";
import { migrateToLatest } from "./core/db/migrator.ts";
import { createApp } from "./core/http/app.ts";
import { pruneRateLimits } from "./core/http/rate-limit.ts";
import type { Logger } from "./core/log.ts";
import { DiskStorage } from "./core/storage/file-storage.ts";
import { makeIdentify } from "./modules/auth/index.ts";
import { allMigrations, modules } from "./modules.ts";

export interface RunningPlatform {
  url: string;
  server: ServerType;
  stop(): Promise<void>;
}

/** Composition root: config → database → migrations → modules → HTTP server. */
export async function startPlatform(
  config: Config,
  log: Logger,
  opts: { beforeServe?: (db: import("./core/db/database.ts").Db) => Promise<void> } = {},
): Promise<RunningPlatform> {
  const database = await openDatabase(config, 20);
  try {
    const applied = await migrateToLatest(database.db, allMigrations());
    if (applied.length > 0) log.info({ applied }, "migrations applied");
    await opts.beforeServe?.(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  const storage = new DiskStorage(join(config.dataDir, "files"));
  const app = createApp(
    { db: database.db, config, log, identify: makeIdentify(database.db), storage },
    modules,
  );
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
  });
  // Spent rate-limit windows are removed hourly (any process may do it).
  const pruning = setInterval(() => {
    pruneRateLimits(database.db).catch((err: unknown) =>
      log.warn({ err }, "rate-limit pruning failed"),
    );
  }, 3_600_000);
  pruning.unref();
  const jobs = scheduleJobs(database.db, log);
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${config.port}`,
    server,
    stop: () => {
      stopping ??= (async () => {
        clearInterval(pruning);
        for (const t of jobs) clearInterval(t);
        // Idle keep-alive sockets would hold close() open; busy ones get 3 s to finish.
        const http = server as import("node:http").Server;
        const closed = new Promise<void>((r) => http.close(() => r()));
        http.closeIdleConnections();
        const force = setTimeout(() => http.closeAllConnections(), 3000);
        await closed;
        clearTimeout(force);
        await database.close();
      })();
      return stopping;
    },
  };
}

/** The modules' periodic jobs: once 10 s after start, then every `everyMs`; failures are logged. */
function scheduleJobs(db: import("./core/db/database.ts").Db, log: Logger) {
  const timers: NodeJS.Timeout[] = [];
  const indicators = modules.flatMap((m) => (m.indicators ? [m.indicators] : []));
  for (const m of modules) {
    for (const job of m.jobs ?? []) {
      const run = () =>
        job
          .run({ db, log, indicators })
          .catch((err: unknown) => log.warn({ err, job: job.name }, "job failed"));
      const first = setTimeout(run, 10_000);
      first.unref();
      const every = setInterval(run, job.everyMs);
      every.unref();
      timers.push(first, every);
    }
  }
  return timers;
}
