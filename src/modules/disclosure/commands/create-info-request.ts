import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { Calendar } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { logDataAccess, type PrivacyKeys, sealIdNumber } from "../../people/index.ts";
import { regimeOf } from "../domain/catalogues.ts";
import {
  type AnswerDeadline,
  answerDeadline,
  type Complexity,
  type RequestCase,
  type RequestChannel,
} from "../domain/information-request.ts";
import {
  type Eligibility,
  intakeProblems,
  normaliseIdNumber,
  receiptNumber,
} from "../domain/request-intake.ts";
import type { UnitRef } from "./unit-ref.ts";

export interface InfoRequestInput {
  requesterName: string;
  requesterAddress: string;
  requesterIdNumber: string;
  requesterContact: string;
  information: string;
  deliveryForm: string;
  purpose: string;
  reasonCase: string;
  eligibility: string;
  relatedItemId: number | null;
  /** Electronic when filed on the platform; in person or by post when an official records paper. */
  channel: RequestChannel;
  complexity: Complexity;
  /** The day a paper request reached the office; an electronic one is received today. */
  receivedOn: string;
}

export interface CreatedInfoRequest {
  id: number;
  receiptNumber: string;
  receivedOn: string;
  deadline: AnswerDeadline;
}

/** All problems at once, for the form: thrown as one validation error with every field. */
export function rejectIf(problems: { field: string; message: string }[]) {
  const first = problems[0];
  if (!first) return;
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] ??= p.message;
  throw validation(first.message, first.field, { fields });
}

/**
 * R13 (Luật 10/2022 Art 14.2): logs a request for information that was due but not published,
 * expired or out of reach in the register (T44, Luật TCTT Art 24.2, 26.1) with its deadline
 * (T45–T46, Art 29–31). Anyone may file electronically; a paper request is recorded by an
 * official. The ID number is sealed; the audit event carries no personal data.
 */
export async function createInfoRequest(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  keys: PrivacyKeys,
  unit: UnitRef,
  input: InfoRequestInput,
  today: string,
): Promise<CreatedInfoRequest> {
  if (regimeOf(unit.kind) !== "commune") {
    throw validation(
      "Chỉ Ủy ban nhân dân xã, phường, đặc khu tiếp nhận yêu cầu cung cấp thông tin theo Luật 10/2022 Điều 14.2.",
      "unit",
    );
  }
  const paper = input.channel !== "electronic";
  if (paper) authorize(ctx.actor, "disclosure.request.handle", { unitPath: unit.path });
  const problems = intakeProblems(input);
  if (paper && input.receivedOn > today)
    problems.push({ field: "receivedOn", message: "Ngày nhận yêu cầu không được sau hôm nay." });
  rejectIf(problems);
  const receivedOn = paper ? input.receivedOn : today;
  // The requester cannot judge complexity; the handler classifies within WD 3 (Art 30.3, 31).
  const complexity: Complexity = paper ? input.complexity : "simple";
  if (input.relatedItemId !== null) {
    const item = await tx
      .selectFrom("disclosure_item")
      .select("id")
      .where("id", "=", input.relatedItemId)
      .where("unit_id", "=", unit.id)
      .where("visibility", "=", "public")
      .where("status", "in", ["published", "superseded", "withdrawn"])
      .executeTakeFirst();
    if (!item)
      throw validation("Nội dung công khai được chọn không thuộc đơn vị này.", "relatedItemId");
  }
  const deadline = answerDeadline(calendar, { receivedOn, channel: input.channel, complexity });
  const row = await tx
    .insertInto("disclosure_info_request")
    .values({
      unit_id: unit.id,
      received_on: receivedOn,
      channel: input.channel,
      complexity,
      requester_name: input.requesterName.trim(),
      requester_address: input.requesterAddress.trim(),
      requester_id_enc: sealIdNumber(keys, normaliseIdNumber(input.requesterIdNumber)),
      requester_contact: input.requesterContact.trim() || null,
      requester_account_id: !paper && ctx.actor.kind === "account" ? ctx.actor.accountId : null,
      information: input.information.trim(),
      delivery_form: input.deliveryForm,
      purpose: input.purpose.trim(),
      reason_case: input.reasonCase as RequestCase,
      related_item_id: input.relatedItemId,
      due_on: deadline.due,
      extended_due_on: null,
      answered_on: null,
      answer: null,
      refusal_ground: null,
      refusal_reason: null,
    })
    .returning(["id", "received_on"])
    .executeTakeFirstOrThrow();
  await logDataAccess(tx, ctx, {
    operation: "create",
    purpose: `Tiếp nhận yêu cầu cung cấp thông tin số ${receiptNumber(row)} (Luật Tiếp cận thông tin Điều 24, 26)`,
    unitId: unit.id,
    fields: ["requester_name", "requester_address", "requester_id_number", "requester_contact"],
  });
  await recordEvent(tx, ctx, {
    action: "disclosure.request.received",
    unitId: unit.id,
    subjectType: "disclosure_info_request",
    subjectId: row.id,
    summary: {
      channel: input.channel,
      complexity,
      reasonCase: input.reasonCase,
      eligibility: input.eligibility as Eligibility,
      relatedItemId: input.relatedItemId,
      receivedOn,
      dueOn: deadline.due,
    },
  });
  return { id: row.id, receiptNumber: receiptNumber(row), receivedOn, deadline };
}
