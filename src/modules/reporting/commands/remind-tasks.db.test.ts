import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import {
  calendar,
  draftInput,
  kindTask,
  MemoryStorage,
  makeProvinceTree,
  roleCtx,
  work,
} from "../testing/factories.ts";
import { completeTask } from "./complete-task.ts";
import { issueDirective } from "./issue-directive.ts";
import { remindTasks, remindTasksIn } from "./remind-tasks.ts";
import { createDirectiveDraft } from "./save-directive-draft.ts";
import { withdrawDirective } from "./withdraw-directive.ts";

// The reminder job on a database of its own, so its counts are exactly these tasks: "due soon"
// within 3 working days (the due day included), "overdue" from the day after, once per task, unit
// and kind; nothing for a task done or a directive withdrawn.

let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
const storage = new MemoryStorage();
const ISSUED = "2026-06-01"; // Monday; tasks due Wednesday 10/06/2026

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  t = await makeProvinceTree(db, 0);
});

const official = (unit: UnitRow) => roleCtx(unit, "official", 31);

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

describe("reminders of tasks (issue #6 §1)", () => {
  it("reminds within 3 working days and when overdue, once each; not for done or withdrawn", async () => {
    const a = await issuedToCommunes();
    const withdrawn = await issuedToCommunes();
    await work(db, official(t.province), ISSUED, (w) =>
      withdrawDirective(w, withdrawn.directiveId, { reason: "Nhầm." }),
    );
    await work(db, official(t.commune3), "2026-06-02", (w) =>
      completeTask(w, storage, a.third, { note: null, files: [] }),
    );
    const remind = (today: string) =>
      db.transaction().execute((tx) => remindTasksIn(tx, calendar, today));
    expect(await remind("2026-06-04")).toEqual({ dueSoon: 0, overdue: 0 }); // 4 working days left
    expect(await remind("2026-06-05")).toEqual({ dueSoon: 2, overdue: 0 }); // Mon, Tue, Wed left
    expect(await remind("2026-06-08")).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await remind("2026-06-10")).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await remind("2026-06-11")).toEqual({ dueSoon: 0, overdue: 2 });
    expect(await remind("2026-06-12")).toEqual({ dueSoon: 0, overdue: 0 });
    const rows = await db
      .selectFrom("reporting_task_reminder")
      .select(["assignment_id", "kind", "raised_on"])
      .where("assignment_id", "in", [a.first, a.second, a.third, withdrawn.first])
      .orderBy("raised_on")
      .orderBy("assignment_id")
      .execute();
    expect(rows).toEqual([
      { assignment_id: a.first, kind: "due_soon", raised_on: "2026-06-05" },
      { assignment_id: a.second, kind: "due_soon", raised_on: "2026-06-05" },
      { assignment_id: a.first, kind: "overdue", raised_on: "2026-06-11" },
      { assignment_id: a.second, kind: "overdue", raised_on: "2026-06-11" },
    ]);
    const flagged = await db
      .selectFrom("audit_event")
      .select(["action", "unit_id"])
      .where("subject_type", "=", "reporting_task_assignment")
      .where("subject_id", "=", String(a.first))
      .where("action", "like", "reporting.task.%")
      .orderBy("id")
      .execute();
    expect(flagged).toEqual([
      { action: "reporting.task.reminded", unit_id: t.commune.id },
      { action: "reporting.task.reminded", unit_id: t.commune.id },
      { action: "reporting.task.overdue-flagged", unit_id: t.province.id },
    ]);
  });
});

describe("the job", () => {
  it("run by two processes at once raises each reminder once", async () => {
    await issuedToCommunes("2026-06-19");
    const [one, two] = await Promise.all([
      remindTasks(db, calendar, "2026-06-22"),
      remindTasks(db, calendar, "2026-06-22"),
    ]);
    expect(one.overdue + two.overdue).toBe(3);
    expect(one.dueSoon + two.dueSoon).toBe(0);
    expect(await remindTasks(db, calendar, "2026-06-22")).toEqual({ dueSoon: 0, overdue: 0 });
  });
});
