import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { makeAccount, TEST_PASSWORD } from "../../auth/testing/factories.ts";
import type { UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { recordVisit } from "../commands/record-visit.ts";
import { calendar, roleCtx } from "../testing/factories.ts";

// Citizen reception over HTTP (T38–T43): the schedule with the head's duty, its posting, the
// public schedule without visitors, the register numbered without gaps even when two officials
// write at once, the answer within 10 working days, and a visit turned into an inbox item.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let deps: Awaited<ReturnType<typeof useTestApp>>["deps"];
let commune: UnitRow;
let today: string;

beforeAll(async () => {
  ({ app, db, deps } = await useTestApp());
  commune = (await makeCommuneTree(db, 0)).commune;
  await makeAccount(db, commune, "tcd.congchuc", "official");
  await makeAccount(db, (await makeCommuneTree(db, 0)).commune, "tcd.xakhac", "official");
  today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
});

async function as(username: string) {
  const client = new TestClient(app);
  await client.signIn(username, TEST_PASSWORD);
  return client;
}

const VISITOR = { name: "Quách Thị Yến", address: "Thôn 3", idNumber: "001190012345" };

describe("citizen reception", () => {
  it("plans and posts a reception day; the public schedule shows it without any visitor", async () => {
    const base = `/quan-tri/${commune.code}/tiep-cong-dan`;
    expect((await new TestClient(app).get(base)).status).toBe(303);
    expect((await (await as("tcd.xakhac")).get(base)).status).toBe(403);
    const client = await as("tcd.congchuc");
    await client.get(base);
    expect(client.lastBody).toContain("Chủ tịch Ủy ban nhân dân cấp xã: ít nhất 1 ngày mỗi tuần");
    const bad = await client.post(`${base}/lich`, {
      head: "agency_head",
      headName: "X",
      heldOn: today,
      startsAt: "08:00",
      place: "Trụ sở",
    });
    expect(bad.status).toBe(400);
    const day = new Date(Date.now() + 7 * 3_600_000 + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await client.post(`${base}/lich`, {
          head: "commune_chair",
          headName: "Nguyễn Văn Chủ",
          heldOn: day,
          startsAt: "08:00",
          place: "Phòng tiếp công dân",
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await client.post(`${base}/lich`, {
          head: "commune_chair",
          headName: "Nguyễn Văn Chủ",
          heldOn: day,
          startsAt: "08:00",
          place: "Phòng tiếp công dân",
        })
      ).status,
    ).toBe(409);
    const session = await db
      .selectFrom("inbox_reception_session")
      .select("id")
      .where("unit_id", "=", commune.id)
      .executeTakeFirstOrThrow();
    expect((await new TestClient(app).get(`/u/${commune.code}/tiep-cong-dan`)).status).toBe(200);
    await client.get(base);
    expect(
      (
        await client.post(`${base}/niem-yet`, {
          [`s_${session.id}`]: "on",
          postedOn: today,
          p_hq: "on",
          p_reception_place: "on",
          p_website: "on",
        })
      ).status,
    ).toBe(303);
    // A fresh query string: anonymous pages are kept 5 s in the public cache.
    const pub = await new TestClient(app).get(`/u/${commune.code}/tiep-cong-dan?sau=1`);
    const html = await pub.text();
    expect(html).toContain("Nguyễn Văn Chủ");
    expect(html).toContain("Phòng tiếp công dân");
  });

  it("numbers the register without gaps under two simultaneous writes; answers and turns a visit into an item", async () => {
    const ctx = roleCtx(commune, "official", 9300);
    const visit = (matter: string) =>
      db.transaction().execute((tx) =>
        recordVisit({ tx, ctx, calendar, today }, deps.config.dataKey, commune, {
          visitedOn: today,
          sessionId: null,
          ...VISITOR,
          matter,
          priorHandling: "",
          request: "Đề nghị xem xét",
          handling: "Hướng dẫn viết đơn",
          nationalDbSynced: true,
        }),
      );
    const [a, b] = await Promise.all([
      visit("Tranh chấp lối đi chung"),
      visit("Tiền bồi thường chậm chi trả"),
    ]);
    expect([a.serial, b.serial].sort()).toEqual([1, 2]);
    const client = await as("tcd.congchuc");
    const missing = await client.post(`/quan-tri/${commune.code}/tiep-cong-dan/so`, {
      visitedOn: today,
      name: "A",
      address: "B",
      idNumber: "",
      matter: "x",
      request: "y",
      handling: "z",
    });
    expect(missing.status).toBe(400);
    expect(client.lastBody).toContain("T41");
    const page = `/quan-tri/${commune.code}/tiep-cong-dan/so/${a.id}`;
    await client.get(page);
    expect(client.lastBody).toContain("Quách Thị Yến");
    expect(
      (
        await client.post(`${page}/tra-loi`, {
          answeredOn: today,
          outcome: "maybe",
          answer: "Đã trả lời",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await client.post(`${page}/tra-loi`, {
          answeredOn: today,
          outcome: "accepted",
          answer: "Đã hướng dẫn và thụ lý.",
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await client.post(`${page}/tra-loi`, {
          answeredOn: today,
          outcome: "accepted",
          answer: "Lần nữa.",
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await client.post(`${page}/vu-viec`, {
          kind: "phan_anh",
          title: "Tranh chấp lối đi chung ở thôn 3",
        })
      ).status,
    ).toBe(303);
    const row = await db
      .selectFrom("inbox_reception_visit")
      .select(["item_id", "answered_on"])
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    expect(row.answered_on).toBe(today);
    const item = await db
      .selectFrom("inbox_item")
      .select(["channel", "details", "title"])
      .where("id", "=", row.item_id!)
      .executeTakeFirstOrThrow();
    expect(item.channel).toBe("desk");
    expect(item.details.source).toBe(`Sổ tiếp công dân số 1/${today.slice(0, 4)}`);
    const pub = await (await new TestClient(app).get(`/u/${commune.code}/tiep-cong-dan`)).text();
    expect(pub).not.toContain("Quách Thị Yến");
  });
});
