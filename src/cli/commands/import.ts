import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Config } from "../../core/config/config.ts";
import { systemContext } from "../../core/context/request-context.ts";
import { AppError, ImportError } from "../../core/errors.ts";
import { FileFormatError } from "../../core/import/csv.ts";
import {
  importUnits,
  type LocatedRowError,
  parseUnitsFile,
  UNIT_KIND_LABEL,
  UNIT_KINDS,
} from "../../modules/org/index.ts";
import { importHouseholds, parseHouseholdsFile } from "../../modules/people/index.ts";
import { withDatabase } from "./with-database.ts";

// `coso import units FILE [--parent MÃ]` and `coso import households FILE`: one transaction per
// file, so a file is imported whole or not at all. Exit codes: 0 done, 2 unreadable or
// unsupported file (or a bad argument), 3 bad rows (each printed with its line).

const num = (n: number) => n.toLocaleString("vi-VN");
const progress = (done: number, total: number) =>
  process.stderr.write(`\r  đã xử lý ${num(done)}/${num(total)}…`);

export async function runImportUnits(
  config: Config,
  file: string,
  parentCode?: string,
): Promise<number> {
  return runImport(file, async (bytes) => {
    const rows = parseUnitsFile(file, bytes);
    return withDatabase(config, async (db) => {
      const started = Date.now();
      const r = await db
        .transaction()
        .execute((tx) =>
          importUnits(
            tx,
            systemContext("cli"),
            rows,
            { parentCode: parentCode ?? null, fileName: basename(file) },
            progress,
          ),
        );
      process.stderr.write("\n");
      const kinds = UNIT_KINDS.filter((k) => r.byKind[k])
        .map((k) => `${num(r.byKind[k]!)} ${UNIT_KIND_LABEL[k].vi.toLowerCase()}`)
        .join(", ");
      process.stdout.write(
        `Đã nhập ${num(r.created)} đơn vị${kinds ? ` (${kinds})` : ""}; ${num(r.unchanged)} đơn vị đã có sẵn, giữ nguyên (${Date.now() - started} ms).\n`,
      );
      return 0;
    });
  });
}

export async function runImportHouseholds(config: Config, file: string): Promise<number> {
  return runImport(file, async (bytes) => {
    const drafts = await parseHouseholdsFile(file, bytes);
    const keys = { dataKey: config.dataKey, secret: config.secret };
    return withDatabase(config, async (db) => {
      const started = Date.now();
      const r = await db
        .transaction()
        .execute((tx) => importHouseholds(tx, systemContext("cli"), keys, drafts, {}, progress));
      process.stderr.write("\n");
      process.stdout.write(
        `Đã nhập ${num(r.households)} hộ gia đình, ${num(r.persons)} nhân khẩu vào ${num(r.villages)} thôn, tổ dân phố (${Date.now() - started} ms).\n`,
      );
      return 0;
    });
  });
}

/** Reads the file and maps the import's typed failures to messages and exit codes. */
async function runImport(file: string, work: (bytes: Buffer) => Promise<number>): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "không có tệp này"
        : code === "EISDIR"
          ? "đây là thư mục"
          : (e as Error).message;
    process.stderr.write(`Không đọc được tệp ${file}: ${why}.\n`);
    return 2;
  }
  try {
    return await work(bytes);
  } catch (e) {
    if (e instanceof ImportError) {
      process.stderr.write(`\n${e.message}\n`);
      for (const row of e.rows as LocatedRowError[]) {
        process.stderr.write(
          `  ${row.at ? `mục ${row.at}` : `dòng ${row.line}`}: ${row.message}\n`,
        );
      }
      process.stderr.write("Không nhập dòng nào.\n");
      return 3;
    }
    if (e instanceof FileFormatError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof AppError) {
      process.stderr.write(`\n${e.message}\nKhông nhập dòng nào.\n`);
      return 2;
    }
    throw e;
  }
}
