import { beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../core/context/request-context.ts";
import type { Db } from "../core/db/database.ts";
import { useTestDatabase } from "../core/testing/test-db.ts";
import { testKeys } from "../modules/people/testing/factories.ts";
import { completenessTree } from "../modules/reporting/index.ts";
import { seedDemo } from "./seed-demo.ts";

// The demo's reporting cycle (issue #6 §9): one late and one returned report, a village missing,
// drafts pre-filled from the demo's real activity, the drill-down province → commune → village.

let db: Db;
beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedDemo(db, systemContext("cli"), testKeys, { today: "2026-11-22" });
}, 120_000);

const report = (code: string, key: string) =>
  db
    .selectFrom("reporting_report as p")
    .innerJoin("reporting_round as r", "r.id", "p.round_id")
    .innerJoin("org_unit as u", "u.id", "p.unit_id")
    .select(["p.id", "p.status", "p.first_submitted_on", "p.narrative", "r.last_day"])
    .where("u.code", "=", code)
    .where("r.period_key", "=", key)
    .executeTakeFirstOrThrow();

describe("the demo's 6-month report cycle (issue #6 §9)", () => {
  it("has Thanh Bình on time and Hòa An late, returned, then approved", async () => {
    const tb = await report("99001", "six_months:2026");
    expect(tb).toMatchObject({ status: "approved", first_submitted_on: "2026-06-05" });
    const ha = await report("99002", "six_months:2026");
    expect(ha.status).toBe("approved");
    expect(ha.first_submitted_on! > ha.last_day).toBe(true);
    const events = await db
      .selectFrom("reporting_report_event")
      .select("kind")
      .where("report_id", "=", ha.id)
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.kind)).toEqual(["submitted", "returned", "submitted", "approved"]);
  });

  it("pre-fills Thanh Bình's report from real figures and its villages' approved text", async () => {
    const tb = await report("99001", "six_months:2026");
    expect(tb.narrative.III).toContain("Thôn");
    const values = await db
      .selectFrom("reporting_report_value")
      .select(["indicator_id", "computed_numerator"])
      .where("report_id", "=", tb.id)
      .execute();
    expect(values.length).toBeGreaterThanOrEqual(11);
    expect(values.some((v) => (v.computed_numerator ?? 0) > 0)).toBe(true);
  });

  it("drills down: the province sees Thanh Bình's villages, one of them missing", async () => {
    const province = await db
      .selectFrom("org_unit")
      .select(["id", "path"])
      .where("code", "=", "99")
      .executeTakeFirstOrThrow();
    const view = await completenessTree(db, {
      periodKey: "six_months:2026",
      scope: province,
      asOf: "2026-11-22",
    });
    expect(view.total).toMatchObject({ expected: 6, onTime: 3, late: 2, missing: 1 });
    const tb = view.rows.find((r) => r.code === "99001")!;
    expect(tb.hasChildren).toBe(true);
    expect(tb.counts).toMatchObject({ expected: 5, missing: 1 });
  });

  it("has the yearly round open and not yet filled", async () => {
    const year = await report("99001", "year:2026");
    expect(year.status).toBe("draft");
  });
});
