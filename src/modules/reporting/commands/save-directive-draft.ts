import { authorize } from "../../../core/authz/index.ts";
import type { Executor } from "../../../core/db/database.ts";
import { notFound } from "../../../core/errors.ts";
import {
  insertDirective,
  lockDirective,
  type NewTask,
  replaceTasks,
  updateDirectiveRow,
} from "../db/directive.repo.ts";
import type { Variant } from "../domain/numbering.ts";
import { refuseInput, refuseState } from "../rules/directive-refusal.ts";
import {
  checkDueDates,
  checkSymbol,
  type DirectiveKind,
  type TargetKind,
  withinIssuer,
} from "../rules/directive-rules.ts";
import { audit, type Working } from "./support.ts";

export type TaskInput = {
  title: string;
  description: string;
  dueOn: string;
} & (
  | { target: "unit"; unitCode: string; bodyId: number | null }
  | { target: "kind"; kind: TargetKind }
);

export interface DraftInput {
  kind: DirectiveKind;
  variant: Variant;
  /** "CV/ĐU", "KH-UBND": the number is given when the directive is issued. */
  symbol: string;
  issuerBodyId: number | null;
  /** The planned issue date, if known; issuing sets the real one. */
  issuedOn: string | null;
  title: string;
  body: string;
  tasks: TaskInput[];
}

export interface Issuer {
  id: number;
  path: string;
  name: string;
}

/** Starts a directive as a draft of the issuing unit: nothing is sent until it is issued. */
export async function createDirectiveDraft(
  w: Working,
  issuer: Issuer,
  input: DraftInput,
): Promise<{ id: number }> {
  authorize(w.ctx.actor, "reporting.directive.issue", { unitPath: issuer.path });
  const checked = await checkDraft(w.tx, issuer, input);
  const { id } = await insertDirective(w.tx, {
    issuer_unit_id: issuer.id,
    issuer_body_id: input.issuerBodyId,
    kind: input.kind,
    variant: input.variant,
    symbol: checked.symbol,
    issued_on: input.issuedOn,
    title: input.title,
    body: input.body,
    created_by: w.ctx.actor.accountId,
  });
  await replaceTasks(w.tx, id, checked.tasks);
  await audit(w, {
    action: "reporting.directive.drafted",
    unitId: issuer.id,
    subjectType: "reporting_directive",
    subjectId: id,
    summary: { kind: input.kind, symbol: checked.symbol, tasks: checked.tasks.length },
  });
  return { id };
}

/** Saves a draft again, its tasks whole; an issued or withdrawn directive is not edited. */
export async function updateDirectiveDraft(
  w: Working,
  directiveId: number,
  input: DraftInput,
): Promise<void> {
  const d = await lockDirective(w.tx, directiveId);
  if (!d) throw notFound("Không tìm thấy văn bản chỉ đạo.");
  authorize(w.ctx.actor, "reporting.directive.issue", { unitPath: d.issuer_path });
  if (d.status !== "draft") {
    throw refuseState(
      "not_draft",
      "Văn bản đã ban hành; không sửa nội dung. Muốn thay đổi, thu hồi văn bản và ban hành văn bản mới.",
    );
  }
  const issuer = { id: d.issuer_unit_id, path: d.issuer_path, name: d.issuer_name };
  const checked = await checkDraft(w.tx, issuer, input);
  await updateDirectiveRow(w.tx, d.id, {
    issuer_body_id: input.issuerBodyId,
    kind: input.kind,
    variant: input.variant,
    symbol: checked.symbol,
    issued_on: input.issuedOn,
    title: input.title,
    body: input.body,
  });
  await replaceTasks(w.tx, d.id, checked.tasks);
  await audit(w, {
    action: "reporting.directive.updated",
    unitId: d.issuer_unit_id,
    subjectType: "reporting_directive",
    subjectId: d.id,
    summary: { kind: input.kind, symbol: checked.symbol, tasks: checked.tasks.length },
  });
}

/** The draft's checks: its symbol's form, its dates, its issuing body, whom its tasks go to. */
async function checkDraft(db: Executor, issuer: Issuer, input: DraftInput) {
  const symbol = checkSymbol(input.kind, input.variant, input.symbol);
  checkDueDates(input.tasks, input.issuedOn);
  if (input.issuerBodyId !== null)
    await checkBody(db, issuer.id, input.issuerBodyId, "issuerBodyId");
  const tasks: NewTask[] = [];
  for (const [i, t] of input.tasks.entries()) {
    const base = { title: t.title, description: t.description, due_on: t.dueOn };
    if (t.target === "kind") {
      tasks.push({
        ...base,
        target: "kind",
        target_kind: t.kind,
        target_unit_id: null,
        target_body_id: null,
      });
      continue;
    }
    const field = `tasks.${i}.unitCode`;
    const unit = await db
      .selectFrom("org_unit")
      .select(["id", "name", "path"])
      .where("code", "=", t.unitCode)
      .executeTakeFirst();
    if (!unit) {
      throw refuseInput(
        "unknown_unit",
        `Nhiệm vụ ${i + 1}: không có đơn vị mang mã ${t.unitCode}.`,
        field,
      );
    }
    if (!withinIssuer(unit.path, issuer.path)) {
      throw refuseInput(
        "outside_hierarchy",
        `Nhiệm vụ ${i + 1}: ${unit.name} (mã ${t.unitCode}) không thuộc ${issuer.name}; chỉ giao nhiệm vụ cho chính đơn vị ban hành hoặc đơn vị trực thuộc.`,
        field,
      );
    }
    if (t.bodyId !== null) await checkBody(db, unit.id, t.bodyId, `tasks.${i}.bodyId`);
    tasks.push({
      ...base,
      target: "unit",
      target_unit_id: unit.id,
      target_body_id: t.bodyId,
      target_kind: null,
    });
  }
  return { symbol, tasks };
}

async function checkBody(db: Executor, unitId: number, bodyId: number, field: string) {
  const body = await db
    .selectFrom("org_body")
    .select("id")
    .where("id", "=", bodyId)
    .where("unit_id", "=", unitId)
    .where("dissolved_on", "is", null)
    .executeTakeFirst();
  if (!body) throw refuseInput("unknown_body", "Tổ chức được chọn không thuộc đơn vị này.", field);
}
