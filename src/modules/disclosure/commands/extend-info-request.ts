import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { type Calendar, formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict, validation } from "../../../core/errors.ts";
import type { InfoRequestRow } from "../db/info-request.repo.ts";
import { answerDeadline } from "../domain/information-request.ts";

const TCTT = "Luật Tiếp cận thông tin 2016";
const vi = (date: string) => formatDateVi(parseLocalDate(date));

/** A request still waiting for its answer, locked until the transaction ends. */
export async function lockOpenRequest(tx: Tx, request: InfoRequestRow) {
  const row = await tx
    .selectFrom("disclosure_info_request")
    .select(["status", "due_on", "extended_due_on", "complexity"])
    .where("id", "=", request.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.status === "answered" || row.status === "refused")
    throw conflict("Yêu cầu này đã được trả lời hoặc từ chối.");
  return row;
}

/**
 * T45–T46 (Luật TCTT Art 29.3, 30.3, 31): a complex request's period is extended once, by 10
 * working days at the office or 15 days by e-mail or post, with a written notice (Mẫu 04, NĐ
 * 13/2018) sent within the period. The notice's reason is kept in the audit event.
 */
export async function extendInfoRequest(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  request: InfoRequestRow,
  input: { reason: string },
  today: string,
): Promise<string> {
  authorize(ctx.actor, "disclosure.request.handle", { unitPath: request.unit_path });
  const row = await lockOpenRequest(tx, request);
  if (row.status === "extended") {
    throw conflict(
      `Thời hạn đã được gia hạn một lần đến ngày ${vi(row.extended_due_on ?? row.due_on)}; không được gia hạn thêm (T45, T46, ${TCTT} Điều 29–31).`,
    );
  }
  const deadline = answerDeadline(calendar, {
    receivedOn: request.received_on,
    channel: request.channel,
    complexity: row.complexity,
  });
  if (!deadline.extendedDue) {
    throw conflict(
      `Chỉ gia hạn được khi thông tin phức tạp, cần tập hợp hoặc lấy ý kiến; thông tin có sẵn phải cung cấp trong thời hạn (T45, T46, ${TCTT} Điều 29–31).`,
    );
  }
  if (today > row.due_on) {
    throw conflict(
      `Thông báo gia hạn phải gửi trong thời hạn trả lời, chậm nhất ngày ${vi(row.due_on)} (T45, T46).`,
    );
  }
  const reason = input.reason.trim();
  if (reason === "")
    throw validation("Thông báo gia hạn phải nêu rõ lý do gia hạn (Mẫu 04, NĐ 13/2018).", "reason");
  await tx
    .updateTable("disclosure_info_request")
    .set({ status: "extended", extended_due_on: deadline.extendedDue })
    .where("id", "=", request.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.request.extended",
    unitId: request.unit_id,
    subjectType: "disclosure_info_request",
    subjectId: request.id,
    summary: { dueOn: row.due_on, extendedDueOn: deadline.extendedDue, noticeOn: today, reason },
  });
  return deadline.extendedDue;
}
