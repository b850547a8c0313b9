import pg from "pg";
import { allMigrations } from "../../modules.ts";
import { createDb } from "../db/database.ts";
import { migrateToLatest } from "../db/migrator.ts";

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function prepareTemplate(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `drop database if exists "${name}"`);
  await adminQuery(serverUrl, `create database "${name}"`);
  const db = createDb(databaseUrl(serverUrl, name), 2);
  try {
    await migrateToLatest(db, allMigrations());
  } finally {
    await db.destroy();
  }
}
