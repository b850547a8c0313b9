import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { inject } from "vitest";
import { type Config, loadConfig } from "../../../src/core/config/config.ts";
import { systemContext } from "../../../src/core/context/request-context.ts";
import { createDb } from "../../../src/core/db/database.ts";
import { createLogger } from "../../../src/core/log.ts";
import { freePort } from "../../../src/core/testing/free-port.ts";
import { adminQuery, databaseUrl } from "../../../src/core/testing/template-db.ts";
import { startPlatform } from "../../../src/main.ts";
import { seedDemo } from "../../../src/seeds/seed-demo.ts";

export { DEMO_PASSWORD } from "../../../src/seeds/demo-structure.ts";

/** The repository root: child processes run from here, as `npm start` does. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

// Fixed secrets, so that every server process of a test (in-process or child) signs CSRF tokens
// and encrypts ID numbers with the same keys, as replicas behind a load balancer would.
const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-012345";
const E2E_DATA_KEY = Buffer.alloc(32, 11).toString("base64");

export interface SeededDatabase {
  /** postgres:// URL of the fresh database. */
  url: string;
  /** Environment every server process over this database gets (without PORT). */
  env: Record<string, string>;
  /** Runs one query against the database (for assertions on exact rows). */
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated template (src/core/testing/global-setup.ts), filled
 * with the demo data through the same commands the CLI uses.
 */
export async function createSeededDatabase(): Promise<SeededDatabase> {
  const serverUrl = inject("pgServerUrl");
  const template = inject("templateDb");
  const name = `coso_e2e_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database "${name}" template "${template}"`);
  const url = databaseUrl(serverUrl, name);
  const dataDir = mkdtempSync(join(tmpdir(), "coso-e2e-data-"));
  const env = {
    DATABASE_URL: url,
    COSO_SECRET: E2E_SECRET,
    COSO_DATA_KEY: E2E_DATA_KEY,
    COSO_DATA_DIR: dataDir,
    COSO_LOG_LEVEL: "warn",
  };
  const config = loadConfig({ ...env, PORT: "3000" });
  const db = createDb(url, 2);
  try {
    await seedDemo(db, systemContext("cli"), { dataKey: config.dataKey, secret: config.secret });
  } finally {
    await db.destroy();
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let dropped: Promise<void> | undefined;
  return {
    url,
    env,
    query: async (text, values) => (await pool.query(text, values)).rows,
    drop: () => {
      dropped ??= (async () => {
        await pool.end();
        await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
        rmSync(dataDir, { recursive: true, force: true });
      })();
      return dropped;
    },
  };
}

export interface RunningServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  stop(): Promise<void>;
}

/** The real platform in this process (startPlatform of src/main.ts) over a seeded database. */
export async function startServer(): Promise<
  RunningServer & { db: SeededDatabase; config: Config }
> {
  const db = await createSeededDatabase();
  const port = await freePort();
  const config = loadConfig({ ...db.env, PORT: String(port), HOST: "127.0.0.1" });
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  try {
    platform = await startPlatform(config, createLogger("warn"));
  } catch (err) {
    await db.drop();
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    config,
    stop: async () => {
      await platform.stop();
      await db.drop();
    },
  };
}

export interface ChildServer extends RunningServer {
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
}

/**
 * A real `coso serve` child process, started exactly as an operator would (node + tsx over
 * src/cli/main.ts), over the given database. Resolves at its first 200 on /healthz.
 */
export async function spawnServe(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(
    join(REPO_ROOT, "node_modules/.bin/node"),
    [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/main.ts", "serve"],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: process.env.HOME ?? tmpdir(),
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: tsx runs the program in a grandchild, and teardown must reach it.
      detached: true,
    },
  );
  let out = "";
  child.stdout?.on("data", (b: Buffer) => {
    out += b.toString();
  });
  child.stderr?.on("data", (b: Buffer) => {
    out += b.toString();
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  let running = true;
  child.once("exit", () => {
    running = false;
  });
  const signal = (sig: NodeJS.Signals) => {
    if (running && child.pid) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    }
  };
  // Should the test worker itself end abruptly, take the server down with it.
  const onExit = () => signal("SIGKILL");
  process.once("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    signal("SIGTERM");
    const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!done) {
      signal("SIGKILL");
      await exited;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running) throw new Error(`coso serve exited before answering /healthz:\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`coso serve did not answer 200 on /healthz within ${timeoutMs} ms:\n${out}`);
    }
    await sleep(100);
  }
  return { url, child, output: () => out, stop };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
