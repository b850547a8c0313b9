import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../core/authz/index.ts";
import { type RequestContext, systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { AppError, ImportError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { parseUnitsCsv, parseUnitsJson, type UnitImportRow } from "../import/parse-units.ts";
import { type ImportUnitsOptions, importUnits } from "./import-units.ts";

const NATIONAL = fileURLToPath(
  new URL("../../../../../shared/data/vn-admin-units/vn-units-2026-07-25.json", import.meta.url),
);
const haveNational = existsSync(NATIONAL);

let db: Db;
const cli = systemContext("cli");

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const run = (rows: UnitImportRow[], opts: ImportUnitsOptions = {}, ctx: RequestContext = cli) =>
  db.transaction().execute((tx) => importUnits(tx, ctx, rows, opts));
const csv = (...lines: string[]) => parseUnitsCsv(lines.join("\n"));

async function counts() {
  const units = await db
    .selectFrom("org_unit")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom("audit_event")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return { units: units.n, events: events.n };
}

async function rowErrors(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return (err as ImportError).rows;
}

const unit = (code: string) =>
  db
    .selectFrom("org_unit")
    .select(["id", "code", "name", "full_name", "kind", "local_kind_name", "parent_id", "path"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();

describe("importUnits: the national list (34 provinces, 3,321 communes)", () => {
  it.skipIf(!haveNational)(
    "imports the whole file in one go, by kind, then finds it all unchanged (skipped when ../shared/data/vn-admin-units is absent)",
    async () => {
      const data = JSON.parse(readFileSync(NATIONAL, "utf8")) as {
        AdministrativeUnitShortName: string;
        Wards: { AdministrativeUnitShortName: string }[];
      }[];
      const wards = data.flatMap((p) => p.Wards);
      const count = (list: { AdministrativeUnitShortName: string }[], short: string) =>
        list.filter((x) => x.AdministrativeUnitShortName === short).length;
      const expected = {
        central_city: count(data, "Thành phố"),
        province: count(data, "Tỉnh"),
        commune: count(wards, "Xã"),
        ward: count(wards, "Phường"),
        special_zone: count(wards, "Đặc khu"),
      };
      // The README's figures, so a changed data file is noticed rather than silently followed.
      expect(expected).toEqual({
        central_city: 7,
        province: 27,
        commune: 2611,
        ward: 697,
        special_zone: 13,
      });

      const rows = parseUnitsJson(readFileSync(NATIONAL, "utf8"));
      expect(rows).toHaveLength(3355);
      const before = await counts();
      const progress: number[] = [];
      const started = performance.now();
      const result = await db.transaction().execute((tx) =>
        importUnits(tx, cli, rows, { fileName: "vn-units-2026-07-25.json" }, (done, total) => {
          expect(total).toBe(3355);
          progress.push(done);
        }),
      );
      const ms = Math.round(performance.now() - started);
      console.info(`import of 34 provinces + 3,321 communes: ${ms} ms`);
      expect(ms).toBeLessThan(10_000);
      expect(result).toEqual({ created: 3355, unchanged: 0, byKind: expected });
      expect(progress.at(-1)).toBe(3355);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);

      const byKind = await db
        .selectFrom("org_unit")
        .select(["kind", sql<number>`count(*)::int`.as("n")])
        .groupBy("kind")
        .execute();
      expect(Object.fromEntries(byKind.map((r) => [r.kind, r.n]))).toEqual(expected);
      const baDinh = await unit("00004");
      const hanoi = await unit("01");
      expect(baDinh).toMatchObject({
        name: "Ba Đình",
        full_name: "Phường Ba Đình",
        kind: "ward",
        parent_id: hanoi.id,
      });
      expect(baDinh.path).toBe(`${hanoi.path}.${baDinh.id}`);
      expect(hanoi).toMatchObject({
        full_name: "Thành phố Hà Nội",
        kind: "central_city",
        parent_id: null,
      });

      const events = await db
        .selectFrom("audit_event")
        .select(["action", "unit_id", "summary"])
        .where("action", "=", "org.units.imported")
        .execute();
      expect(events).toEqual([
        {
          action: "org.units.imported",
          unit_id: null,
          summary: {
            file: "vn-units-2026-07-25.json",
            parentCode: null,
            created: 3355,
            unchanged: 0,
            byKind: expected,
          },
        },
      ]);
      expect(await counts()).toEqual({ units: before.units + 3355, events: before.events + 1 });

      // Again: everything is already there and identical; nothing is written, not even an event.
      const again = await run(parseUnitsJson(readFileSync(NATIONAL, "utf8")));
      expect(again).toEqual({ created: 0, unchanged: 3355, byKind: {} });
      expect(await counts()).toEqual({ units: before.units + 3355, events: before.events + 1 });
    },
  );
});

describe("importUnits: CSV", () => {
  it("imports a province, its communes and villages listed before their parents", async () => {
    const result = await run(
      csv(
        "code,name,kind,parent_code,local_kind_name",
        "98001-T01,Đông,village,98001,",
        "98001-B02,Nà Cà,Bản,98001,",
        "98002-TDP1,số 1,Tổ dân phố,98002,",
        "98001,Thanh Bình,Xã,98,",
        "98002,Hòa An,ward,98,",
        "98,Sông Hồng,Tỉnh,,",
      ),
      { fileName: "98.csv" },
    );
    expect(result).toEqual({
      created: 6,
      unchanged: 0,
      byKind: { province: 1, commune: 1, ward: 1, village: 2, residential_group: 1 },
    });
    const [province, commune, village, ban, group] = await Promise.all(
      ["98", "98001", "98001-T01", "98001-B02", "98002-TDP1"].map(unit),
    );
    expect(province).toMatchObject({
      full_name: "Tỉnh Sông Hồng",
      parent_id: null,
      path: String(province!.id),
    });
    expect(commune).toMatchObject({ full_name: "Xã Thanh Bình", parent_id: province!.id });
    expect(village).toMatchObject({
      full_name: "Thôn Đông",
      kind: "village",
      local_kind_name: null,
    });
    expect(village!.path).toBe(`${province!.id}.${commune!.id}.${village!.id}`);
    expect(ban).toMatchObject({ full_name: "Bản Nà Cà", kind: "village", local_kind_name: "Bản" });
    expect(group).toMatchObject({ full_name: "Tổ dân phố số 1", kind: "residential_group" });
  });

  it("puts rows without a parent under --parent, and skips identical units", async () => {
    const result = await run(
      csv(
        "code,name,kind,parent_code",
        "98001-T01,Đông,village,", // already there, identical
        "98001-T05,Tân Lập,Ấp,",
        "98001-T06,Bắc,village,",
      ),
      { parentCode: "98001", fileName: "thon.csv" },
    );
    expect(result).toEqual({ created: 2, unchanged: 1, byKind: { village: 2 } });
    const commune = await unit("98001");
    expect(await unit("98001-T05")).toMatchObject({
      parent_id: commune.id,
      full_name: "Ấp Tân Lập",
    });
    const event = await db
      .selectFrom("audit_event")
      .select(["unit_id", "subject_id", "summary"])
      .where("action", "=", "org.units.imported")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      unit_id: commune.id,
      subject_id: String(commune.id),
      summary: {
        file: "thon.csv",
        parentCode: "98001",
        created: 2,
        unchanged: 1,
        byKind: { village: 2 },
      },
    });
  });

  it("reports every bad row with its line and writes nothing", async () => {
    const before = await counts();
    const errors = await rowErrors(
      run(
        csv(
          "code,name,kind,parent_code",
          "98001-T07,Hợp lệ,village,98001",
          "9800X,Sai mã,Xã,98",
          "98001-T08,Mồ côi,village,97999",
          "98001-T07,Trùng,village,98001",
          `98001-T09,${"A".repeat(201)},village,98001`,
          "98001-T10,Loại lạ,huyện,98001",
          "98-T11,Thôn dưới tỉnh,village,98",
          "98001-T01,Đổi tên,village,98001",
          "98001-T12,,village,98001",
          "00001,Xã không tỉnh,commune,",
        ),
      ),
    );
    expect(errors).toEqual([
      {
        line: 3,
        message: "Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004). (đang là “9800X”)",
      },
      {
        line: 4,
        message:
          "Không tìm thấy đơn vị cấp trên mã 97999 (không có trong tệp, cũng không có trong cơ sở dữ liệu).",
      },
      { line: 5, message: "Mã đơn vị 98001-T07 trùng với dòng 2." },
      { line: 6, message: "Tên đơn vị dài 201 ký tự; tối đa 200." },
      {
        line: 7,
        message:
          "Loại đơn vị “huyện” không hợp lệ. Dùng một loại như province, commune, ward, village, residential_group hoặc Tỉnh, Xã, Phường, Thôn, Tổ dân phố.",
      },
      { line: 8, message: "Thôn không thể trực thuộc tỉnh. (cấp trên 98)" },
      { line: 9, message: "Mã đơn vị 98001-T01 đã có trong cơ sở dữ liệu với tên “Đông”." },
      { line: 10, message: "Tên đơn vị là bắt buộc." },
      { line: 11, message: "Xã phải thuộc một đơn vị cấp trên." },
    ]);
    expect(await counts()).toEqual(before);
    expect(
      await db.selectFrom("org_unit").select("id").where("code", "=", "98001-T07").execute(),
    ).toEqual([]);
  });

  it("reports wrong types and placements in the JSON shape by item", async () => {
    const before = await counts();
    const rows = parseUnitsJson(
      JSON.stringify([
        {
          Code: 97,
          Name: "Tỉnh số",
          AdministrativeUnitShortName: "Tỉnh",
          Wards: [
            { Code: "97001", Name: "A", ProvinceCode: 97, AdministrativeUnitShortName: "Xã" },
          ],
        },
        {
          Code: "94",
          Name: "Tỉnh mới",
          AdministrativeUnitShortName: "Tỉnh",
          Wards: [
            { Code: "95", Name: "B", AdministrativeUnitShortName: "Tỉnh" },
            { Code: "9401", Name: "C", AdministrativeUnitShortName: "Xã" },
          ],
        },
      ]),
    );
    const errors = await rowErrors(run(rows));
    expect(errors).toEqual([
      {
        line: 1,
        at: "[0]",
        message: 'Code phải là chuỗi ký tự (ví dụ "01"), không phải số: số 0 ở đầu mã sẽ bị mất.',
      },
      {
        line: 2,
        at: "[0].Wards[0]",
        message:
          'ProvinceCode phải là chuỗi ký tự (ví dụ "01"), không phải số: số 0 ở đầu mã sẽ bị mất.',
      },
      {
        line: 4,
        at: "[1].Wards[0]",
        message: "Tỉnh là cấp cao nhất, không có đơn vị cấp trên. (cấp trên 94)",
      },
      {
        line: 5,
        at: "[1].Wards[1]",
        message: "Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004). (đang là “9401”)",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a loop of agencies that are each other's parent", async () => {
    const errors = await rowErrors(
      run(
        csv(
          "code,name,kind,parent_code",
          "CQ-A,Sở A,state_agency,CQ-B",
          "CQ-B,Sở B,state_agency,CQ-A",
        ),
      ),
    );
    expect(errors).toEqual([
      {
        line: 2,
        message:
          "Chuỗi đơn vị cấp trên của mã CQ-A quay vòng trong tệp, không tới được đơn vị gốc.",
      },
      {
        line: 3,
        message:
          "Chuỗi đơn vị cấp trên của mã CQ-B quay vòng trong tệp, không tới được đơn vị gốc.",
      },
    ]);
  });

  it("refuses an unknown --parent before reading the rows", async () => {
    const err = await run(csv("code,name,kind", "X-1,Đông,village"), { parentCode: "97999" }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err).not.toBeInstanceOf(ImportError);
    expect((err as AppError).message).toBe("Không có đơn vị cấp trên mang mã 97999.");
  });

  it("lets a commune's administrator import villages there, but not elsewhere or at the top", async () => {
    const commune = await unit("98001");
    const actor: Actor = {
      kind: "account",
      accountId: 1,
      personId: null,
      grants: [{ unitId: commune.id, path: commune.path, role: "unit_admin" }],
    };
    const ctx: RequestContext = { actor, ip: null, requestId: null };
    const villages = csv("code,name,kind,parent_code", "98001-T20,Nam,village,98001");
    expect(await run(villages, {}, ctx)).toEqual({
      created: 1,
      unchanged: 0,
      byKind: { village: 1 },
    });
    const before = await counts();
    const elsewhere = run(
      csv("code,name,kind,parent_code", "98002-TDP9,số 9,residential_group,98002"),
      {},
      ctx,
    );
    await expect(elsewhere).rejects.toMatchObject({ code: "forbidden" });
    const top = run(csv("code,name,kind,parent_code", "95,Tỉnh khác,province,"), {}, ctx);
    await expect(top).rejects.toMatchObject({ code: "forbidden" });
    expect(await counts()).toEqual(before);
  });
});
