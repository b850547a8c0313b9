import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { countDescendantsByKind, descendantIds } from "../db/org.repo.ts";
import type { CreateUnitInput } from "../http/schemas.ts";
import { createUnit } from "./create-unit.ts";

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const input = (code: string, name: string, kind: CreateUnitInput["kind"]): CreateUnitInput => ({
  code,
  name,
  kind,
  fullName: null,
  nameEn: null,
  localKindName: null,
  address: null,
});
const create = (parentId: number | null, i: CreateUnitInput) =>
  db.transaction().execute((tx) => createUnit(tx, systemContext(), parentId, i));
const unitCount = async () =>
  Number(
    (
      await db
        .selectFrom("org_unit")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("units: hierarchy with a materialised path", () => {
  it("keeps the ltree path and answers 'everything under X' in one indexed query", async () => {
    const p = await create(null, input("98", "Tỉnh Thử", "province"));
    const c = await create(p.id, input("98001", "Xã Một", "commune"));
    const w = await create(p.id, input("98002", "Phường Hai", "ward"));
    const v = await create(c.id, input("98001-T1", "Thôn 1", "village"));
    await create(w.id, input("98002-TDP1", "Tổ 1", "residential_group"));
    expect(p.path).toBe(String(p.id));
    expect(v.path).toBe(`${p.id}.${c.id}.${v.id}`);
    expect((await descendantIds(db, c.path)).map((r) => r.id).sort()).toEqual([c.id, v.id].sort());
    expect(await countDescendantsByKind(db, p.path)).toEqual(
      expect.arrayContaining([
        { kind: "commune", n: 1 },
        { kind: "ward", n: 1 },
        { kind: "village", n: 1 },
        { kind: "residential_group", n: 1 },
      ]),
    );
    const plan = await sql<{
      "QUERY PLAN": string;
    }>`explain select id from org_unit where path <@ ${c.path}::ltree`.execute(db);
    expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/org_unit_path_gist|Seq Scan/);
  });

  it("writes its audit event in the same transaction", async () => {
    const u = await db
      .selectFrom("org_unit")
      .select("id")
      .where("code", "=", "98001")
      .executeTakeFirstOrThrow();
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "summary"])
      .where("subject_type", "=", "org_unit")
      .where("subject_id", "=", String(u.id))
      .execute();
    expect(events).toEqual([
      {
        action: "org.unit.created",
        summary: { code: "98001", name: "Xã Một", kind: "commune", parentCode: "98" },
      },
    ]);
  });

  it("refuses bad input with a Vietnamese message and writes nothing", async () => {
    const before = await unitCount();
    const p = await db
      .selectFrom("org_unit")
      .select("id")
      .where("code", "=", "98")
      .executeTakeFirstOrThrow();
    await expect(create(p.id, input("98001", "Trùng", "commune"))).rejects.toThrow(
      "Mã đơn vị 98001 đã được dùng.",
    );
    await expect(create(p.id, input("981", "Sai mã", "commune"))).rejects.toThrow(
      "Mã xã, phường, đặc khu phải gồm đúng 5 chữ số (ví dụ 00004).",
    );
    await expect(create(p.id, input("98-T9", "Thôn dưới tỉnh", "village"))).rejects.toThrow(
      "Thôn không thể trực thuộc tỉnh.",
    );
    await expect(create(999999, input("98009", "Không cha", "commune"))).rejects.toThrow(
      "Đơn vị cấp trên không tồn tại.",
    );
    await expect(create(null, input("98003", "Xã mồ côi", "commune"))).rejects.toThrow(
      "Xã phải thuộc một đơn vị cấp trên.",
    );
    expect(await unitCount()).toBe(before);
  });

  it("refuses a unit administrator creating outside their unit", async () => {
    const c = await db
      .selectFrom("org_unit")
      .select(["id", "path"])
      .where("code", "=", "98002")
      .executeTakeFirstOrThrow();
    const other = await db
      .selectFrom("org_unit")
      .select(["id"])
      .where("code", "=", "98001")
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        kind: "account" as const,
        accountId: 1,
        personId: 1,
        grants: [{ unitId: c.id, path: c.path, role: "unit_admin" as const }],
      },
      ip: null,
      requestId: null,
    };
    await expect(
      db
        .transaction()
        .execute((tx) => createUnit(tx, ctx, other.id, input("98001-T7", "Thôn 7", "village"))),
    ).rejects.toThrow("Bạn không có quyền thực hiện thao tác này.");
    const ok = await db
      .transaction()
      .execute((tx) => createUnit(tx, ctx, c.id, input("98002-TDP7", "Tổ 7", "residential_group")));
    expect(ok.code).toBe("98002-TDP7");
  });
});
