import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let enterprise: UnitRow;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 0);
  enterprise = await db.transaction().execute((tx) =>
    createUnit(tx, systemContext(), tree.commune.id, {
      code: `${tree.commune.code}-CTY`,
      name: "Công ty Thử",
      kind: "enterprise",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
  await makeAccount(db, enterprise, "quantri.cty", "unit_admin");
});

const workers = async () =>
  (
    await db
      .selectFrom("people_affiliation")
      .select("kind")
      .where("unit_id", "=", enterprise.id)
      .execute()
  ).length;

describe("workforce list of an enterprise (S and W, law.md §7)", () => {
  it("refuses an impossible date or an unknown kind with the form's messages; nothing written", async () => {
    const client = new TestClient(app);
    await client.signIn("quantri.cty", TEST_PASSWORD);
    await client.get(`/quan-tri/${enterprise.code}/lao-dong`);
    let res = await client.post(`/quan-tri/${enterprise.code}/lao-dong`, {
      kind: "worker",
      fullName: "Lê Thị Ba",
      validFrom: "2026-02-30",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain("Ngày bắt đầu không phải là ngày có thật.");
    res = await client.post(`/quan-tri/${enterprise.code}/lao-dong`, {
      kind: "boss",
      fullName: "Lê Thị Ba",
      validFrom: "2026-02-01",
    });
    expect(res.status).toBe(400);
    expect(client.lastBody).toContain(
      "Chọn loại: cán bộ, công chức, viên chức hoặc người lao động.",
    );
    expect(await workers()).toBe(0);
  });

  it("adds a worker with a valid form", async () => {
    const client = new TestClient(app);
    await client.signIn("quantri.cty", TEST_PASSWORD);
    await client.get(`/quan-tri/${enterprise.code}/lao-dong`);
    const res = await client.post(`/quan-tri/${enterprise.code}/lao-dong`, {
      kind: "worker",
      fullName: "Lê Thị Ba",
      validFrom: "2026-02-01",
    });
    expect(res.status).toBe(303);
    expect(await workers()).toBe(1);
  });
});
