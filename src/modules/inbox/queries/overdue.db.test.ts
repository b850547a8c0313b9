import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../../core/context/request-context.ts";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import { createUnit, type UnitRow } from "../../org/index.ts";
import { makeCommuneTree } from "../../org/testing/factories.ts";
import { submitItem } from "../commands/submit-item.ts";
import {
  anonymousCtx,
  asTarget,
  calendar,
  feedbackInput,
  MemoryStorage,
  TEST_DATA_KEY,
} from "../testing/factories.ts";
import { onTimePercent, overdueView } from "./overdue.ts";

// The upper level's overdue view over two communes of one province (and a commune of another
// province that must not appear): counts per commune cover every item, the list is the oldest
// overdue first and limited.

const TODAY = "2026-09-15";
let db: Db;
let province: UnitRow;
let first: UnitRow;
let second: UnitRow;
let elsewhere: UnitRow;
const storage = new MemoryStorage();

/** An item at `unit` put in the state under test (the commands are tested elsewhere). */
async function item(
  unit: UnitRow,
  state: {
    status?: "received" | "accepted" | "suspended" | "answered" | "closed";
    dueOn?: string | null;
    answeredOn?: string;
    late?: boolean;
    escalatedOn?: string;
  },
) {
  const r = await submitItem(
    db,
    { ctx: anonymousCtx, calendar, today: "2026-08-03" },
    storage,
    asTarget(unit),
    TEST_DATA_KEY,
    feedbackInput(),
  );
  await db
    .updateTable("inbox_item")
    .set({
      status: state.status ?? "accepted",
      due_on: state.dueOn === undefined ? "2026-09-30" : state.dueOn,
      answered_on: state.answeredOn ?? null,
      answered_late: state.answeredOn ? (state.late ?? false) : null,
      escalated_on: state.escalatedOn ?? null,
    })
    .where("id", "=", r.id)
    .execute();
  return r;
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  const tree = await makeCommuneTree(db, 1);
  province = tree.province;
  first = tree.commune;
  second = await db.transaction().execute((tx) =>
    createUnit(tx, systemContext(), province.id, {
      code: `${province.code}901`,
      name: "Phường Thử Hai",
      kind: "ward",
      fullName: null,
      nameEn: null,
      localKindName: null,
      address: null,
    }),
  );
  elsewhere = (await makeCommuneTree(db, 0)).commune;
});

describe("overdueView", () => {
  it("counts per commune and lists the overdue items of the province's communes only", async () => {
    // First commune: two overdue (one escalated), one due later, two answered this year (one
    // late), one answered last year (not counted).
    const a1 = await item(first, { dueOn: "2026-09-01", escalatedOn: "2026-09-03" });
    const a2 = await item(first, { status: "suspended", dueOn: "2026-09-10" });
    await item(first, { dueOn: "2026-09-15" }); // due today: not overdue
    await item(first, { status: "answered", dueOn: null, answeredOn: "2026-03-02" });
    await item(first, { status: "closed", dueOn: null, answeredOn: "2026-04-02", late: true });
    await item(first, { status: "closed", dueOn: null, answeredOn: "2025-12-30", late: true });
    // Second commune: one overdue, one on time, nothing answered.
    const b1 = await item(second, { status: "received", dueOn: "2026-09-14" });
    await item(second, { dueOn: "2026-10-01" });
    // Another province's commune: overdue, but not under this province.
    const c1 = await item(elsewhere, { dueOn: "2026-08-01" });
    // A village under the first commune has no items of its own and is not listed.

    const view = await overdueView(db, province.path, TODAY);
    expect(view.units).toEqual([
      {
        unitId: first.id,
        code: first.code,
        name: first.name,
        open: 3,
        overdue: 2,
        escalated: 1,
        answeredThisYear: 2,
        answeredOnTime: 1,
      },
      {
        unitId: second.id,
        code: second.code,
        name: "Phường Thử Hai",
        open: 2,
        overdue: 1,
        escalated: 0,
        answeredThisYear: 0,
        answeredOnTime: 0,
      },
    ]);
    expect(view.units.map(onTimePercent)).toEqual([50, null]);
    expect(view.items.map((i) => [i.code, i.unitCode, i.dueOn, i.daysLate, i.escalatedOn])).toEqual(
      [
        [a1.code, first.code, "2026-09-01", 14, "2026-09-03"],
        [a2.code, first.code, "2026-09-10", 5, null],
        [b1.code, second.code, "2026-09-14", 1, null],
      ],
    );
    expect(view.items.map((i) => i.code)).not.toContain(c1.code);

    // A commune's own view has only its items; the list is limited, the counts are not.
    const own = await overdueView(db, second.path, TODAY);
    expect(own.units.map((u) => [u.code, u.open, u.overdue])).toEqual([[second.code, 2, 1]]);
    const limited = await overdueView(db, province.path, TODAY, 1);
    expect(limited.items.map((i) => i.code)).toEqual([a1.code]);
    expect(limited.units.reduce((s, u) => s + u.overdue, 0)).toBe(3);

    // The other province sees its own overdue item and nothing of this one.
    const other = await overdueView(db, elsewhere.path.split(".")[0] as string, TODAY);
    expect(other.items.map((i) => i.code)).toEqual([c1.code]);
  });
});
