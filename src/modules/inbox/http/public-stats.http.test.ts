import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { TestClient, useTestApp } from "../../../core/testing/test-app.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import type { InboxItemTable } from "../db/tables.ts";
import { inboxStats } from "../queries/stats.ts";
import { insertItem } from "../testing/factories.ts";

// The figures page on known data: a province with its own item, commune A (one village holding
// two items, two items of its own, one of another year) and commune B. Every number is asserted.

let app: Awaited<ReturnType<typeof useTestApp>>["app"];
let db: Db;
let province: UnitRow;
let communeA: UnitRow;
let village1: UnitRow;
let village2: UnitRow;
let communeB: { id: number; code: string; path: string };

type ItemOverrides = Partial<
  Pick<
    InboxItemTable,
    "village_id" | "answered_on" | "due_on" | "rating" | "answer" | "publish" | "accepted_on"
  >
> & { answered_late?: boolean | null; status?: "received" | "accepted" | "answered" };

const item = (
  unitId: number,
  kind: "phan_anh" | "kien_nghi" | "khieu_nai" | "to_cao",
  receivedOn: string,
  o: ItemOverrides = {},
) => insertItem(db, unitId, receivedOn, { kind, ...o });

async function rating(unitId: number, level: number, ratedOn: string) {
  await db
    .insertInto("inbox_rating")
    .values({
      unit_id: unitId,
      subject: "service",
      service: "Chứng thực",
      level,
      rated_on: ratedOn,
    })
    .execute();
}

beforeAll(async () => {
  ({ app, db } = await useTestApp());
  const tree = await makeCommuneTree(db, 2);
  province = tree.province;
  communeA = tree.commune;
  [village1, village2] = tree.villages as [UnitRow, UnitRow];
  communeB = await db
    .transaction()
    .execute((tx) =>
      createUnit(tx, systemContext(), province.id, {
        code: `${province.code}999`,
        name: "Xã Thống Kê B",
        kind: "commune",
        fullName: null,
        nameEn: null,
        localKindName: null,
        address: null,
      }),
    )
    .then((u) =>
      db.selectFrom("org_unit").selectAll().where("id", "=", u.id).executeTakeFirstOrThrow(),
    );
  const A = communeA.id;
  // 1, 2: at village 1 — on time rated 5; late rated 2.
  await item(A, "phan_anh", "2025-03-10", {
    village_id: village1.id,
    answered_on: "2025-03-20",
    answered_late: false,
    rating: 5,
  });
  await item(A, "kien_nghi", "2025-03-15", {
    village_id: village1.id,
    answered_on: "2025-04-02",
    answered_late: true,
    rating: 2,
  });
  // 3: commune A's own complaint, open and overdue.
  await item(A, "khieu_nai", "2025-04-01", { due_on: "2025-05-01", accepted_on: "2025-04-03" });
  // 4: received in 2024, answered on time in 2025.
  await item(A, "phan_anh", "2024-12-20", { answered_on: "2025-01-05", answered_late: false });
  // 5: commune B, open, due far ahead; 6: answered on time, rated 4.
  await item(communeB.id, "to_cao", "2025-06-01", { due_on: "2099-01-01", status: "received" });
  await item(communeB.id, "phan_anh", "2025-06-02", {
    answered_on: "2025-06-03",
    answered_late: false,
    rating: 4,
  });
  // 7: another year entirely.
  await item(A, "phan_anh", "2026-01-05", { answered_on: "2026-01-06", answered_late: false });
  // 8: the province's own complaint, answered on time.
  await item(province.id, "khieu_nai", "2025-02-01", {
    answered_on: "2025-03-01",
    answered_late: false,
  });
  // R48 ratings: A 5, 4, 1 in 2025 and 3 in 2024; B 3 in 2025.
  await rating(A, 5, "2025-05-01");
  await rating(A, 4, "2025-07-01");
  await rating(A, 1, "2025-08-01");
  await rating(A, 3, "2024-08-01");
  await rating(communeB.id, 3, "2025-09-01");
});

/** A table row of the page as its cells' text ("6 | 5 | 4 (80 %)"), found by its first cell. */
function rowOf(html: string, label: string): string {
  for (const tr of html.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? []) {
    const cells = (tr.match(/<t[hd][^>]*>[\s\S]*?<\/t[hd]>/g) ?? []).map((c) =>
      c
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    );
    if (cells[0] === label) return cells.slice(1).join(" | ");
  }
  throw new Error(`no row ${label}`);
}

async function page(code: string, year = 2025) {
  const res = await new TestClient(app).get(`/u/${code}/phan-anh/thong-ke?nam=${year}`);
  expect(res.status).toBe(200);
  return res.text();
}

describe("inbox figures", () => {
  it("the province sums its communes and its own items, each commune linking down", async () => {
    const html = await page(province.code);
    expect(rowOf(html, `Tổng cộng (${province.name})`)).toBe(
      "6 | 5 | 4 (80 %) | 2 | 1 | 3,67/5 (3)",
    );
    expect(rowOf(html, `Trực tiếp tại ${province.name}`)).toBe("1 | 1 | 1 (100 %) | 0 | 0 | —");
    expect(rowOf(html, communeA.name)).toBe("3 | 3 | 2 (67 %) | 1 | 1 | 3,50/5 (2)");
    expect(rowOf(html, "Xã Thống Kê B")).toBe("2 | 1 | 1 (100 %) | 1 | 0 | 4,00/5 (1)");
    expect(html).toContain(`href="/u/${communeA.code}/phan-anh/thong-ke?nam=2025"`);
    // By kind, by month, and the R48 tally of every rating under the province.
    expect(rowOf(html, "Phản ánh")).toBe("2 | 3 | 3 (100 %) | 0 | 0");
    expect(rowOf(html, "Kiến nghị")).toBe("1 | 1 | 0 (0 %) | 0 | 0");
    expect(rowOf(html, "Khiếu nại")).toBe("2 | 1 | 1 (100 %) | 1 | 1");
    expect(rowOf(html, "Tố cáo")).toBe("1 | 0 | 0 (—) | 1 | 0");
    expect(rowOf(html, "Tháng 1")).toBe("0 | 1 | 1");
    expect(rowOf(html, "Tháng 2")).toBe("1 | 0 | 0");
    expect(rowOf(html, "Tháng 3")).toBe("2 | 2 | 2");
    expect(rowOf(html, "Tháng 4")).toBe("1 | 1 | 0");
    expect(rowOf(html, "Tháng 5")).toBe("0 | 0 | 0");
    expect(rowOf(html, "Tháng 6")).toBe("2 | 1 | 1");
    expect(html).toContain("3,25 / 5; 50,0 % hài lòng (4 lượt đánh giá)");
    expect(rowOf(html, "1 — Rất không hài lòng")).toBe("1");
  });

  it("a commune counts its villages' items at each village and its own apart", async () => {
    const html = await page(communeA.code);
    expect(rowOf(html, `Tổng cộng (${communeA.name})`)).toBe(
      "3 | 3 | 2 (67 %) | 1 | 1 | 3,50/5 (2)",
    );
    expect(rowOf(html, `Trực tiếp tại ${communeA.name}`)).toBe("1 | 1 | 1 (100 %) | 1 | 1 | —");
    expect(rowOf(html, village1.name)).toBe("2 | 2 | 1 (50 %) | 0 | 0 | 3,50/5 (2)");
    expect(rowOf(html, village2.name)).toBe("0 | 0 | 0 (—) | 0 | 0 | —");
    expect(html).toContain("3,33 / 5; 66,7 % hài lòng (3 lượt đánh giá)");
    const village = await page(village1.code);
    expect(rowOf(village, `Tổng cộng (${village1.name})`)).toBe(
      "2 | 2 | 1 (50 %) | 0 | 0 | 3,50/5 (2)",
    );
    const other = await page(communeA.code, 2026);
    expect(rowOf(other, `Tổng cộng (${communeA.name})`)).toBe("1 | 1 | 1 (100 %) | 1 | 1 | —");
  });

  it("inboxStats gives the same figures to other callers (reports)", async () => {
    const s = await inboxStats(db, province.path, 2025, "2026-11-22");
    expect(s.total).toMatchObject({
      received: 6,
      answered: 5,
      answeredOnTime: 4,
      open: 2,
      overdue: 1,
      ratings: 3,
      ratingSum: 11,
      meanRatingX100: 367,
    });
    expect(s.rows.map((r) => r.code)).toEqual([communeA.code, communeB.code]);
    expect(s.byMonth).toHaveLength(12);
    expect(s.ratingLevels).toEqual([1, 0, 1, 1, 1]);
  });

  it("an unknown unit is a 404 and a wrong year falls back to this year", async () => {
    expect((await new TestClient(app).get("/u/KHONGCO/phan-anh/thong-ke")).status).toBe(404);
    const res = await new TestClient(app).get(`/u/${communeA.code}/phan-anh/thong-ke?nam=abc`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`năm ${new Date().getUTCFullYear()}`);
  });
});
