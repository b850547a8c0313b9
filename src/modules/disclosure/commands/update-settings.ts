import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { categoryOf } from "../domain/catalogues.ts";
import { FORMS, type Form } from "../domain/types.ts";
import { regimeFor, type UnitRef } from "./unit-ref.ts";

/** Facilities the rules depend on: a loudspeaker system (Art 13.3), an intranet (Art 48, 66). */
export async function updateSettings(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: { hasLoudspeaker: boolean; hasIntranet: boolean },
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: unit.path });
  await tx
    .insertInto("disclosure_unit_settings")
    .values({
      unit_id: unit.id,
      has_loudspeaker: input.hasLoudspeaker,
      has_intranet: input.hasIntranet,
    })
    .onConflict((oc) =>
      oc
        .column("unit_id")
        .doUpdateSet({ has_loudspeaker: input.hasLoudspeaker, has_intranet: input.hasIntranet }),
    )
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.settings.updated",
    unitId: unit.id,
    subjectType: "org_unit",
    subjectId: unit.id,
    summary: input,
  });
}

/** R97 (NĐ 145/2020 Art 43.2): the channels the employer's democracy regulation sets per item. */
export async function configureChannels(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  category: string,
  forms: string[],
) {
  authorize(ctx.actor, "disclosure.item.manage", { unitPath: unit.path });
  const regime = regimeFor(unit);
  if (!categoryOf(regime, category))
    throw validation("Nội dung công khai không có trong danh mục.", "category");
  const valid = forms.filter((f): f is Form => (FORMS as readonly string[]).includes(f));
  if (valid.length !== forms.length) throw validation("Hình thức công khai không hợp lệ.", "forms");
  await tx
    .insertInto("disclosure_channel_config")
    .values({ unit_id: unit.id, category, forms: valid })
    .onConflict((oc) => oc.columns(["unit_id", "category"]).doUpdateSet({ forms: valid }))
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.channels.configured",
    unitId: unit.id,
    subjectType: "org_unit",
    subjectId: unit.id,
    summary: { category, forms: valid },
  });
}
