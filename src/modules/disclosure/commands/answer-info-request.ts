import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import type { InfoRequestRow } from "../db/info-request.repo.ts";
import { effectiveDue } from "../domain/request-intake.ts";
import { rejectIf } from "./create-info-request.ts";
import { lockOpenRequest } from "./extend-info-request.ts";

/** The day a request was answered or refused: not before it was received, not in the future. */
export function decisionDateProblem(on: string, request: InfoRequestRow, today: string) {
  if (on < request.received_on) return "Ngày trả lời không được trước ngày nhận yêu cầu.";
  if (on > today) return "Ngày trả lời không được sau hôm nay.";
  return null;
}

/**
 * R13, T45–T46 (Luật TCTT Art 29–31): records how the information was provided. An answer after
 * the last day is still recorded; the register shows it as late.
 */
export async function answerInfoRequest(
  tx: Tx,
  ctx: RequestContext,
  request: InfoRequestRow,
  input: { answer: string; answeredOn: string },
  today: string,
) {
  authorize(ctx.actor, "disclosure.request.handle", { unitPath: request.unit_path });
  const row = await lockOpenRequest(tx, request);
  const answer = input.answer.trim();
  const problems: { field: string; message: string }[] = [];
  if (answer === "")
    problems.push({
      field: "answer",
      message: "Ghi nội dung trả lời: thông tin đã cung cấp và hình thức cung cấp.",
    });
  const dateProblem = decisionDateProblem(input.answeredOn, request, today);
  if (dateProblem) problems.push({ field: "answeredOn", message: dateProblem });
  rejectIf(problems);
  await tx
    .updateTable("disclosure_info_request")
    .set({ status: "answered", answer, answered_on: input.answeredOn })
    .where("id", "=", request.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.request.answered",
    unitId: request.unit_id,
    subjectType: "disclosure_info_request",
    subjectId: request.id,
    summary: { answeredOn: input.answeredOn, late: input.answeredOn > effectiveDue(row) },
  });
}
