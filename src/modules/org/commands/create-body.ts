import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { UnitRow } from "../db/org.repo.ts";
import type { CreateBodyInput } from "../http/schemas.ts";

export async function createBody(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRow,
  input: CreateBodyInput,
) {
  authorize(ctx.actor, "org.body.manage", { unitPath: unit.path });
  const body = await tx
    .insertInto("org_body")
    .values({ unit_id: unit.id, kind: input.kind, name: input.name })
    .returning(["id", "unit_id", "kind", "name"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "org.body.created",
    unitId: unit.id,
    subjectType: "org_body",
    subjectId: body.id,
    summary: { kind: body.kind, name: body.name },
  });
  return body;
}
