import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../core/authz/index.ts";
import { type RequestContext, systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { ImportError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { parseHouseholdsCsv } from "../import/parse-households.ts";
import { openIdNumber, type PrivacyKeys } from "../privacy.ts";
import { importHouseholds } from "./import-households.ts";

const HEADER = "ma_thon,ma_ho,dia_chi,ho_ten,ngay_sinh,gioi_tinh,so_cccd,quan_he,chu_ho";
const keys: PrivacyKeys = { dataKey: randomBytes(32), secret: randomBytes(32).toString("base64") };
const cli = systemContext("cli");
let db: Db;
const units = new Map<string, UnitRow>();

/** A well-formed CCCD: birth-place 099, the century/sex digit and the year match. */
const cccd = (serial: number, year: number, sex: "male" | "female") =>
  `099${(year >= 2000 ? 2 : 0) + (sex === "female" ? 1 : 0)}${String(year % 100).padStart(2, "0")}${String(serial).padStart(6, "0")}`;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await db.transaction().execute(async (tx) => {
    const add = async (
      code: string,
      name: string,
      kind: UnitRow["kind"],
      parent: string | null,
    ) => {
      const row = await createUnit(tx, cli, parent ? units.get(parent)!.id : null, {
        code,
        name,
        kind,
        fullName: null,
        nameEn: null,
        localKindName: null,
        address: null,
      });
      units.set(code, row);
    };
    await add("98", "Sông Hồng", "province", null);
    await add("98001", "Thanh Bình", "commune", "98");
    await add("98001-T01", "Đông", "village", "98001");
    await add("98001-T02", "Tây", "village", "98001");
    await add("98001-TDP1", "số 1", "residential_group", "98001");
  });
});

const run = (
  lines: string[],
  ctx: RequestContext = cli,
  onProgress?: (d: number, t: number) => void,
) =>
  db
    .transaction()
    .execute((tx) =>
      importHouseholds(
        tx,
        ctx,
        keys,
        parseHouseholdsCsv([HEADER, ...lines].join("\n")),
        { validFrom: "2026-01-05" },
        onProgress,
      ),
    );

async function counts() {
  const n = async (
    table:
      | "people_household"
      | "people_person"
      | "people_household_member"
      | "audit_event"
      | "people_data_access",
  ) =>
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow()
    ).n;
  return {
    households: await n("people_household"),
    persons: await n("people_person"),
    members: await n("people_household_member"),
    events: await n("audit_event"),
    accessLog: await n("people_data_access"),
  };
}

describe("importHouseholds", () => {
  it("registers the households of a file with their members, audit events and processing log", async () => {
    const before = await counts();
    const result = await run([
      `98001-T01,H001,"Số 1, thôn Đông",Nguyễn Văn An,15/03/1980,Nam,${cccd(1, 1980, "male")},Chủ hộ,x`,
      `98001-TDP1,H001,Số 2 tổ 1,Trần Thị Bình,1985-06-05,Nữ,"${cccd(2, 1985, "female").replace(/(\d{3})(\d{3})/, "$1 $2")}",Chủ hộ,1`,
      `98001-T01,H001,,Lê Thị Cúc,01/02/1982,Nữ,${cccd(3, 1982, "female")},Vợ,`,
      "98001-T01,H001,,Nguyễn Văn Dũng,2010-09-09,Nam,,Con,",
    ]);
    expect(result).toEqual({ households: 2, persons: 4, villages: 2 });
    const after = await counts();
    expect(after).toEqual({
      households: before.households + 2,
      persons: before.persons + 4,
      members: before.members + 4,
      events: before.events + 2,
      accessLog: before.accessLog + 4,
    });

    const rows = await db
      .selectFrom("people_household_member as m")
      .innerJoin("people_household as h", "h.id", "m.household_id")
      .innerJoin("people_person as p", "p.id", "m.person_id")
      .innerJoin("org_unit as u", "u.id", "h.unit_id")
      .select([
        "u.code as village",
        "h.code",
        "h.address",
        "h.valid_from",
        "p.full_name",
        "p.birth_date",
        "p.sex",
        "m.relation",
        "m.is_representative",
        "p.id_number_enc",
      ])
      .orderBy("m.id")
      .execute();
    expect(
      rows.map(({ id_number_enc, ...r }) => ({
        ...r,
        id: id_number_enc && openIdNumber(keys, id_number_enc),
      })),
    ).toEqual([
      {
        village: "98001-T01",
        code: "H001",
        address: "Số 1, thôn Đông",
        valid_from: "2026-01-05",
        full_name: "Nguyễn Văn An",
        birth_date: "1980-03-15",
        sex: "male",
        relation: "Chủ hộ",
        is_representative: true,
        id: cccd(1, 1980, "male"),
      },
      {
        village: "98001-T01",
        code: "H001",
        address: "Số 1, thôn Đông",
        valid_from: "2026-01-05",
        full_name: "Lê Thị Cúc",
        birth_date: "1982-02-01",
        sex: "female",
        relation: "Vợ",
        is_representative: false,
        id: cccd(3, 1982, "female"),
      },
      {
        village: "98001-T01",
        code: "H001",
        address: "Số 1, thôn Đông",
        valid_from: "2026-01-05",
        full_name: "Nguyễn Văn Dũng",
        birth_date: "2010-09-09",
        sex: "male",
        relation: "Con",
        is_representative: false,
        id: null,
      },
      {
        village: "98001-TDP1",
        code: "H001",
        address: "Số 2 tổ 1",
        valid_from: "2026-01-05",
        full_name: "Trần Thị Bình",
        birth_date: "1985-06-05",
        sex: "female",
        relation: "Chủ hộ",
        is_representative: true,
        id: cccd(2, 1985, "female"),
      },
    ]);
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "unit_id"])
      .orderBy("id", "desc")
      .limit(2)
      .execute();
    expect(events).toEqual([
      { action: "people.household.created", unit_id: units.get("98001-TDP1")!.id },
      { action: "people.household.created", unit_id: units.get("98001-T01")!.id },
    ]);
  });

  it("reports every bad row with its line and writes nothing", async () => {
    const before = await counts();
    const long = "Nguyễn ".repeat(20).trim(); // 139 characters
    const err = await run([
      /* 2 */ `98001-T02,H010,Số 10,Phạm Văn Em,1990-01-01,Nam,${cccd(10, 1990, "male")},Chủ hộ,x`,
      /* 3 */ `98001-T02,H010,Số 10,Phạm Thị Gấm,1991-01-01,Nữ,${cccd(10, 1990, "male")},Vợ,x`,
      /* 4 */ `98001-T02,H011,Số 11,Hồ Văn Hải,1970-01-01,Nam,${cccd(1, 1980, "male")},Chủ hộ,x`,
      /* 5 */ `98001-T02,H012,Số 12,Đinh Văn Ích,1975-05-05,Nam,09907500001,Chủ hộ,x`,
      /* 6 */ `98001-T02,H013,Số 13,Vũ Văn Khoa,1975-05-05,Nam,${cccd(13, 1976, "male")},Chủ hộ,x`,
      /* 7 */ `98001-T02,H014,Số 14,${long},,,,Chủ hộ,x`,
      /* 8 */ "98001-T02,H015,Số 15,Bùi Văn Lâm,,,,,x",
      /* 9 */ "98001-T02,H016,Số 16,Bùi Văn Minh,,,,Chủ hộ,",
      /* 10 */ "98001-T99,H017,Số 17,Ngô Văn Nam,,,,Chủ hộ,x",
      /* 11 */ "98001,H018,Số 18,Ngô Văn Oanh,,,,Chủ hộ,x",
      /* 12 */ "98001-T01,H001,Số 1,Lý Văn Phúc,,,,Chủ hộ,x",
      /* 13 */ "98001-T02,H019,Số 19,Cầm Thị Quyên,2999-01-01,Nữ,,Chủ hộ,x",
      /* 14 */ "98001-T02,H020,Số 20,Lò Văn Sơn,,khác,,Chủ hộ,x",
      /* 15 */ "98001-T02,H 21,Số 21,Hà Văn Tài,,,,Chủ hộ,x",
      /* 16 */ "98001-T02,H010,Số 99,Phạm Văn Út,,,,Con,",
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).rows).toEqual([
      {
        line: 3,
        message: "Số CCCD không khớp với năm sinh (chữ số thứ 4–6 mã hoá thế kỷ và năm sinh).",
      },
      {
        line: 3,
        message: "Hộ H010 đã có chủ hộ ở dòng 2; mỗi hộ chỉ có một chủ hộ (người đại diện).",
      },
      { line: 3, message: "Số CCCD trùng với dòng 2." },
      {
        line: 4,
        message: "Số CCCD không khớp với năm sinh (chữ số thứ 4–6 mã hoá thế kỷ và năm sinh).",
      },
      { line: 4, message: "Số CCCD đã có trong sổ: người này đã được đăng ký ở một hộ khác." },
      { line: 5, message: "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số." },
      {
        line: 6,
        message: "Số CCCD không khớp với năm sinh (chữ số thứ 4–6 mã hoá thế kỷ và năm sinh).",
      },
      { line: 7, message: "Họ và tên dài tối đa 120 ký tự." },
      { line: 8, message: "Quan hệ với chủ hộ là bắt buộc." },
      {
        line: 9,
        message:
          "Hộ H016 chưa có chủ hộ (người đại diện): đánh dấu cột chu_ho ở đúng một thành viên.",
      },
      { line: 10, message: "Không có thôn, tổ dân phố mang mã 98001-T99." },
      { line: 11, message: "Mã 98001 là xã: hộ gia đình chỉ đăng ký ở thôn hoặc tổ dân phố." },
      { line: 12, message: "Hộ mã H001 đã có trong sổ của 98001-T01." },
      { line: 13, message: "Ngày sinh không được ở tương lai." },
      { line: 14, message: "Giới tính “khác” không hợp lệ: ghi Nam hoặc Nữ." },
      { line: 15, message: "Mã hộ chỉ gồm chữ không dấu, chữ số và . _ / -" },
      { line: 16, message: "Địa chỉ khác với dòng 2 của cùng hộ H010." },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports 600 households in a few seconds, reporting progress every 100", async () => {
    const lines: string[] = [];
    let serial = 1000;
    for (let h = 1; h <= 600; h++) {
      const village = ["98001-T01", "98001-T02", "98001-TDP1"][h % 3]!;
      const code = `B${String(h).padStart(4, "0")}`;
      lines.push(
        `${village},${code},Số ${h},Chủ Hộ ${h},1970-01-01,Nam,${cccd(++serial, 1970, "male")},Chủ hộ,x`,
      );
      lines.push(`${village},${code},,Vợ ${h},1972-02-02,Nữ,${cccd(++serial, 1972, "female")},Vợ,`);
      lines.push(
        `${village},${code},,Con ${h},2005-03-03,Nam,${cccd(++serial, 2005, "male")},Con,`,
      );
    }
    const before = await counts();
    const progress: [number, number][] = [];
    const started = performance.now();
    const result = await run(lines, cli, (done, total) => progress.push([done, total]));
    const ms = Math.round(performance.now() - started);
    console.info(`import of 600 households (1,800 persons): ${ms} ms`);
    // About 3 s alone on 2 cores (each household goes through createHousehold: ~10 queries with
    // its audit event), about 7 s while the whole suite runs beside it. The bound catches work
    // per member or per pair of rows, not scheduling noise.
    expect(ms).toBeLessThan(12_000);
    expect(result).toEqual({ households: 600, persons: 1800, villages: 3 });
    expect(progress).toEqual([100, 200, 300, 400, 500, 600].map((n) => [n, 600]));
    expect(await counts()).toMatchObject({
      households: before.households + 600,
      persons: before.persons + 1800,
    });
  });

  it("refuses a village head importing into another village", async () => {
    const t01 = units.get("98001-T01")!;
    const actor: Actor = {
      kind: "account",
      accountId: 9,
      personId: null,
      grants: [{ unitId: t01.id, path: t01.path, role: "village_head" }],
    };
    const ctx: RequestContext = { actor, ip: null, requestId: null };
    const before = await counts();
    await expect(
      run(["98001-T02,H900,Số 900,Mai Văn Vinh,,,,Chủ hộ,x"], ctx),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await counts()).toEqual(before);
    expect(await run(["98001-T01,H900,Số 900,Mai Văn Vinh,,,,Chủ hộ,x"], ctx)).toEqual({
      households: 1,
      persons: 1,
      villages: 1,
    });
  });
});
