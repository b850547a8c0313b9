import type { Config } from "../../core/config/config.ts";
import { systemContext } from "../../core/context/request-context.ts";
import type { Db } from "../../core/db/database.ts";
import { DEMO_PASSWORD } from "../../seeds/demo-structure.ts";
import { type DemoAccount, seedDemo } from "../../seeds/seed-demo.ts";
import { withDatabase } from "./with-database.ts";

export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("org_unit")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export function printDemoAccounts(accounts: DemoAccount[]) {
  process.stdout.write(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):\n`);
  for (const a of accounts)
    process.stdout.write(`  ${a.username.padEnd(18)} ${a.role} — ${a.unit}\n`);
  process.stdout.write("\n");
}

export async function loadDemo(db: Db, config: Config): Promise<DemoAccount[]> {
  const started = Date.now();
  process.stdout.write("Đang nạp dữ liệu mẫu…\n");
  const accounts = await seedDemo(db, systemContext("cli"), {
    dataKey: config.dataKey,
    secret: config.secret,
  });
  const n = await db
    .selectFrom("people_household")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  process.stdout.write(`Đã nạp dữ liệu mẫu: ${n.n} hộ gia đình (${Date.now() - started} ms).\n`);
  return accounts;
}

export async function runSeed(config: Config): Promise<number> {
  return withDatabase(config, async (db) => {
    if (!(await databaseIsEmpty(db))) {
      process.stdout.write("Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.\n");
      return 0;
    }
    printDemoAccounts(await loadDemo(db, config));
    return 0;
  });
}
