import { verifyChains } from "../../core/audit/index.ts";
import type { Config } from "../../core/config/config.ts";
import { withDatabase } from "./with-database.ts";

/** Exit 0 when every chain verifies, 3 when a problem is found (each named on its own line). */
export async function runAuditVerify(config: Config): Promise<number> {
  return withDatabase(config, async (db) => {
    const started = Date.now();
    const r = await verifyChains(db, (n) => process.stderr.write(`\r  đã kiểm tra ${n} sự kiện…`));
    process.stderr.write("\n");
    for (const p of r.problems) process.stdout.write(`  ✗ ${p.message}\n`);
    process.stdout.write(
      `Kiểm tra ${r.events} sự kiện trong ${r.chains} chuỗi (${Date.now() - started} ms): ${
        r.problems.length === 0
          ? "toàn vẹn, không phát hiện sửa, chèn hay xoá."
          : `${r.problems.length} vấn đề.`
      }\n`,
    );
    return r.problems.length === 0 ? 0 : 3;
  });
}
