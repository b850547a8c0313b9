import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { findInitiative, villagesOf } from "../db/decision.repo.ts";
import type { Opener } from "../db/tables.ts";
import { formProblem, openingProblem, scopeProblem } from "../domain/matter-rules.ts";
import type { Form, Item, Scope } from "../domain/types.ts";
import { isCommuneKind, isVillageKind, refuseUnless } from "./findings.ts";

export interface UnitRef {
  id: number;
  code: string;
  kind: string;
  path: string;
}

export interface OpenMatterInput {
  item: Item;
  scope: Scope;
  title: string;
  description: string;
  question: string;
  opener: Opener;
  agreementBy: string | null;
  agreementOn: string | null;
  noMeetingAgreed: boolean;
  perVillageRule: "two_thirds" | "majority";
  form: Form;
  heldOn: string;
  closesOn: string;
  place: string | null;
  initiativeId: number | null;
}

/**
 * Opens a matter for residents to decide (Art 15–17) with its first round: one in the village,
 * or, commune-wide (items 1–2), one in every village of the commune, each counted over its own
 * households and then aggregated (R27).
 */
export async function openMatter(
  tx: Tx,
  ctx: RequestContext,
  unit: UnitRef,
  input: OpenMatterInput,
): Promise<number> {
  authorize(ctx.actor, "decision.matter.manage", { unitPath: unit.path });
  if (input.scope === "village" && !isVillageKind(unit.kind)) {
    throw validation(
      "Nội dung trong phạm vi thôn, tổ dân phố phải mở tại thôn, tổ dân phố.",
      "scope",
    );
  }
  if (input.scope === "commune" && !isCommuneKind(unit.kind)) {
    throw validation("Nội dung trong phạm vi cấp xã phải mở tại xã, phường, đặc khu.", "scope");
  }
  if (input.closesOn < input.heldOn) {
    throw validation("Ngày kết thúc không được trước ngày bắt đầu.", "closesOn");
  }
  let initiativeTabled = false;
  if (input.opener === "initiative") {
    const initiative = input.initiativeId ? await findInitiative(tx, input.initiativeId) : null;
    if (!initiative || initiative.unit_id !== unit.id) {
      throw validation("Không tìm thấy sáng kiến của người dân tại đơn vị này.", "initiativeId");
    }
    initiativeTabled = initiative.status === "tabled";
  }
  const agreement =
    input.agreementBy && input.agreementOn
      ? { by: input.agreementBy, on: input.agreementOn }
      : null;
  refuseUnless([scopeProblem(input.item, input.scope)], "scope");
  refuseUnless(
    [openingProblem({ scope: input.scope, opener: input.opener, agreement, initiativeTabled })],
    "agreementBy",
  );
  // The opt-in poll and the report to the commune are checked when the online round opens.
  refuseUnless(
    [
      formProblem({
        item: input.item,
        scope: input.scope,
        form: input.form,
        meetingFailedAttendance: false,
        headAndFrontAgreeNoMeeting: input.noMeetingAgreed,
        optInPassed: true,
        reportLoggedBeforeOpen: true,
      }),
    ],
    "form",
  );
  const villages =
    input.scope === "commune"
      ? await villagesOf(tx, unit.id)
      : [{ id: unit.id, code: unit.code, name: "", path: unit.path }];
  if (villages.length === 0) {
    throw validation("Xã chưa có thôn, tổ dân phố nào để lấy ý kiến.", "scope");
  }
  const matter = await tx
    .insertInto("decision_matter")
    .values({
      unit_id: unit.id,
      item: input.item,
      scope: input.scope,
      title: input.title,
      description: input.description,
      question: input.question,
      opener: input.opener,
      agreement_by: agreement?.by ?? null,
      agreement_on: agreement?.on ?? null,
      no_meeting_agreed: input.noMeetingAgreed,
      per_village_rule: input.perVillageRule,
      initiative_id: input.initiativeId,
      created_by: ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("decision_round")
    .values(
      villages.map((v) => ({
        matter_id: matter.id,
        unit_id: v.id,
        seq: 1,
        form: input.form,
        held_on: input.heldOn,
        closes_on: input.closesOn,
        place: input.place,
        // R29: the template carries the commune's stamp commune-wide, the head's signature in a village.
        template_mark:
          input.form === "meeting" ? null : input.scope === "commune" ? "stamp" : "signature",
        team: "[]",
        tellers: "[]",
        witnesses: "[]",
      })),
    )
    .execute();
  await recordEvent(tx, ctx, {
    action: "decision.matter.opened",
    unitId: unit.id,
    subjectType: "decision_matter",
    subjectId: matter.id,
    summary: {
      item: input.item,
      scope: input.scope,
      form: input.form,
      title: input.title,
      rounds: villages.length,
      opener: input.opener,
    },
  });
  return matter.id;
}
