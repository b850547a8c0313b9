import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database.ts";
import { AppError } from "../../../core/errors.ts";
import { useTestDatabase } from "../../../core/testing/test-db.ts";
import type { UnitRow } from "../../org/index.ts";
import { ReportingError } from "../domain/refusal.ts";
import type { DirectiveError } from "../rules/directive-refusal.ts";
import {
  draftInput,
  kindTask,
  MemoryStorage,
  makeProvinceTree,
  PDF,
  roleCtx,
  unitTask,
  work,
} from "../testing/factories.ts";
import { addDirectiveAttachments } from "./add-directive-attachment.ts";
import { issueDirective } from "./issue-directive.ts";
import {
  createDirectiveDraft,
  type DraftInput,
  updateDirectiveDraft,
} from "./save-directive-draft.ts";
import { withdrawDirective } from "./withdraw-directive.ts";

// Drafting, issuing and withdrawing directives on real PostgreSQL: T55 numbers per issuer and
// year, expansion of "every unit of a kind" into one assignment per unit, and every refusal with
// its status and Vietnamese message.

let db: Db;
let t: Awaited<ReturnType<typeof makeProvinceTree>>;
const storage = new MemoryStorage();
const TODAY = "2026-06-01";

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  t = await makeProvinceTree(db, 2);
});

const asOfficial = (unit: UnitRow) => roleCtx(unit, "official", 11);

async function draft(unit: UnitRow, input: DraftInput, today = TODAY) {
  return work(db, asOfficial(unit), today, (w) =>
    createDirectiveDraft(w, { id: unit.id, path: unit.path, name: unit.name }, input),
  );
}

async function issue(
  unit: UnitRow,
  id: number,
  issuedOn: string,
  number: number | null = null,
  today = TODAY,
) {
  return work(db, asOfficial(unit), today, (w) => issueDirective(w, id, { issuedOn, number }));
}

/** The typed error a call is refused with. */
async function refused(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const assignmentsOf = (directiveId: number) =>
  db
    .selectFrom("reporting_task_assignment as a")
    .innerJoin("org_unit as u", "u.id", "a.unit_id")
    .innerJoin("reporting_task as t", "t.id", "a.task_id")
    .select(["t.position", "u.code", "a.status", "a.due_on"])
    .where("a.directive_id", "=", directiveId)
    .orderBy("t.position")
    .orderBy("u.code")
    .execute();

describe("T55: numbers per issuer and year", () => {
  it("starts at 01 each year for each issuer, keeps a gap, refuses a number already used", async () => {
    const today = "2027-01-05";
    const one = async (unit: UnitRow, issuedOn: string, number: number | null = null) => {
      const { id } = await draft(
        unit,
        draftInput([unitTask(unit.code, { dueOn: "2027-12-31" })]),
        today,
      );
      return { id, ...(await issue(unit, id, issuedOn, number, today)) };
    };
    expect((await one(t.province, "2026-03-02")).numberText).toBe("01-CV/ĐU");
    expect((await one(t.province, "2026-05-04")).numberText).toBe("02-CV/ĐU");
    // Another issuer has its own series; a new year starts again at 01.
    expect((await one(t.commune, "2026-05-04")).numberText).toBe("01-CV/ĐU");
    expect((await one(t.province, "2027-01-04")).numberText).toBe("01-CV/ĐU");
    // A number written on a paper original: free numbers are taken, and the gap stays.
    expect((await one(t.province, "2026-06-01", 7)).number).toBe(7);
    const eighth = await one(t.province, "2026-06-02");
    expect(eighth.number).toBe(8);
    const { id } = await draft(
      t.province,
      draftInput([unitTask(t.commune.code, { dueOn: "2027-12-31" })]),
      today,
    );
    const dup = await refused(issue(t.province, id, "2026-06-03", 2, today));
    expect(dup).toBeInstanceOf(ReportingError);
    expect([(dup as ReportingError).reason, dup.status, dup.field]).toEqual([
      "duplicate_number",
      400,
      "number",
    ]);
    expect(dup.message).toBe(
      "Số 02 năm 2026 đã cấp ngày 04/05/2026 cho văn bản ký hiệu CV/ĐU; mỗi số chỉ cấp một lần trong năm (T55, NĐ 30/2020/NĐ-CP Điều 15).",
    );
    // The refused issue left the draft a draft, without a number.
    const row = await db
      .selectFrom("reporting_directive")
      .select(["status", "number"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "draft", number: null });
    // A withdrawn directive keeps its number: the next one does not reuse it.
    await work(db, asOfficial(t.province), today, (w) =>
      withdrawDirective(w, eighth.id, { reason: "Ban hành nhầm." }),
    );
    expect((await issue(t.province, id, "2026-06-03", null, today)).numberText).toBe("09-CV/ĐU");
  });

  it("a state plan reads 01/KH-UBND", async () => {
    const { id } = await draft(
      t.commune2,
      draftInput([unitTask(t.commune2.code)], {
        kind: "ke_hoach",
        variant: "state",
        symbol: "KH-UBND",
      }),
    );
    expect((await issue(t.commune2, id, "2026-06-01")).numberText).toBe("01/KH-UBND");
  });
});

describe("issuing expands tasks into one assignment per unit", () => {
  it("every commune under the province; every commune, ward and special zone; a named village", async () => {
    const { id } = await draft(
      t.province,
      draftInput([
        kindTask("commune", { dueOn: "2026-06-10" }),
        kindTask("commune_level", { title: "Niêm yết kết quả", dueOn: "2026-06-30" }),
        unitTask((t.villages[0] as UnitRow).code, { title: "Họp thôn", dueOn: "2026-06-15" }),
      ]),
    );
    const r = await issue(t.province, id, "2026-06-01");
    expect(r.assignments).toBe(3 + 4 + 1);
    const village = (t.villages[0] as UnitRow).code;
    const communes = [t.commune.code, t.commune2.code, t.commune3.code].sort();
    expect(await assignmentsOf(id)).toEqual([
      ...communes.map((code) => ({ position: 1, code, status: "assigned", due_on: "2026-06-10" })),
      ...[...communes, t.ward.code]
        .sort()
        .map((code) => ({ position: 2, code, status: "assigned", due_on: "2026-06-30" })),
      { position: 3, code: village, status: "assigned", due_on: "2026-06-15" },
    ]);
    const audit = await db
      .selectFrom("audit_event")
      .select(["action", "unit_id", "summary"])
      .where("subject_type", "=", "reporting_directive")
      .where("subject_id", "=", String(id))
      .orderBy("id")
      .execute();
    expect(audit.map((e) => e.action)).toEqual([
      "reporting.directive.drafted",
      "reporting.directive.issued",
    ]);
    expect(audit[1]?.summary).toEqual({
      number: expect.stringMatching(/^\d{2}-CV\/ĐU$/),
      issuedOn: "2026-06-01",
      tasks: 3,
      assignments: 8,
      units: 5,
    });
  });

  it("bad input: a kind with no unit under the issuer is refused on that task", async () => {
    const { id } = await draft(t.commune, draftInput([kindTask("residential_group")]));
    const e = await refused(issue(t.commune, id, "2026-06-01"));
    expect([(e as DirectiveError).reason, e.status, e.field]).toEqual([
      "no_units_of_kind",
      400,
      "tasks.0.kind",
    ]);
    expect(e.message).toBe(
      `Nhiệm vụ 1 “Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng”: ${t.commune.name} không có đơn vị trực thuộc nào thuộc nhóm “Mọi tổ dân phố”.`,
    );
  });
});

describe("bad input and rights: refusals with their Vietnamese messages", () => {
  it("a due date before the issue date, on the draft and when issuing", async () => {
    const early = await refused(
      draft(
        t.province,
        draftInput([unitTask(t.commune.code, { dueOn: "2026-05-29" })], { issuedOn: "2026-06-01" }),
      ),
    );
    expect([(early as DirectiveError).reason, early.status, early.field, early.message]).toEqual([
      "due_before_issue",
      400,
      "tasks.0.dueOn",
      "Nhiệm vụ 1 “Tổ chức hội nghị triển khai”: hạn hoàn thành 29/05/2026 trước ngày ban hành 01/06/2026.",
    ]);
    const { id } = await draft(
      t.province,
      draftInput([unitTask(t.commune.code, { dueOn: "2026-05-29" })]),
    );
    expect(((await refused(issue(t.province, id, "2026-06-01"))) as DirectiveError).reason).toBe(
      "due_before_issue",
    );
    const future = await refused(issue(t.province, id, "2026-06-02"));
    expect([(future as DirectiveError).reason, future.message]).toEqual([
      "issue_date_in_future",
      "Ngày ban hành 02/06/2026 sau hôm nay (01/06/2026); văn bản ghi ngày ký ban hành.",
    ]);
  });

  it("a symbol that does not parse, and one of another kind", async () => {
    const bad = await refused(draft(t.province, draftInput([], { symbol: "CV-ĐU" })));
    expect([(bad as DirectiveError).reason, bad.status, bad.field]).toEqual([
      "invalid_symbol",
      400,
      "symbol",
    ]);
    const kind = await refused(
      draft(t.province, draftInput([], { kind: "chi_thi", symbol: "CV/ĐU" })),
    );
    expect(kind.message).toBe(
      "Ký hiệu của chỉ thị bắt đầu bằng “CT” (ví dụ CT/ĐU), nhận được “CV/ĐU” (T58, Hướng dẫn 36-HD/VPTW).",
    );
  });

  it("a unit outside the issuer's hierarchy, or a code no unit has", async () => {
    const outside = await refused(
      draft(t.commune, draftInput([unitTask(t.commune.code), unitTask(t.commune2.code)])),
    );
    expect([
      (outside as DirectiveError).reason,
      outside.status,
      outside.field,
      outside.message,
    ]).toEqual([
      "outside_hierarchy",
      400,
      "tasks.1.unitCode",
      `Nhiệm vụ 2: ${t.commune2.name} (mã ${t.commune2.code}) không thuộc ${t.commune.name}; chỉ giao nhiệm vụ cho chính đơn vị ban hành hoặc đơn vị trực thuộc.`,
    ]);
    expect(
      ((await refused(draft(t.province, draftInput([unitTask(t.outside.code)])))) as DirectiveError)
        .reason,
    ).toBe("outside_hierarchy");
    const unknown = await refused(draft(t.province, draftInput([unitTask("99999")])));
    expect(unknown.message).toBe("Nhiệm vụ 1: không có đơn vị mang mã 99999.");
  });

  it("issuing with no task; editing, attaching or issuing again once issued (409)", async () => {
    const { id: empty } = await draft(t.province, draftInput([]));
    expect(((await refused(issue(t.province, empty, "2026-06-01"))) as DirectiveError).reason).toBe(
      "no_tasks",
    );
    const { id } = await draft(t.province, draftInput([unitTask(t.commune.code)]));
    await work(db, asOfficial(t.province), TODAY, (w) =>
      addDirectiveAttachments(w, storage, id, [{ name: "cong-van.pdf", bytes: PDF }]),
    );
    await issue(t.province, id, "2026-06-01");
    const edit = await refused(
      work(db, asOfficial(t.province), TODAY, (w) => updateDirectiveDraft(w, id, draftInput([]))),
    );
    expect([edit.status, edit.message]).toEqual([
      409,
      "Văn bản đã ban hành; không sửa nội dung. Muốn thay đổi, thu hồi văn bản và ban hành văn bản mới.",
    ]);
    const attach = await refused(
      work(db, asOfficial(t.province), TODAY, (w) =>
        addDirectiveAttachments(w, storage, id, [{ name: "phu-luc.pdf", bytes: PDF }]),
      ),
    );
    expect(attach.status).toBe(409);
    expect((await refused(issue(t.province, id, "2026-06-01"))).message).toBe(
      "Văn bản đã ban hành; chỉ ban hành được dự thảo.",
    );
    expect(
      await db
        .selectFrom("reporting_directive_attachment")
        .select(["file_name", "mime"])
        .where("directive_id", "=", id)
        .execute(),
    ).toEqual([{ file_name: "cong-van.pdf", mime: "application/pdf" }]);
  });

  it("an attachment that is not PDF, JPEG, PNG or DOCX is refused before anything is stored", async () => {
    const { id } = await draft(t.province, draftInput([]));
    const before = storage.files.size;
    const e = await refused(
      work(db, asOfficial(t.province), TODAY, (w) =>
        addDirectiveAttachments(w, storage, id, [
          { name: "a.pdf", bytes: PDF },
          { name: "virus.exe", bytes: new TextEncoder().encode("MZ....") },
        ]),
      ),
    );
    expect([e.status, e.field, e.message]).toEqual([
      400,
      "files",
      "virus.exe: Chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc tài liệu Word (.docx).",
    ]);
    expect(storage.files.size).toBe(before);
  });

  it("only the issuing unit's own officials draft and issue: not the province for a commune, not oversight", async () => {
    const forCommune = await refused(
      work(db, asOfficial(t.province), TODAY, (w) =>
        createDirectiveDraft(
          w,
          { id: t.commune.id, path: t.commune.path, name: t.commune.name },
          draftInput([]),
        ),
      ),
    );
    expect(forCommune.status).toBe(403);
    const watcher = await refused(
      work(db, roleCtx(t.province, "oversight"), TODAY, (w) =>
        createDirectiveDraft(
          w,
          { id: t.province.id, path: t.province.path, name: t.province.name },
          draftInput([]),
        ),
      ),
    );
    expect(watcher.status).toBe(403);
    const { id } = await draft(t.commune, draftInput([unitTask(t.commune.code)]));
    expect((await refused(issue(t.province, id, "2026-06-01"))).status).toBe(403);
    const admin = await work(db, roleCtx(t.commune, "unit_admin"), TODAY, (w) =>
      issueDirective(w, id, { issuedOn: "2026-06-01", number: null }),
    );
    expect(admin.assignments).toBe(1);
  });

  it("withdrawing needs a reason, an issued directive, and happens once", async () => {
    const { id } = await draft(t.province, draftInput([unitTask(t.commune.code)]));
    const w = (reason: string) =>
      work(db, asOfficial(t.province), TODAY, (x) => withdrawDirective(x, id, { reason }));
    expect((await refused(w("Sai"))).message).toBe(
      "Văn bản còn là dự thảo, chưa ban hành; không cần thu hồi.",
    );
    await issue(t.province, id, "2026-06-01");
    expect(((await refused(w("  "))) as DirectiveError).reason).toBe("reason_required");
    await w("Thay bằng văn bản khác.");
    const again = await refused(w("Lần hai"));
    expect([again.status, again.message]).toEqual([
      409,
      "Văn bản đã được thu hồi ngày 01/06/2026.",
    ]);
    expect(
      await db
        .selectFrom("reporting_directive")
        .select(["status", "withdrawn_reason", "withdrawn_on"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow(),
    ).toEqual({
      status: "withdrawn",
      withdrawn_reason: "Thay bằng văn bản khác.",
      withdrawn_on: "2026-06-01",
    });
  });
});
