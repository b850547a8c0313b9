import type { Config } from "../../core/config/config.ts";
import { openDatabase } from "../../core/db/connect.ts";
import { migrateToLatest } from "../../core/db/migrator.ts";
import { allMigrations } from "../../modules.ts";

export async function runMigrate(config: Config): Promise<number> {
  const database = await openDatabase(config, 2);
  try {
    const applied = await migrateToLatest(database.db, allMigrations());
    for (const name of applied) process.stdout.write(`  ✓ ${name}\n`);
    process.stdout.write(
      applied.length
        ? `Đã áp dụng ${applied.length} migration.\n`
        : "Lược đồ đã ở phiên bản mới nhất.\n",
    );
    return 0;
  } finally {
    await database.close();
  }
}
