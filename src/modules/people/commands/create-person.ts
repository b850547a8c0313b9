import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { logDataAccess } from "../privacy.ts";

/**
 * Records a person who is not (yet) in a household or workforce list — an official of the
 * commune, an operator — so that positions and accounts can be given to them.
 */
export async function createPerson(
  tx: Tx,
  ctx: RequestContext,
  unit: { id: number; path: string },
  input: { fullName: string; birthDate?: string | null; sex?: "male" | "female" | null },
): Promise<number> {
  authorize(ctx.actor, "people.person.create", { unitPath: unit.path });
  const fullName = input.fullName.trim();
  if (fullName.length < 1 || fullName.length > 120)
    throw validation("Họ và tên dài 1–120 ký tự.", "fullName");
  const row = await tx
    .insertInto("people_person")
    .values({
      home_unit_id: unit.id,
      full_name: fullName,
      birth_date: input.birthDate ?? null,
      sex: input.sex ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "people.person.created",
    unitId: unit.id,
    subjectType: "people_person",
    subjectId: row.id,
    summary: { fullName },
  });
  await logDataAccess(tx, ctx, {
    operation: "create",
    purpose: "Ghi nhận cán bộ, người dùng của đơn vị",
    unitId: unit.id,
    personIds: [row.id],
    fields: ["full_name", "birth_date", "sex"],
  });
  return row.id;
}
