import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";

/**
 * T59 (NĐ 13/2023 Art 13.4.b, 17.5): a commune keeping the register under Law 10/2022 processes
 * personal data on a legal basis rather than consent; the basis is recorded per purpose.
 */
export async function recordLegalBasis(
  tx: Tx,
  ctx: RequestContext,
  unit: { id: number; path: string },
  input: { purpose: string; basis: string },
) {
  authorize(ctx.actor, "people.legal_basis.manage", { unitPath: unit.path });
  const row = await tx
    .insertInto("people_legal_basis")
    .values({ unit_id: unit.id, purpose: input.purpose, basis: input.basis })
    .onConflict((oc) => oc.columns(["unit_id", "purpose"]).doUpdateSet({ basis: input.basis }))
    .returning(["id"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "people.legal_basis.recorded",
    unitId: unit.id,
    subjectType: "people_legal_basis",
    subjectId: row.id,
    summary: input,
  });
}

export const REGISTER_PURPOSE = "Sổ hộ gia đình và nhân khẩu phục vụ thực hiện dân chủ ở cơ sở";
export const REGISTER_BASIS =
  "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (Điều 15–22: hộ gia đình bàn và quyết định); " +
  "xử lý bởi cơ quan nhà nước có thẩm quyền theo Nghị định 13/2023/NĐ-CP Điều 13.4.b, 17.5 " +
  "và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.";
