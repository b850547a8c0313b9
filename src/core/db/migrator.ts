import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import type { Db } from "./database.ts";

export interface NamedMigration extends Migration {
  /** Globally ordered name: `YYYYMMDD-NN-module-what`, frozen once merged. */
  name: string;
}

class ListProvider implements MigrationProvider {
  constructor(private readonly list: NamedMigration[]) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(this.list.map((m) => [m.name, m]));
  }
}

/** Runs every pending migration of core and the enabled modules, in name order. */
export async function migrateToLatest(db: Db, migrations: NamedMigration[]) {
  const names = new Set<string>();
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`Migration trùng tên: ${m.name}`);
    names.add(m.name);
  }
  // Kysely's migrator holds a row lock while it runs, so two processes starting together
  // do not both migrate.
  const migrator = new Migrator({ db, provider: new ListProvider(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
