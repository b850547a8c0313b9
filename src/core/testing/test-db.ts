import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "../db/database.ts";
import { adminQuery, databaseUrl } from "./template-db.ts";

/**
 * A fresh database for one test file, cloned from the migrated template; dropped after the file.
 * Real PostgreSQL, never a mock (STYLE.md §8).
 */
export async function useTestDatabase(): Promise<{ db: Db; url: string }> {
  const serverUrl = inject("pgServerUrl");
  const template = inject("templateDb");
  const name = `coso_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database "${name}" template "${template}"`);
  const url = databaseUrl(serverUrl, name);
  const db = createDb(url, 5);
  afterAll(async () => {
    await db.destroy();
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  });
  return { db, url };
}
