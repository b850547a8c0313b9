import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { householdCountOn } from "../../people/index.ts";
import { consentsOf, findHouseholdInUnit, findInitiative } from "../db/decision.repo.ts";
import { initiativeTabling } from "../domain/thresholds.ts";
import { isVillageKind, refuseUnless } from "./findings.ts";
import type { UnitRef } from "./open-matter.ts";

// Residents' initiatives (Luật 10/2022 Điều 16.3; NĐ 61/2023 Điều 7 for conventions): consents
// of households are collected and counted against all households of the village (R16).

export async function createInitiative(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: { title: string; description: string; initiatorName: string; openedOn: string },
): Promise<number> {
  authorize(ctx.actor, "decision.matter.manage", { unitPath: unit.path });
  if (!isVillageKind(unit.kind)) {
    throw validation("Sáng kiến của người dân được ghi nhận tại thôn, tổ dân phố.", "unit");
  }
  const row = await tx
    .insertInto("decision_initiative")
    .values({
      unit_id: unit.id,
      title: input.title,
      description: input.description,
      initiator_name: input.initiatorName,
      opened_on: input.openedOn,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "decision.initiative.created",
    unitId: unit.id,
    subjectType: "decision_initiative",
    subjectId: row.id,
    summary: { title: input.title },
  });
  return row.id;
}

/** One consent per household, dated when it was given (valid 3 months, R16). */
export async function recordConsent(
  tx: Tx,
  ctx: RequestContext,
  initiativeId: number,
  input: { householdCode: string; givenOn: string },
  today: string,
): Promise<void> {
  const initiative = await findInitiative(tx, initiativeId);
  if (!initiative) throw notFound("Không tìm thấy sáng kiến.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: initiative.unit_path });
  if (initiative.status !== "collecting") throw conflict("Sáng kiến không còn thu thập ý kiến.");
  if (input.givenOn > today) throw validation("Ngày đồng ý không được ở tương lai.", "givenOn");
  const household = await findHouseholdInUnit(tx, initiative.unit_id, input.householdCode);
  if (!household)
    throw validation(`Không có hộ mang mã ${input.householdCode} trong thôn.`, "householdCode");
  const row = await tx
    .insertInto("decision_consent")
    .values({
      initiative_id: initiativeId,
      household_id: household.id,
      unit_id: initiative.unit_id,
      given_on: input.givenOn,
    })
    .onConflict((oc) => oc.columns(["initiative_id", "household_id"]).doNothing())
    .returning("household_id")
    .executeTakeFirst();
  if (!row)
    throw conflict(`Hộ ${input.householdCode} đã đồng ý với sáng kiến này.`, "householdCode");
  await recordEvent(tx, ctx, {
    action: "decision.consent.recorded",
    unitId: initiative.unit_id,
    subjectType: "decision_initiative",
    subjectId: initiativeId,
    summary: { household: input.householdCode, givenOn: input.givenOn },
  });
}

/**
 * Tables the initiative when ≥ 10 % of the village's households consented within 3 months, or
 * below that with the Ban công tác Mặt trận's approval (R16); the head then opens the matter.
 */
export async function tableInitiative(
  tx: Tx,
  ctx: RequestContext,
  initiativeId: number,
  input: { frontApprovedOn: string | null },
  today: string,
) {
  const initiative = await findInitiative(tx, initiativeId);
  if (!initiative) throw notFound("Không tìm thấy sáng kiến.");
  authorize(ctx.actor, "decision.matter.manage", { unitPath: initiative.unit_path });
  if (initiative.status !== "collecting") throw conflict("Sáng kiến đã được xử lý.");
  const households = await householdCountOn(tx, initiative.unit_id, today);
  const consents = await consentsOf(tx, initiativeId);
  const result = initiativeTabling({
    households,
    consents: consents.map((c) => ({ householdId: c.household_id, givenOn: c.given_on })),
    tablingDate: today,
    frontApproved: input.frontApprovedOn !== null,
  });
  if (!result.mustTable && !result.mayTable) {
    refuseUnless([result.finding], "frontApprovedOn");
  }
  await tx
    .updateTable("decision_initiative")
    .set({ status: "tabled", front_approved_on: input.frontApprovedOn })
    .where("id", "=", initiativeId)
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.initiative.tabled",
    unitId: initiative.unit_id,
    subjectType: "decision_initiative",
    subjectId: initiativeId,
    summary: { households, validConsents: result.validConsents, mustTable: result.mustTable },
  });
  return result;
}
