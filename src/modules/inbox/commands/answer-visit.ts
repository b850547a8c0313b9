import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { conflict, notFound, validation } from "../../../core/errors.ts";
import { unseal } from "../../../core/security/sealed.ts";
import type { FileStorage } from "../../../core/storage/file-storage.ts";
import { isValidIsoDate } from "../../../core/validation.ts";
import type { Kind } from "../domain/kinds.ts";
import { VISIT_OUTCOMES, type VisitOutcome, visitAnswerProblems } from "../domain/reception.ts";
import { receiveItem } from "./submit-item.ts";
import { type Handling, refuseUnless } from "./support.ts";

async function visitFor(h: Handling, id: number) {
  const v = await h.tx
    .selectFrom("inbox_reception_visit as v")
    .innerJoin("org_unit as u", "u.id", "v.unit_id")
    .select([
      "v.id",
      "v.unit_id",
      "v.year",
      "v.serial",
      "v.visited_on",
      "v.answered_on",
      "v.item_id",
      "v.identity_enc",
      "v.matter",
      "v.request",
      "u.code",
      "u.kind",
      "u.parent_id",
    ])
    .select((eb) => eb.cast<string>("u.path", "text").as("path"))
    .where("v.id", "=", id)
    .forUpdate("v")
    .executeTakeFirst();
  if (!v) throw notFound("Không tìm thấy lượt tiếp công dân.");
  authorize(h.ctx.actor, "inbox.item.record", { unitPath: v.path });
  return v;
}

/**
 * T42 (Luật TCD Art 28.1): the visitor is told within 10 working days that the matter was
 * accepted, needs more time, was refused or transferred. A late answer is recorded as late.
 */
export async function answerVisit(
  h: Handling,
  visitId: number,
  input: { answeredOn: string; outcome: string; answer: string },
) {
  const v = await visitFor(h, visitId);
  if (v.answered_on) throw conflict("Lượt tiếp này đã được trả lời.", "answeredOn");
  if (
    !isValidIsoDate(input.answeredOn) ||
    input.answeredOn > h.today ||
    input.answeredOn < v.visited_on
  )
    throw validation("Ngày trả lời không hợp lệ.", "answeredOn");
  if (!(VISIT_OUTCOMES as readonly string[]).includes(input.outcome))
    throw validation(
      "Chọn kết quả: thụ lý, cần thêm thời gian, không thụ lý hoặc chuyển.",
      "outcome",
    );
  if (input.answer.trim().length < 5)
    throw validation("Ghi nội dung đã trả lời người đến.", "answer");
  const findings = visitAnswerProblems(h.calendar, {
    visitedOn: v.visited_on,
    answeredOn: input.answeredOn,
    outcome: input.outcome,
    today: h.today,
  });
  refuseUnless(
    findings.filter((f) => !f.message.includes("chậm")),
    "outcome",
  );
  await h.tx
    .updateTable("inbox_reception_visit")
    .set({
      answered_on: input.answeredOn,
      outcome: input.outcome as VisitOutcome,
      answer: input.answer.trim(),
    })
    .where("id", "=", v.id)
    .execute();
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.visit.answered",
    unitId: v.unit_id,
    subjectType: "inbox_reception_visit",
    subjectId: v.id,
    summary: { outcome: input.outcome, answeredOn: input.answeredOn, late: findings.length > 0 },
  });
}

/**
 * A visit that brings a written matter becomes an inbox item received at the desk on the visit's
 * day, with the register entry as its source, and the visitor's identity carried over sealed.
 */
export async function visitToItem(
  h: Handling,
  dataKey: Buffer,
  storage: FileStorage,
  visitId: number,
  input: {
    kind: Kind;
    title: string;
    contact?: string | null;
    respondent?: string | null;
    respondentAddress?: string | null;
    accused?: string | null;
  },
) {
  const v = await visitFor(h, visitId);
  if (v.item_id) throw conflict("Lượt tiếp này đã được ghi thành vụ việc.", "kind");
  const who = JSON.parse(unseal(dataKey, v.identity_enc).toString()) as {
    name: string;
    address: string;
  };
  const item = await receiveItem(
    h,
    storage,
    { id: v.unit_id, code: v.code, kind: v.kind, path: v.path, parentId: v.parent_id },
    dataKey,
    {
      kind: input.kind,
      channel: "desk",
      receivedOn: v.visited_on,
      title: input.title,
      content: `${v.matter}\n\nYêu cầu: ${v.request}`,
      name: who.name,
      address: who.address,
      submittedOn: v.visited_on,
      request: v.request,
      reasons: v.matter,
      contact: input.contact ?? null,
      respondent: input.respondent ?? null,
      respondentAddress: input.respondentAddress ?? null,
      accused: input.accused ?? null,
      signed: true,
      transcribed: true,
      source: `Sổ tiếp công dân số ${v.serial}/${v.year}`,
    },
  );
  await h.tx
    .updateTable("inbox_reception_visit")
    .set({ item_id: item.id })
    .where("id", "=", v.id)
    .execute();
  return item;
}
