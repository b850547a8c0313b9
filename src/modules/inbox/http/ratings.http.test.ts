import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";

// R48 over HTTP: anyone rates a service or an official; the head of the commune and the upper
// level see the results per service and per official (integer means); an official does not.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let commune: UnitRow;
let province: UnitRow;

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 1);
  commune = tree.commune;
  province = tree.province;
  await makeAccount(db, commune, "dg.chutich", "unit_admin");
  await makeAccount(db, commune, "dg.congchuc", "official");
  await makeAccount(db, province, "dg.tinh", "oversight");
  await makeAccount(db, commune, "dg.dan");
});

async function as(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

describe("R48 ratings of services and officials", () => {
  it("anyone rates; bad input is refused in Vietnamese; the head and the upper level see the tallies", async () => {
    const resident = new TestClient(app);
    await resident.get(`/u/${commune.code}/danh-gia`);
    const rate = (form: Record<string, string>) =>
      resident.post(`/u/${commune.code}/danh-gia`, form);
    expect(
      (await rate({ subject: "service", service: "Chứng thực bản sao", level: "5" })).status,
    ).toBe(303);
    expect(
      (await rate({ subject: "service", service: "Chứng thực bản sao", level: "4" })).status,
    ).toBe(303);
    expect(
      (
        await rate({
          subject: "official",
          service: "Đăng ký khai sinh",
          officialName: "Chị Hằng tư pháp",
          level: "2",
        })
      ).status,
    ).toBe(303);
    const noLevel = await rate({ subject: "service", service: "Chứng thực bản sao", level: "7" });
    expect(noLevel.status).toBe(400);
    expect(resident.lastBody).toContain("R48");
    const noName = await rate({ subject: "official", service: "Đăng ký khai sinh", level: "3" });
    expect(noName.status).toBe(400);
    expect(resident.lastBody).toContain("Ghi họ tên cán bộ");
    const rows = await db
      .selectFrom("inbox_rating")
      .select(["subject", "level"])
      .where("unit_id", "=", commune.id)
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { subject: "service", level: 5 },
      { subject: "service", level: 4 },
      { subject: "official", level: 2 },
    ]);
    const results = `/quan-tri/${commune.code}/phan-anh/danh-gia`;
    expect((await (await as("dg.congchuc")).get(results)).status).toBe(403);
    // A plain resident, though signed in, sees no results; an anonymous visitor is sent to sign in.
    expect((await (await as("dg.dan")).get(results)).status).toBe(403);
    const anonymous = await new TestClient(app).get(results);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toContain("/dang-nhap?next=");
    // Each rating is audited, without the rater's words.
    const audited = await db
      .selectFrom("audit_event")
      .select(db.fn.countAll<number>().as("n"))
      .where("action", "=", "inbox.rating.recorded")
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(3);
    for (const who of ["dg.chutich", "dg.tinh"]) {
      const client = await as(who);
      const url = who === "dg.tinh" ? `/quan-tri/${province.code}/phan-anh/danh-gia` : results;
      expect((await client.get(url)).status).toBe(200);
      expect(client.lastBody).toContain(
        "Chứng thực bản sao</th><td>2</td><td>0</td><td>2</td><td>4,50 / 5; 100,0 % hài lòng (2 lượt đánh giá)",
      );
      expect(client.lastBody).toContain(
        "Chị Hằng tư pháp</th><td>1</td><td>1</td><td>0</td><td>2,00 / 5; 0,0 % hài lòng (1 lượt đánh giá)",
      );
    }
    expect((await new TestClient(app).get(`/u/${commune.code}-T1/danh-gia`)).status).toBe(404);
  });
});
