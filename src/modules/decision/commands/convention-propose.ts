import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import { findConvention } from "../db/convention.repo.ts";
import type { ConventionKind } from "../db/convention-tables.ts";
import { findInitiative } from "../db/decision.repo.ts";
import { openingProblem } from "../domain/matter-rules.ts";
import { auditConvention } from "./convention-load.ts";
import { reviewDayProblem } from "./convention-rules.ts";
import { isVillageKind, refuseUnless } from "./findings.ts";
import type { UnitRef } from "./open-matter.ts";

export interface ProposeConventionInput {
  kind: ConventionKind;
  title: string;
  proposedBy: "village_head" | "initiative";
  frontAgreedBy: string | null;
  frontAgreedOn: string | null;
  initiativeId: number | null;
  proposedOn: string;
  ethnicMinorityArea: boolean;
  ethnicLanguage: string | null;
  /** The recognised convention this one amends or replaces (NĐ 61 Art 13). */
  amendsId: number | null;
  reviewMonth: number | null;
  reviewDay: number | null;
}

/**
 * A village starts a convention, or the amendment of its recognised one (NĐ 61/2023 Art 7, 13):
 * proposed by the head after agreeing with the Trưởng ban công tác Mặt trận, or by residents
 * through an initiative that reached 10 % of households or the Ban's approval (R15, R16).
 */
export async function proposeConvention(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: ProposeConventionInput,
  today: string,
): Promise<number> {
  authorize(ctx.actor, "decision.matter.manage", { unitPath: unit.path });
  if (!isVillageKind(unit.kind)) {
    throw validation("Hương ước, quy ước do cộng đồng dân cư thôn, tổ dân phố xây dựng.", "unit");
  }
  if (input.proposedOn > today)
    throw validation("Ngày đề xuất không được ở tương lai.", "proposedOn");
  let initiativeTabled = false;
  if (input.proposedBy === "initiative") {
    const initiative = input.initiativeId ? await findInitiative(tx, input.initiativeId) : null;
    if (!initiative || initiative.unit_id !== unit.id) {
      throw validation("Không tìm thấy kiến nghị của người dân tại thôn này.", "initiativeId");
    }
    initiativeTabled = initiative.status === "tabled";
  }
  const agreement =
    input.frontAgreedBy && input.frontAgreedOn
      ? { by: input.frontAgreedBy, on: input.frontAgreedOn }
      : null;
  refuseUnless(
    [
      openingProblem({
        scope: "village",
        opener: input.proposedBy,
        agreement,
        initiativeTabled,
      }),
    ],
    input.proposedBy === "initiative" ? "initiativeId" : "frontAgreedBy",
  );
  const dayProblem = reviewDayProblem(input.reviewMonth, input.reviewDay);
  if (dayProblem) throw validation(dayProblem, "reviewDay");
  if (input.amendsId !== null) {
    const old = await findConvention(tx, input.amendsId);
    if (!old || old.unit_id !== unit.id) {
      throw validation("Không có hương ước, quy ước này tại thôn.", "amendsId");
    }
    if (old.status !== "recognised" && old.status !== "suspended") {
      throw conflict("Chỉ sửa đổi, bổ sung hương ước, quy ước đang được công nhận.", "amendsId");
    }
    const pending = await tx
      .selectFrom("decision_convention")
      .select("id")
      .where("amends_id", "=", old.id)
      .where("status", "not in", ["not_adopted", "refused", "annulled", "replaced"])
      .executeTakeFirst();
    if (pending) {
      throw conflict(
        `Đang có bản sửa đổi (#${pending.id}) của hương ước, quy ước này.`,
        "amendsId",
      );
    }
  }
  const row = await tx
    .insertInto("decision_convention")
    .values({
      unit_id: unit.id,
      kind: input.kind,
      title: input.title,
      proposed_by: input.proposedBy,
      front_agreed_by: agreement?.by ?? null,
      front_agreed_on: agreement?.on ?? null,
      initiative_id: input.proposedBy === "initiative" ? input.initiativeId : null,
      proposed_on: input.proposedOn,
      ethnic_minority_area: input.ethnicMinorityArea,
      ethnic_language: input.ethnicMinorityArea ? input.ethnicLanguage : null,
      amends_id: input.amendsId,
      review_month: input.reviewMonth,
      review_day: input.reviewDay,
      channels: "[]",
      publicity_forms: "[]",
      created_by: ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConvention(tx, ctx, { id: row.id, unit_id: unit.id }, "proposed", {
    kind: input.kind,
    title: input.title,
    proposedBy: input.proposedBy,
    proposedOn: input.proposedOn,
    ethnicMinorityArea: input.ethnicMinorityArea,
    amends: input.amendsId,
  });
  return row.id;
}
