#!/usr/bin/env node
import { loadConfig } from "../core/config/config.ts";
import { createLogger } from "../core/log.ts";
import { flagString, parseArgs } from "./args.ts";

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
  coso inbox sweep [--day YYYY-MM-DD]
                                    nhắc hạn, báo quá hạn và báo cáo cấp trên các vụ việc
                                    (máy chủ tự chạy mỗi giờ)
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
      return (await import("./commands/serve.ts")).runServe(config, log, {
        demoIfEmpty: flags["demo-if-empty"] === true,
      });
    case "migrate":
      return (await import("./commands/migrate.ts")).runMigrate(config);
    case "seed":
      if (flags.demo !== true) break;
      return (await import("./commands/seed.ts")).runSeed(config);
    case "import":
      if (sub === "units" && file)
        return (await import("./commands/import.ts")).runImportUnits(
          config,
          file,
          flagString(flags, "parent"),
        );
      if (sub === "households" && file)
        return (await import("./commands/import.ts")).runImportHouseholds(config, file);
      break;
    case "users":
      if (sub === "create")
        return (await import("./commands/users-create.ts")).runUsersCreate(config, flags);
      break;
    case "inbox":
      if (sub === "sweep")
        return (await import("./commands/inbox-sweep.ts")).runInboxSweep(
          config,
          flagString(flags, "day"),
        );
      break;
    case "audit":
      if (sub === "verify")
        return (await import("./commands/audit-verify.ts")).runAuditVerify(config);
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
