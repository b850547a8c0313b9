import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Config } from "../../core/config/config.ts";
import type { Db } from "../../core/db/database.ts";
import { useTestDatabase } from "../../core/testing/test-db.ts";
import { runImportHouseholds, runImportUnits } from "./import.ts";

let db: Db;
let config: Config;
const dir = mkdtempSync(join(tmpdir(), "coso-import-"));
let out = "";
let err = "";

beforeAll(async () => {
  const test = await useTestDatabase();
  db = test.db;
  config = {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: test.url,
    dataDir: dir,
    pgPort: 0,
    secret: randomBytes(32).toString("base64"),
    dataKey: randomBytes(32),
    trustProxy: false,
    logLevel: "silent",
    production: false,
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const unitCount = async () =>
  (
    await db
      .selectFrom("org_unit")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("coso import units", () => {
  it("imports a CSV and prints progress and a summary", async () => {
    const path = file(
      "units.csv",
      "code,name,kind,parent_code\n98001-T01,Đông,Thôn,98001\n98001,Thanh Bình,Xã,98\n98,Sông Hồng,Tỉnh,\n",
    );
    expect(await runImportUnits(config, path)).toBe(0);
    expect(out).toMatch(
      /^Đã nhập 3 đơn vị \(1 tỉnh, 1 xã, 1 thôn\); 0 đơn vị đã có sẵn, giữ nguyên \(\d+ ms\)\.\n$/,
    );
    expect(err).toBe("\r  đã xử lý 0/3…\r  đã xử lý 1/3…\r  đã xử lý 2/3…\r  đã xử lý 3/3…\n");
  });

  it("puts rows under --parent", async () => {
    const path = file("thon.csv", "code,name,kind\n98001-T02,Tây,village\n");
    expect(await runImportUnits(config, path, "98001")).toBe(0);
    expect(out).toMatch(/^Đã nhập 1 đơn vị \(1 thôn\); 0 đơn vị đã có sẵn/);
  });

  it("lists bad CSV rows by line, exits 3 and writes nothing", async () => {
    const before = await unitCount();
    const path = file(
      "bad.csv",
      "code,name,kind,parent_code\n98001-T03,Nam,village,98001\n98-T04,Bắc,village,98\n",
    );
    expect(await runImportUnits(config, path)).toBe(3);
    expect(err).toBe(
      "\nTệp có 1 dòng lỗi (1 lỗi); không dòng nào được nhập.\n  dòng 3: Thôn không thể trực thuộc tỉnh. (cấp trên 98)\nKhông nhập dòng nào.\n",
    );
    expect(out).toBe("");
    expect(await unitCount()).toBe(before);
  });

  it("lists bad JSON items by locator", async () => {
    const path = file(
      "bad.json",
      JSON.stringify([
        {
          Code: "97",
          Name: "Thử",
          AdministrativeUnitShortName: "Tỉnh",
          Wards: [{ Code: "971", Name: "A", AdministrativeUnitShortName: "Xã" }],
        },
      ]),
    );
    expect(await runImportUnits(config, path)).toBe(3);
    expect(err).toContain(
      "  mục [0].Wards[0]: Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004). (đang là “971”)\n",
    );
    expect(err.endsWith("Không nhập dòng nào.\n")).toBe(true);
  });

  it("exits 2 for a missing, unsupported or unreadable file, or an unknown --parent", async () => {
    expect(await runImportUnits(config, join(dir, "none.csv"))).toBe(2);
    expect(err).toBe(`Không đọc được tệp ${join(dir, "none.csv")}: không có tệp này.\n`);
    err = "";
    expect(await runImportUnits(config, file("units.xlsx", "PK"))).toBe(2);
    expect(err).toBe("Không nhận tệp .xlsx: tệp đơn vị phải là JSON hoặc CSV (UTF-8).\n");
    err = "";
    expect(await runImportUnits(config, file("broken.json", "[{"))).toBe(2);
    expect(err).toMatch(/^Tệp JSON không hợp lệ: /);
    err = "";
    expect(
      await runImportUnits(config, file("thon2.csv", "code,name,kind\nX-1,A,village\n"), "97999"),
    ).toBe(2);
    expect(err).toBe("\nKhông có đơn vị cấp trên mang mã 97999.\nKhông nhập dòng nào.\n");
  });
});

describe("coso import households", () => {
  it("imports an XLSX register", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Sổ hộ");
    sheet.addRow([
      "Mã thôn",
      "Mã hộ",
      "Địa chỉ",
      "Họ tên",
      "Ngày sinh",
      "Giới tính",
      "Số CCCD",
      "Quan hệ",
      "Chủ hộ",
    ]);
    sheet.addRow([
      "98001-T01",
      "H1",
      "Số 1",
      "Nguyễn Văn An",
      "15/03/1980",
      "Nam",
      "099080000001",
      "Chủ hộ",
      "x",
    ]);
    sheet.addRow([
      "98001-T01",
      "H1",
      null,
      "Lê Thị Cúc",
      new Date(Date.UTC(1982, 1, 1)),
      "Nữ",
      null,
      "Vợ",
      null,
    ]);
    sheet.addRow(["98001-T02", "H1", "Số 5", "Trần Văn Bảo", null, null, null, "Chủ hộ", "có"]);
    const path = file("ho.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await runImportHouseholds(config, path)).toBe(0);
    expect(out).toMatch(
      /^Đã nhập 2 hộ gia đình, 3 nhân khẩu vào 2 thôn, tổ dân phố \(\d+ ms\)\.\n$/,
    );
    expect(err).toBe("\r  đã xử lý 2/2…\n");
  });

  it("lists bad rows by line and exits 3", async () => {
    const path = file(
      "ho.csv",
      "ma_thon,ma_ho,dia_chi,ho_ten,quan_he,chu_ho\n98001-T01,H2,Số 2,An,Chủ hộ,x\n98001-T01,H2,Số 2,Bình,Vợ,x\n",
    );
    expect(await runImportHouseholds(config, path)).toBe(3);
    expect(err).toBe(
      "\nTệp có 1 dòng lỗi (1 lỗi); không dòng nào được nhập.\n  dòng 3: Hộ H2 đã có chủ hộ ở dòng 2; mỗi hộ chỉ có một chủ hộ (người đại diện).\nKhông nhập dòng nào.\n",
    );
  });

  it("exits 2 for an old .xls or a CSV that is not UTF-8", async () => {
    expect(await runImportHouseholds(config, file("ho.xls", "x"))).toBe(2);
    expect(err).toBe(
      "Không nhận tệp .xls (Excel 97–2003): hãy lưu lại dạng .xlsx hoặc CSV UTF-8.\n",
    );
    err = "";
    expect(
      await runImportHouseholds(config, file("ho1258.csv", Buffer.from([0x4d, 0xe3, 0x0a]))),
    ).toBe(2);
    expect(err).toBe(
      "Tệp không phải văn bản mã UTF-8. Trong Excel, hãy lưu lại với dạng “CSV UTF-8 (Comma delimited)”.\n",
    );
  });
});
