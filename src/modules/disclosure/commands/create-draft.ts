import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { type Calendar, civilServiceCalendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { categoryOf } from "../domain/catalogues.ts";
import type { DraftInput } from "../http/schemas.ts";
import { publishDue } from "./publish-due.ts";
import { regimeFor, type UnitRef } from "./unit-ref.ts";

/** Resolves the optional village an item concerns: it must be one of the unit's own. */
export async function scopeUnitId(
  tx: Tx,
  unit: UnitRef,
  code: string | null | undefined,
): Promise<number | null> {
  if (!code) return null;
  const village = await tx
    .selectFrom("org_unit")
    .select("id")
    .where("code", "=", code)
    .where("parent_id", "=", unit.id)
    .where("kind", "in", ["village", "residential_group"])
    .executeTakeFirst();
  if (!village) throw validation("Thôn, tổ dân phố không thuộc đơn vị này.", "scopeUnitCode");
  return village.id;
}

/** Starts a disclosure as a draft: nothing is public until it is published. */
export async function createDraft(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: DraftInput,
  calendar: Calendar = civilServiceCalendar(),
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: unit.path });
  const regime = regimeFor(unit);
  const category = categoryOf(regime, input.category);
  if (!category)
    throw validation("Lĩnh vực công khai không có trong danh mục của loại đơn vị này.", "category");
  const item = await tx
    .insertInto("disclosure_item")
    .values({
      unit_id: unit.id,
      regime,
      category: category.code,
      title: input.title,
      summary: input.summary,
      body: input.body,
      basis_number: input.basisNumber ?? null,
      basis_date: input.basisDate,
      basis_issuer: input.basisIssuer ?? null,
      scope_unit_id: await scopeUnitId(tx, unit, input.scopeUnitCode),
      responsible: input.responsible ?? null,
      // Commune disclosures are for everyone; agencies' and enterprises' stay inside (Art 46, 64).
      visibility: regime === "commune" ? "public" : "members",
      supersedes_id: null,
      // Known from the basis date already, so an unpublished draft shows as overdue in time.
      publish_due: publishDue(calendar, category, input.basisDate),
      published_on: null,
      published_at: null,
      withdrawn_reason: null,
      withdrawn_at: null,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "disclosure.item.drafted",
    unitId: unit.id,
    subjectType: "disclosure_item",
    subjectId: item.id,
    summary: { category: category.code, title: input.title, basisDate: input.basisDate },
  });
  return item.id;
}
