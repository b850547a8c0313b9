import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../core/db/database.ts";
import { useTestDatabase } from "../../../../core/testing/test-db.ts";
import { modules } from "../../../../modules.ts";
import { SEED_003_CALENDAR } from "../../domain/periods.ts";
import { calendar, makeProvinceTree, roleCtx, work } from "../../testing/factories.ts";
import { configureCalendar } from "./configure-calendar.ts";
import { openDueRounds } from "./open-due-rounds.ts";

// The job that opens rounds from calendars (R99): 30 days ahead of seed 003's 09/06, once.

let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
const providers = modules.flatMap((m) => (m.indicators ? [m.indicators] : []));

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  t = await makeProvinceTree(db, 1);
  await work(db, roleCtx(t.province, "official", 301), "2026-01-05", (w) =>
    configureCalendar(w, t.province.id, {
      calendar: SEED_003_CALENDAR,
      effectiveFrom: "2026-01-01",
      autoOpen: { target: "commune_level", daysAhead: 30 },
    }),
  );
});

const rounds = () =>
  db
    .selectFrom("reporting_round")
    .select(["period_key", "last_day", "opened_by"])
    .where("issuer_unit_id", "=", t.province.id)
    .execute();

describe("R99 — reporting.open-rounds", () => {
  it("opens nothing before the window, then the 6-month round once, for every commune", async () => {
    expect(await openDueRounds(db, calendar, "2026-05-09", providers)).toEqual({
      opened: 0,
      refused: 0,
    });
    expect(await openDueRounds(db, calendar, "2026-05-10", providers)).toEqual({
      opened: 1,
      refused: 0,
    });
    expect(await openDueRounds(db, calendar, "2026-05-11", providers)).toEqual({
      opened: 0,
      refused: 0,
    });
    expect(await rounds()).toEqual([
      { period_key: "six_months:2026", last_day: "2026-06-09", opened_by: null },
    ]);
    const reports = await db
      .selectFrom("reporting_report as p")
      .innerJoin("reporting_round as r", "r.id", "p.round_id")
      .select("p.unit_id")
      .where("r.issuer_unit_id", "=", t.province.id)
      .execute();
    expect(reports.length).toBe(4);
  });

  it("refuses a calendar whose auto-open target is not a kind of unit", async () => {
    await expect(
      work(db, roleCtx(t.province, "official", 301), "2026-01-05", (w) =>
        configureCalendar(w, t.province.id, {
          calendar: SEED_003_CALENDAR,
          effectiveFrom: "2026-02-01",
          autoOpen: { target: "nowhere" as never, daysAhead: 30 },
        }),
      ),
    ).rejects.toThrow("Chưa chọn đơn vị phải báo cáo");
  });
});
