import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findUnitByCode, findUnitById, insertUnit, type UnitRow } from "../db/org.repo.ts";
import { UNIT_KIND_LABEL } from "../domain/unit-kinds.ts";
import { codeProblem, parentProblem } from "../domain/unit-rules.ts";
import type { CreateUnitInput } from "../http/schemas.ts";

/** Adds a unit under `parentId` (or a root province when null), with its audit event. */
export async function createUnit(
  tx: Tx,
  ctx: RequestContext,
  parentId: number | null,
  input: CreateUnitInput,
): Promise<UnitRow> {
  const parent = parentId === null ? null : await findUnitById(tx, parentId);
  if (parentId !== null && !parent) throw validation("Đơn vị cấp trên không tồn tại.", "parent");
  if (parent) authorize(ctx.actor, "org.unit.create_child", { unitPath: parent.path });
  else authorize(ctx.actor, "org.root.create", { unitPath: "" });

  const placement = parentProblem(input.kind, parent?.kind ?? null);
  if (placement) throw validation(placement, "kind");
  const codeIssue = codeProblem(input.kind, input.code);
  if (codeIssue) throw validation(codeIssue, "code");
  if (await findUnitByCode(tx, input.code)) {
    throw conflict(`Mã đơn vị ${input.code} đã được dùng.`, "code");
  }
  const unit = await insertUnit(tx, {
    code: input.code,
    name: input.name,
    full_name:
      input.fullName ?? `${input.localKindName ?? UNIT_KIND_LABEL[input.kind].vi} ${input.name}`,
    name_en: input.nameEn ?? null,
    kind: input.kind,
    local_kind_name: input.localKindName ?? null,
    parent_id: parent?.id ?? null,
    address: input.address ?? null,
  });
  await recordEvent(tx, ctx, {
    action: "org.unit.created",
    unitId: unit.id,
    subjectType: "org_unit",
    subjectId: unit.id,
    summary: {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentCode: parent?.code ?? null,
    },
  });
  return unit;
}
