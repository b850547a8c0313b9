import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import { type Calendar, formatDateVi, parseLocalDate } from "../../../core/calendar/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { conflict } from "../../../core/errors.ts";
import type { InfoRequestRow } from "../db/info-request.repo.ts";
import { answerDeadline } from "../domain/information-request.ts";
import { lockOpenRequest } from "./extend-info-request.ts";

/**
 * T45–T46 (Luật TCTT Art 29.2, 30.3, 31): information that must be gathered or needs others'
 * opinions is complex. A request filed on the platform starts as simple; the handler may classify
 * it as complex with a written notice of the new deadline — by e-mail or post within 03 working
 * days (the notice deadline), at the office before the day's answer was due.
 */
export async function classifyInfoRequest(
  tx: Tx,
  ctx: RequestContext,
  calendar: Calendar,
  request: InfoRequestRow,
  today: string,
): Promise<string> {
  authorize(ctx.actor, "disclosure.request.handle", { unitPath: request.unit_path });
  const row = await lockOpenRequest(tx, request);
  if (row.complexity === "complex") throw conflict("Yêu cầu đã được xác định là phức tạp.");
  const complex = answerDeadline(calendar, {
    receivedOn: request.received_on,
    channel: request.channel,
    complexity: "complex",
  });
  const noticeBy = complex.noticeDue ?? parseLocalDate(row.due_on);
  if (today > noticeBy) {
    throw conflict(
      `Phải thông báo thời hạn cho người yêu cầu chậm nhất ngày ${formatDateVi(noticeBy)} (${complex.rule}, ${complex.provision}); nay đã quá hạn thông báo.`,
    );
  }
  await tx
    .updateTable("disclosure_info_request")
    .set({ complexity: "complex", due_on: complex.due })
    .where("id", "=", request.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.request.classified",
    unitId: request.unit_id,
    subjectType: "disclosure_info_request",
    subjectId: request.id,
    summary: { complexity: "complex", dueOn: complex.due, noticeOn: today },
  });
  return complex.due;
}
