import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../core/db/database.ts";
import { AppError } from "../../../../core/errors.ts";
import { useTestDatabase } from "../../../../core/testing/test-db.ts";
import { modules } from "../../../../modules.ts";
import type { UnitRow } from "../../../org/index.ts";
import { consolidate } from "../../domain/consolidation.ts";
import { type ReportingCalendar, SEED_003_CALENDAR } from "../../domain/periods.ts";
import { completenessTree } from "../../queries/completeness.ts";
import { consolidatedFigures } from "../../queries/consolidation.ts";
import { makeProvinceTree, roleCtx, work } from "../../testing/factories.ts";
import { configureCalendar } from "./configure-calendar.ts";
import { grantReportException, lockRound } from "./lock-round.ts";
import { openRound } from "./open-round.ts";
import { prefillReport } from "./prefill-report.ts";
import { approveReport, returnReport } from "./review-report.ts";
import { saveReportDraft } from "./save-report-draft.ts";
import { submitReport } from "./submit-report.ts";

// A 6-month round on real PostgreSQL, as seed 003 asks it (R99: "trước ngày 10/6", figures from
// 01/12 to 31/05): a province opens it for its communes; drafts are pre-filled from the modules'
// indicators; one unit reports on time, one late and is returned, one after the lock with an
// exception, one not at all. Completeness, consolidation and every refusal the issue names.

let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
const providers = modules.flatMap((m) => (m.indicators ? [m.indicators] : []));
const definitions = providers.flatMap((p) => p.definitions);

const SEED_003: ReportingCalendar = { ...SEED_003_CALENDAR, issuer: "Ban Thường vụ Tỉnh ủy" };

const official = (unit: UnitRow, accountId: number) => roleCtx(unit, "official", accountId);
const asProvince = () => official(t.province, 101);
const asCommune = (unit: UnitRow, id = 201) => official(unit, id);

async function refused(run: Promise<unknown>): Promise<AppError & { reason?: string }> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error as AppError & { reason?: string };
    throw error;
  }
  throw new Error("expected a refusal");
}

let roundId: number;
const reportOf = async (unit: UnitRow) =>
  (
    await db
      .selectFrom("reporting_report")
      .select("id")
      .where("round_id", "=", roundId)
      .where("unit_id", "=", unit.id)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  t = await makeProvinceTree(db, 2);
  await work(db, asProvince(), "2026-01-05", (w) =>
    configureCalendar(w, t.province.id, { calendar: SEED_003, effectiveFrom: "2026-01-01" }),
  );
  const opened = await work(db, asProvince(), "2026-05-20", (w) =>
    openRound(w, t.province.id, {
      request: { kind: "regular", period: { kind: "six_months", year: 2026 } },
      target: "commune_level",
      indicators: definitions,
    }),
  );
  roundId = opened.id;
});

describe("R99 — a round from the issuer's calendar (seed 003: trước ngày 10/6)", () => {
  it("freezes every commune-level unit under the issuer as a draft, due 09/06, figures 01/12–31/05", async () => {
    const round = await db
      .selectFrom("reporting_round")
      .selectAll()
      .where("id", "=", roundId)
      .executeTakeFirstOrThrow();
    expect(round.last_day).toBe("2026-06-09");
    expect([round.window_from, round.window_to]).toEqual(["2025-12-01", "2026-05-31"]);
    expect(round.due_explanation).toContain("R99");
    const units = await db
      .selectFrom("reporting_report")
      .select("unit_id")
      .where("round_id", "=", roundId)
      .execute();
    expect(units.map((u) => u.unit_id).sort()).toEqual(
      [t.commune.id, t.commune2.id, t.commune3.id, t.ward.id].sort(),
    );
  });

  it("refuses a second round of the same period, and a regular round without a calendar", async () => {
    const twice = await refused(
      work(db, asProvince(), "2026-05-20", (w) =>
        openRound(w, t.province.id, {
          request: { kind: "regular", period: { kind: "six_months", year: 2026 } },
          target: "commune_level",
          indicators: definitions,
        }),
      ),
    );
    expect(twice.code).toBe("conflict");
    const none = await refused(
      work(db, asCommune(t.commune), "2026-05-20", (w) =>
        openRound(w, t.commune.id, {
          request: { kind: "regular", period: { kind: "six_months", year: 2026 } },
          target: "community_level",
          indicators: definitions,
        }),
      ),
    );
    expect(none.message).toContain("chưa đặt lịch báo cáo");
  });
});

describe("issue #6 §3 — pre-filled drafts, submission, return, approval", () => {
  it("refuses figures for a window not yet ended (bad input)", async () => {
    const e = await refused(
      work(db, asCommune(t.commune), "2026-05-31", async (w) =>
        prefillReport(w, await reportOf(t.commune), providers),
      ),
    );
    expect(e.reason).toBe("period_not_ended");
    expect(e.message).toContain("chưa kết thúc");
  });

  it("pre-fills every indicator of the template, computed by the modules", async () => {
    const id = await reportOf(t.commune);
    const r = await work(db, asCommune(t.commune), "2026-06-01", (w) =>
      prefillReport(w, id, providers),
    );
    expect(r.indicators).toBe(definitions.length);
    const values = await db
      .selectFrom("reporting_report_value")
      .selectAll()
      .where("report_id", "=", id)
      .execute();
    expect(values.length).toBe(definitions.length);
    for (const v of values) {
      expect(v.numerator).toBe(v.computed_numerator);
      expect(v.denominator).toBe(v.computed_denominator);
    }
  });

  it("keeps the computed figure beside one the unit corrects, and wants a reason", async () => {
    const id = await reportOf(t.commune);
    const count = definitions.find((d) => d.kind === "count")!.id;
    const noReason = await refused(
      work(db, asCommune(t.commune), "2026-06-02", (w) =>
        saveReportDraft(w, id, { values: { [count]: { numerator: 7 } } }),
      ),
    );
    expect(noReason.message).toContain("lý do");
    await work(db, asCommune(t.commune), "2026-06-02", (w) =>
      saveReportDraft(w, id, {
        narrative: { I: "Xã có 2 thôn.", "IV.1": "Các cuộc họp đều đủ hộ." },
        values: { [count]: { numerator: 7, note: "Thêm 7 cuộc họp ghi trên giấy" } },
      }),
    );
    const v = await db
      .selectFrom("reporting_report_value")
      .selectAll()
      .where("report_id", "=", id)
      .where("indicator_id", "=", count)
      .executeTakeFirstOrThrow();
    expect(v.numerator).toBe(7);
    expect(v.computed_numerator).toBe(0);
    expect(v.note).toBe("Thêm 7 cuộc họp ghi trên giấy");
    // Refreshing the figures keeps the unit's own.
    await work(db, asCommune(t.commune), "2026-06-02", (w) => prefillReport(w, id, providers));
    const again = await db
      .selectFrom("reporting_report_value")
      .select("numerator")
      .where("report_id", "=", id)
      .where("indicator_id", "=", count)
      .executeTakeFirstOrThrow();
    expect(again.numerator).toBe(7);
  });

  it("submits on time; the author may not approve it (bad input: approving one's own report)", async () => {
    const id = await reportOf(t.commune);
    const sent = await work(db, asCommune(t.commune), "2026-06-03", (w) => submitReport(w, id));
    expect(sent).toEqual({ late: false, daysLate: 0 });
    const own = await refused(
      work(db, asCommune(t.commune), "2026-06-03", (w) => approveReport(w, id)),
    );
    expect(own.code).toBe("forbidden");
    expect(own.message).toContain("Không được tự duyệt");
    const edit = await refused(
      work(db, asCommune(t.commune), "2026-06-03", (w) =>
        saveReportDraft(w, id, { narrative: { I: "sửa" } }),
      ),
    );
    expect(edit.code).toBe("conflict");
  });

  it("a late report is flagged, returned with a comment, sent again and approved (locked)", async () => {
    const id = await reportOf(t.commune2);
    await work(db, asCommune(t.commune2, 202), "2026-06-12", (w) =>
      prefillReport(w, id, providers),
    );
    const sent = await work(db, asCommune(t.commune2, 202), "2026-06-12", (w) =>
      submitReport(w, id),
    );
    expect(sent).toEqual({ late: true, daysLate: 3 });
    const noComment = await refused(
      work(db, asProvince(), "2026-06-13", (w) => returnReport(w, id, "  ")),
    );
    expect(noComment.reason).toBe("comment_required");
    await work(db, asProvince(), "2026-06-13", (w) =>
      returnReport(w, id, "Bổ sung số liệu mục III."),
    );
    await work(db, asCommune(t.commune2, 202), "2026-06-14", async (w) => {
      await saveReportDraft(w, id, { narrative: { III: "Đã bổ sung." } });
      await submitReport(w, id);
    });
    await work(db, asProvince(), "2026-06-15", (w) => approveReport(w, id));
    const row = await db
      .selectFrom("reporting_report")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("approved");
    expect(row.first_submitted_on).toBe("2026-06-12");
    const events = await db
      .selectFrom("reporting_report_event")
      .select(["kind", "late_days"])
      .where("report_id", "=", id)
      .orderBy("id")
      .execute();
    expect(events).toEqual([
      { kind: "submitted", late_days: 3 },
      { kind: "returned", late_days: 0 },
      { kind: "submitted", late_days: 0 },
      { kind: "approved", late_days: 0 },
    ]);
    const audited = await db
      .selectFrom("audit_event")
      .select("action")
      .where("subject_type", "=", "reporting_report")
      .where("subject_id", "=", String(id))
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      "reporting.report.prefilled",
      "reporting.report.submitted",
      "reporting.report.returned",
      "reporting.report.saved",
      "reporting.report.submitted",
      "reporting.report.approved",
    ]);
  });

  it("after the lock a report never sent is refused, until the issuer grants an exception", async () => {
    await work(db, asProvince(), "2026-06-15", (w) => lockRound(w, roundId, "2026-06-16"));
    const id = await reportOf(t.commune3);
    await work(db, asCommune(t.commune3, 203), "2026-06-16", (w) =>
      prefillReport(w, id, providers),
    );
    const locked = await refused(
      work(db, asCommune(t.commune3, 203), "2026-06-16", (w) => submitReport(w, id)),
    );
    expect(locked.reason).toBe("round_locked");
    const selfGrant = await refused(
      work(db, asCommune(t.commune3, 203), "2026-06-16", (w) =>
        grantReportException(w, id, { expiresOn: "2026-06-20", reason: "Mất điện" }),
      ),
    );
    expect(selfGrant.code).toBe("forbidden");
    await work(db, asProvince(), "2026-06-16", (w) =>
      grantReportException(w, id, { expiresOn: "2026-06-18", reason: "Xã bị lũ, mất điện" }),
    );
    const sent = await work(db, asCommune(t.commune3, 203), "2026-06-17", (w) =>
      submitReport(w, id),
    );
    expect(sent).toEqual({ late: true, daysLate: 8 });
    await work(db, asProvince(), "2026-06-18", (w) => approveReport(w, id));
  });
});

describe("issue #6 §4 — completeness and consolidation", () => {
  it("counts on time, late and missing as they stood on a day; the drill-down sums, never averages", async () => {
    const view = await completenessTree(db, {
      periodKey: "six_months:2026",
      scope: { id: t.province.id, path: t.province.path },
      asOf: "2026-06-20",
    });
    expect(view.total).toEqual({
      expected: 4,
      submitted: 3,
      onTime: 1,
      late: 2,
      missing: 1,
      notYetDue: 0,
    });
    const ward = view.rows.find((r) => r.unitId === t.ward.id)!;
    expect(ward.own?.status).toBe("missing");
    const early = await completenessTree(db, {
      periodKey: "six_months:2026",
      scope: { id: t.province.id, path: t.province.path },
      asOf: "2026-06-05",
    });
    expect(early.total).toMatchObject({ submitted: 1, onTime: 1, notYetDue: 3, missing: 0 });
    const country = await completenessTree(db, {
      periodKey: "six_months:2026",
      scope: null,
      asOf: "2026-06-20",
    });
    const province = country.rows.find((r) => r.unitId === t.province.id)!;
    expect(province.counts).toEqual(view.total);
    expect(province.hasChildren).toBe(true);
  });

  it("sums the approved reports only, as the domain's consolidate does", async () => {
    const figures = await consolidatedFigures(db, definitions, {
      roundId,
      underPath: t.province.path,
    });
    expect(figures).toMatchObject({ expected: 4, approved: 2 });
    const approved = await db
      .selectFrom("reporting_report as p")
      .innerJoin("reporting_report_value as v", "v.report_id", "p.id")
      .select(["p.unit_id", "v.indicator_id", "v.kind", "v.numerator", "v.denominator"])
      .where("p.round_id", "=", roundId)
      .where("p.status", "=", "approved")
      .execute();
    const units = [...new Set(approved.map((a) => a.unit_id))];
    const expected = consolidate(
      definitions,
      [t.commune.id, t.commune2.id, t.commune3.id, t.ward.id],
      units.map((unitId) => ({
        unitId,
        values: Object.fromEntries(
          approved
            .filter((a) => a.unit_id === unitId)
            .map((a) => [
              a.indicator_id,
              a.kind === "count"
                ? { kind: "count" as const, value: a.numerator! }
                : { kind: "share" as const, numerator: a.numerator!, denominator: a.denominator! },
            ]),
        ),
      })),
    );
    for (const [i, f] of figures.figures.entries()) {
      expect(f.value).toEqual(expected[i]!.value);
      expect(f.perMille).toBe(expected[i]!.perMille);
      expect(f.missing).toBe(expected[i]!.missing.length);
    }
  });
});
