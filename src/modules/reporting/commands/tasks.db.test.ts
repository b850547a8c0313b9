import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { overdueTasksOfIssuer, overdueTasksOfUnit } from "../queries/overdue-tasks.ts";
import type { DirectiveError } from "../rules/directive-refusal.ts";
import {
  draftInput,
  kindTask,
  MemoryStorage,
  makeProvinceTree,
  PDF,
  roleCtx,
  work,
} from "../testing/factories.ts";
import { acknowledgeTask } from "./acknowledge-task.ts";
import { completeTask } from "./complete-task.ts";
import { issueDirective } from "./issue-directive.ts";
import { reportTaskProgress } from "./report-task-progress.ts";
import { createDirectiveDraft } from "./save-directive-draft.ts";
import { withdrawDirective } from "./withdraw-directive.ts";

// The assigned units' side on real PostgreSQL: acknowledging, progress with evidence, done; the
// refusals (another unit's task, twice, withdrawn, done); overdue at the boundary day, per unit
// and per issuer. Reminders: remind-tasks.db.test.ts.

let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
const storage = new MemoryStorage();
const ISSUED = "2026-06-01"; // Monday; tasks due Wednesday 10/06/2026

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  t = await makeProvinceTree(db, 1);
});

const official = (unit: UnitRow, accountId = 21) => roleCtx(unit, "official", accountId);

/** A province directive to every commune, due 10/06; returns each commune's assignment id. */
async function issuedToCommunes(dueOn = "2026-06-10") {
  const p = t.province;
  const d = await work(db, official(p), ISSUED, async (w) => {
    const { id } = await createDirectiveDraft(
      w,
      { id: p.id, path: p.path, name: p.name },
      draftInput([kindTask("commune", { dueOn })]),
    );
    await issueDirective(w, id, { issuedOn: ISSUED, number: null });
    return id;
  });
  const rows = await db
    .selectFrom("reporting_task_assignment")
    .select(["id", "unit_id"])
    .where("directive_id", "=", d)
    .execute();
  const of = (u: UnitRow) => (rows.find((r) => r.unit_id === u.id) as { id: number }).id;
  return { directiveId: d, first: of(t.commune), second: of(t.commune2), third: of(t.commune3) };
}

async function refused(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const assignment = (id: number) =>
  db
    .selectFrom("reporting_task_assignment")
    .select(["status", "acknowledged_on", "acknowledged_by", "done_on", "last_progress_on"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

describe("the assigned unit acknowledges, reports progress with evidence, finishes", () => {
  it("moves assigned → acknowledged → in progress → done, each step audited", async () => {
    const a = await issuedToCommunes();
    await work(db, official(t.commune), "2026-06-02", (w) => acknowledgeTask(w, a.first));
    expect(await assignment(a.first)).toEqual({
      status: "acknowledged",
      acknowledged_on: "2026-06-02",
      acknowledged_by: 21,
      done_on: null,
      last_progress_on: null,
    });
    const { progressId } = await work(db, official(t.commune), "2026-06-05", (w) =>
      reportTaskProgress(w, storage, a.first, {
        text: "Đã tổ chức hội nghị, 45 đại biểu dự.",
        percent: 60,
        files: [{ name: "bien-ban.pdf", bytes: PDF }],
      }),
    );
    expect((await assignment(a.first)).status).toBe("in_progress");
    expect(
      await db
        .selectFrom("reporting_task_evidence")
        .select(["progress_id", "file_name", "mime", "byte_size"])
        .where("assignment_id", "=", a.first)
        .execute(),
    ).toEqual([
      {
        progress_id: progressId,
        file_name: "bien-ban.pdf",
        mime: "application/pdf",
        byte_size: PDF.length,
      },
    ]);
    const done = await work(db, official(t.commune), "2026-06-10", (w) =>
      completeTask(w, storage, a.first, { note: "Hoàn thành, gửi kèm báo cáo.", files: [] }),
    );
    expect(done).toEqual({ late: false });
    expect(await assignment(a.first)).toMatchObject({ status: "done", done_on: "2026-06-10" });
    expect(
      await db
        .selectFrom("reporting_task_progress")
        .select(["reported_on", "text", "percent", "final"])
        .where("assignment_id", "=", a.first)
        .orderBy("id")
        .execute(),
    ).toEqual([
      {
        reported_on: "2026-06-05",
        text: "Đã tổ chức hội nghị, 45 đại biểu dự.",
        percent: 60,
        final: false,
      },
      {
        reported_on: "2026-06-10",
        text: "Hoàn thành, gửi kèm báo cáo.",
        percent: 100,
        final: true,
      },
    ]);
    const events = await db
      .selectFrom("audit_event")
      .select(["action", "unit_id"])
      .where("subject_type", "=", "reporting_task_assignment")
      .where("subject_id", "=", String(a.first))
      .orderBy("id")
      .execute();
    expect(events).toEqual([
      { action: "reporting.task.acknowledged", unit_id: t.commune.id },
      { action: "reporting.task.progress-reported", unit_id: t.commune.id },
      { action: "reporting.task.completed", unit_id: t.commune.id },
    ]);
  });

  it("progress on a task not yet acknowledged acknowledges it; done after the due date is late", async () => {
    const a = await issuedToCommunes();
    await work(db, official(t.commune2), "2026-06-03", (w) =>
      reportTaskProgress(w, storage, a.second, {
        text: "Đang chuẩn bị.",
        percent: null,
        files: [],
      }),
    );
    expect(await assignment(a.second)).toMatchObject({
      status: "in_progress",
      acknowledged_on: "2026-06-03",
      last_progress_on: "2026-06-03",
    });
    expect(
      await work(db, official(t.commune3), "2026-06-11", (w) =>
        completeTask(w, storage, a.third, { note: null, files: [] }),
      ),
    ).toEqual({ late: true });
  });
});

describe("refusals on a unit's task", () => {
  it("another unit's official, and the issuing province itself, may not act on it (403)", async () => {
    const a = await issuedToCommunes();
    const other = await refused(
      work(db, official(t.commune2), "2026-06-02", (w) =>
        reportTaskProgress(w, storage, a.first, { text: "Báo cáo hộ.", percent: null, files: [] }),
      ),
    );
    expect([(other as DirectiveError).reason, other.status, other.message]).toEqual([
      "not_assigned_unit",
      403,
      `Nhiệm vụ này giao cho ${t.commune.name}; chỉ cán bộ của chính đơn vị đó tiếp nhận, báo cáo tiến độ và báo cáo hoàn thành.`,
    ]);
    expect(
      (
        await refused(
          work(db, official(t.province), "2026-06-02", (w) => acknowledgeTask(w, a.first)),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await refused(
          work(db, roleCtx(t.commune, "resident"), "2026-06-02", (w) =>
            acknowledgeTask(w, a.first),
          ),
        )
      ).status,
    ).toBe(403);
    expect((await assignment(a.first)).status).toBe("assigned");
  });

  it("acknowledging twice, acting on a done task or a withdrawn directive (409); empty progress (400)", async () => {
    const a = await issuedToCommunes();
    await work(db, official(t.commune), "2026-06-02", (w) => acknowledgeTask(w, a.first));
    const twice = await refused(
      work(db, official(t.commune), "2026-06-03", (w) => acknowledgeTask(w, a.first)),
    );
    expect([twice.status, twice.message]).toEqual([
      409,
      "Đơn vị đã tiếp nhận nhiệm vụ này ngày 02/06/2026.",
    ]);
    const empty = await refused(
      work(db, official(t.commune), "2026-06-03", (w) =>
        reportTaskProgress(w, storage, a.first, { text: "   ", percent: null, files: [] }),
      ),
    );
    expect([empty.status, empty.field, empty.message]).toEqual([
      400,
      "text",
      "Nội dung báo cáo tiến độ là bắt buộc.",
    ]);
    await work(db, official(t.commune), "2026-06-04", (w) =>
      completeTask(w, storage, a.first, { note: null, files: [] }),
    );
    const after = await refused(
      work(db, official(t.commune), "2026-06-05", (w) =>
        reportTaskProgress(w, storage, a.first, { text: "Thêm", percent: null, files: [] }),
      ),
    );
    expect([after.status, after.message]).toEqual([
      409,
      "Nhiệm vụ đã hoàn thành ngày 04/06/2026; không cập nhật thêm.",
    ]);
    await work(db, official(t.province), "2026-06-05", (w) =>
      withdrawDirective(w, a.directiveId, { reason: "Thay bằng kế hoạch mới." }),
    );
    const gone = await refused(
      work(db, official(t.commune2), "2026-06-05", (w) => acknowledgeTask(w, a.second)),
    );
    expect([gone.status, gone.message]).toEqual([
      409,
      "Văn bản giao nhiệm vụ đã bị thu hồi; nhiệm vụ không còn phải thực hiện.",
    ]);
  });
});

describe("overdue at the boundary day", () => {
  it("a task due 10/06 is not overdue on 10/06 and is from 11/06; per unit and per issuer", async () => {
    // A province of its own, so the lists hold exactly these tasks.
    t = await makeProvinceTree(db, 0);
    const a = await issuedToCommunes();
    await work(db, official(t.commune2), "2026-06-09", (w) =>
      completeTask(w, storage, a.second, { note: null, files: [] }),
    );
    const ctx = official(t.commune);
    expect(await overdueTasksOfUnit(db, ctx, t.commune, "2026-06-10")).toEqual([]);
    const late = await overdueTasksOfUnit(db, ctx, t.commune, "2026-06-11");
    expect(late.map((r) => [r.id, r.days_late, r.due_on])).toEqual([[a.first, 1, "2026-06-10"]]);
    const issuer = await overdueTasksOfIssuer(
      db,
      roleCtx(t.province, "oversight"),
      t.province,
      "2026-06-11",
    );
    expect(issuer.byUnit).toEqual(
      [t.commune, t.commune3]
        .map((u) => ({ unitId: u.id, code: u.code, name: u.name, overdue: 1 }))
        .sort((x, y) => (x.code < y.code ? -1 : 1)),
    );
    // Reading is refused to another commune's officials and to residents.
    expect(
      (await refused(overdueTasksOfUnit(db, official(t.commune2), t.commune, "2026-06-11"))).status,
    ).toBe(403);
    expect(
      (
        await refused(
          overdueTasksOfIssuer(db, roleCtx(t.province, "resident"), t.province, "2026-06-11"),
        )
      ).status,
    ).toBe(403);
  });
});
