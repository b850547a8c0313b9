import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { disclosureIndicators } from "./indicators.ts";

// Issue #6 §3: disclosure indicators on known data, for the first half of 2026.

let db: Db;
const HALF = { from: "2026-01-01", to: "2026-06-30" };

async function disclosure(
  unitId: number,
  o: { publish_due: string; published_on?: string; status?: string; scope_unit_id?: number },
) {
  await db
    .insertInto("disclosure_item")
    .values({
      unit_id: unitId,
      regime: "commune",
      category: "1",
      title: "Dự toán ngân sách",
      basis_date: o.publish_due,
      visibility: "public",
      status: o.published_on ? "published" : "draft",
      ...o,
    } as never)
    .execute();
}

let tree: Awaited<ReturnType<typeof makeCommuneTree>>;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  tree = await makeCommuneTree(db, 1);
  const A = tree.commune.id;
  await disclosure(A, { publish_due: "2026-02-10", published_on: "2026-02-10" }); // on time, on the day
  await disclosure(A, { publish_due: "2026-03-10", published_on: "2026-03-11" }); // a day late
  await disclosure(A, { publish_due: "2026-06-10" }); // still a draft: missing at the end
  await disclosure(A, { publish_due: "2026-06-20", published_on: "2026-07-02" }); // late, after the end
  await disclosure(A, { publish_due: "2026-05-01", status: "withdrawn" }); // never published: not due
  await disclosure(A, {
    publish_due: "2026-05-05",
    published_on: "2026-05-04",
    scope_unit_id: tree.villages[0]!.id,
  });
  await disclosure(A, { publish_due: "2025-12-20", published_on: "2025-12-19" }); // before the half
});

describe("disclosure indicators (issue #6 §3)", () => {
  it("counts the half: published, on time of those due, due and unpublished at the end", async () => {
    expect(await disclosureIndicators.compute(db, tree.commune.path, HALF)).toEqual({
      "disclosure.items_published": { kind: "count", value: 3 },
      "disclosure.published_on_time": { kind: "share", numerator: 2, denominator: 5 },
      "disclosure.due_unpublished_at_end": { kind: "count", value: 2 },
    });
  });

  it("counts a village's own items at the village, and everything at the province", async () => {
    const village = await disclosureIndicators.compute(db, tree.villages[0]!.path, HALF);
    expect(village["disclosure.items_published"]).toEqual({ kind: "count", value: 1 });
    const province = await disclosureIndicators.compute(db, tree.province.path, HALF);
    expect(province["disclosure.published_on_time"]).toEqual({
      kind: "share",
      numerator: 2,
      denominator: 5,
    });
  });
});
