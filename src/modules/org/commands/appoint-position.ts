import { recordEvent } from "../../../core/audit/index.ts";
import { authorize, type Role } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { findBody, type UnitRow } from "../db/org.repo.ts";
import { defaultRoleFor } from "../domain/body-kinds.ts";
import type { AppointInput } from "../http/schemas.ts";

/** A person takes a position in one of the unit's bodies for a term; the position grants a role. */
export async function appointPosition(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRow,
  input: AppointInput,
) {
  authorize(ctx.actor, "org.body.manage", { unitPath: unit.path });
  const body = await findBody(tx, input.bodyId);
  if (!body || body.unit_id !== unit.id)
    throw validation("Tổ chức không thuộc đơn vị này.", "bodyId");
  const person = await tx
    .selectFrom("people_person")
    .select(["id"])
    .where("id", "=", input.personId)
    .executeTakeFirst();
  if (!person) throw validation(`Không có người mang mã ${input.personId}.`, "personId");
  const role = (input.role as Role | undefined) ?? defaultRoleFor(body.kind);
  const position = await tx
    .insertInto("org_position")
    .values({
      unit_id: unit.id,
      body_id: body.id,
      person_id: person.id,
      title: input.title,
      role,
      term_start: input.termStart,
      term_end: input.termEnd ?? null,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "org.position.appointed",
    unitId: unit.id,
    subjectType: "org_position",
    subjectId: position.id,
    summary: {
      bodyId: body.id,
      personId: person.id,
      title: input.title,
      role,
      termStart: input.termStart,
    },
  });
  return position;
}
