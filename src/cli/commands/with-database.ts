import type { Config } from "../../core/config/config.ts";
import { openDatabase } from "../../core/db/connect.ts";
import type { Db } from "../../core/db/database.ts";
import { migrateToLatest } from "../../core/db/migrator.ts";
import { allMigrations } from "../../modules.ts";

/** Opens the database (embedded or DATABASE_URL), migrates, runs `fn`, and closes it again. */
export async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, 4);
  try {
    await migrateToLatest(database.db, allMigrations());
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
