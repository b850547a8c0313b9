import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { insertItem } from "../testing/factories.ts";
import { inboxIndicators } from "./indicators.ts";

// Issue #6 §3: the inbox's indicators on known data, for the first half of 2026.

let db: Db;
const HALF = { from: "2026-01-01", to: "2026-06-30" };

const item = (unitId: number, receivedOn: string, o: Record<string, unknown> = {}) =>
  insertItem(db, unitId, receivedOn, o);

let tree: Awaited<ReturnType<typeof makeCommuneTree>>;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  tree = await makeCommuneTree(db, 2);
  const A = tree.commune.id;
  const [v1] = tree.villages;
  // In the half: answered on time rated 5, answered late rated 3, open and overdue at the end
  // (due 20/06), open not yet due at the end (due 10/07), answered after the end but due before
  // it (overdue at the end), refused (never overdue).
  await item(A, "2026-02-01", {
    village_id: v1!.id,
    answered_on: "2026-02-10",
    answered_late: false,
    rating: 5,
    due_on: "2026-02-15",
  });
  await item(A, "2026-03-01", {
    answered_on: "2026-03-30",
    answered_late: true,
    rating: 3,
    due_on: "2026-03-15",
  });
  await item(A, "2026-06-01", { due_on: "2026-06-20" });
  await item(A, "2026-06-25", { due_on: "2026-07-10" });
  await item(A, "2026-06-05", {
    due_on: "2026-06-19",
    answered_on: "2026-07-03",
    answered_late: true,
  });
  await item(A, "2026-04-01", { due_on: "2026-04-05", status: "refused" });
  // Outside the half: received in 2025 and answered in it; received after the end.
  await item(A, "2025-11-01", {
    answered_on: "2025-11-20",
    answered_late: false,
    rating: 4,
    due_on: "2025-11-30",
  });
  await item(A, "2026-07-02", { due_on: "2026-07-10" });
});

describe("inbox indicators (issue #6 §3)", () => {
  it("counts the commune's items of the half: received, answered, on time, overdue at the end, satisfied", async () => {
    expect(await inboxIndicators.compute(db, tree.commune.path, HALF)).toEqual({
      "inbox.items_received": { kind: "count", value: 6 },
      "inbox.items_answered": { kind: "count", value: 2 },
      "inbox.answered_on_time": { kind: "share", numerator: 1, denominator: 2 },
      "inbox.overdue_at_end": { kind: "count", value: 2 },
      "inbox.satisfied": { kind: "share", numerator: 1, denominator: 2 },
    });
  });

  it("rolls up to the province and down to the village where an item is placed", async () => {
    const province = await inboxIndicators.compute(db, tree.province.path, HALF);
    expect(province["inbox.items_received"]).toEqual({ kind: "count", value: 6 });
    const village = await inboxIndicators.compute(db, tree.villages[0]!.path, HALF);
    expect(village["inbox.items_received"]).toEqual({ kind: "count", value: 1 });
    expect(village["inbox.answered_on_time"]).toEqual({
      kind: "share",
      numerator: 1,
      denominator: 1,
    });
    const other = await inboxIndicators.compute(db, tree.villages[1]!.path, HALF);
    expect(other["inbox.satisfied"]).toEqual({ kind: "share", numerator: 0, denominator: 0 });
  });

  it("defines every indicator it computes, once", async () => {
    const values = await inboxIndicators.compute(db, tree.commune.path, HALF);
    expect(Object.keys(values).sort()).toEqual(inboxIndicators.definitions.map((d) => d.id).sort());
  });
});
