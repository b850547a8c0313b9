#!/usr/bin/env node
import { loadConfig } from "../core/config/config.ts";
import { createLogger } from "../core/log.ts";
import { flagString, parseArgs } from "./args.ts";
import { runAuditVerify } from "./commands/audit-verify.ts";
import { runImportHouseholds, runImportUnits } from "./commands/import.ts";
import { runMigrate } from "./commands/migrate.ts";
import { runSeed } from "./commands/seed.ts";
import { runServe } from "./commands/serve.ts";
import { runUsersCreate } from "./commands/users-create.ts";

const HELP = `Cơ Sở — dòng lệnh quản trị

  coso serve [--demo-if-empty]      chạy máy chủ (PORT, DATABASE_URL)
  coso migrate                      cập nhật lược đồ cơ sở dữ liệu
  coso seed --demo                  nạp dữ liệu mẫu (khi cơ sở dữ liệu còn trống)
  coso import units FILE [--parent MÃ]
                                    nhập đơn vị hành chính (JSON như vn-admin-units, hoặc CSV code,name,kind,parent_code)
  coso import households FILE       nhập hộ gia đình (CSV hoặc XLSX)
  coso users create --username U --name "Họ tên" --unit MÃ [--role unit_admin|official|oversight|platform_admin]
                    [--password P]  (hoặc biến COSO_NEW_PASSWORD; nếu không có sẽ sinh ngẫu nhiên)
  coso audit verify                 kiểm tra chuỗi băm của nhật ký thay đổi
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv);
  const [cmd, sub, file] = positionals;
  if (!cmd || flags.help || cmd === "help") {
    process.stdout.write(HELP);
    return cmd ? 0 : 1;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  switch (cmd) {
    case "serve":
      return runServe(config, log, { demoIfEmpty: flags["demo-if-empty"] === true });
    case "migrate":
      return runMigrate(config);
    case "seed":
      if (flags.demo !== true) break;
      return runSeed(config);
    case "import":
      if (sub === "units" && file) return runImportUnits(config, file, flagString(flags, "parent"));
      if (sub === "households" && file) return runImportHouseholds(config, file);
      break;
    case "users":
      if (sub === "create") return runUsersCreate(config, flags);
      break;
    case "audit":
      if (sub === "verify") return runAuditVerify(config);
      break;
  }
  process.stderr.write(`Lệnh không hợp lệ.\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
