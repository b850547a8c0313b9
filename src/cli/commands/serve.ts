import type { Config } from "../../core/config/config.ts";
import type { Logger } from "../../core/log.ts";
import { startPlatform } from "../../main.ts";
import { databaseIsEmpty, loadDemo, printDemoAccounts } from "./seed.ts";

/** Serves until Ctrl-C or SIGTERM, then closes the server and the embedded PostgreSQL cleanly. */
export async function runServe(
  config: Config,
  log: Logger,
  opts: { demoIfEmpty: boolean },
): Promise<number> {
  const started = Date.now();
  const platform = await startPlatform(config, log, {
    beforeServe: async (db) => {
      if (opts.demoIfEmpty && (await databaseIsEmpty(db)))
        printDemoAccounts(await loadDemo(db, config));
    },
  });
  process.stdout.write(
    `Cơ Sở đang chạy tại ${platform.url} (khởi động ${Date.now() - started} ms). Nhấn Ctrl-C để dừng.\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stdout.write(`\nNhận ${signal}: đang dừng máy chủ và PostgreSQL…\n`);
      platform.stop().then(resolve, (err: unknown) => {
        log.error({ err }, "stop failed");
        resolve();
      });
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  process.stdout.write("Đã dừng.\n");
  return 0;
}
