import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { Config } from "../config/config.ts";
import { createDb, type Db } from "./database.ts";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded.ts";

export interface OpenDatabase {
  db: Db;
  url: string;
  /** Closes the pool, and stops the embedded server if this process started it. */
  close(): Promise<void>;
  embedded: boolean;
}

const DB_NAME = "coso";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL with data in <dataDir>/postgres.
 * If another Cơ Sở process already runs the embedded server (npm start in another terminal),
 * this one connects to it instead of starting a second.
 */
export async function openDatabase(config: Config, poolSize = 10): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl, poolSize);
    return { db, url: config.databaseUrl, close: () => db.destroy(), embedded: false };
  }
  const dir = join(config.dataDir, "postgres");
  const passwordFile = join(config.dataDir, "pg-password");
  if (existsSync(passwordFile)) {
    const password = readFileSync(passwordFile, "utf8").trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.pgPort}/${DB_NAME}`;
    if (await reachable(url)) {
      const db = createDb(url, poolSize);
      return { db, url, close: () => db.destroy(), embedded: false };
    }
  }
  const server = await startEmbeddedPostgres({ dir, port: config.pgPort });
  await ensureDatabase(server.url("postgres"), DB_NAME);
  const url = server.url(DB_NAME);
  const db = createDb(url, poolSize);
  return {
    db,
    url,
    embedded: true,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}
