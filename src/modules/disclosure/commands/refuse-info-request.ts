import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { logDataAccess, openIdNumber, type PrivacyKeys } from "../../people/index.ts";
import { answeredAbout, type InfoRequestRow, sealedIdOf } from "../db/info-request.repo.ts";
import { REFUSAL_GROUNDS, refusalProblem } from "../domain/information-request.ts";
import { effectiveDue } from "../domain/request-intake.ts";
import { decisionDateProblem } from "./answer-info-request.ts";
import { rejectIf } from "./create-info-request.ts";
import { lockOpenRequest } from "./extend-info-request.ts";

/**
 * Art 28.1.d: how many times the same information was already provided to the same person. Known
 * only when the request names a published item; the ID numbers are compared after unsealing, and
 * the comparison is logged.
 */
async function timesProvided(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  request: InfoRequestRow,
): Promise<number | undefined> {
  if (request.related_item_id === null) return undefined;
  const [mine, earlier] = await Promise.all([
    sealedIdOf(tx, request.id),
    answeredAbout(tx, request.unit_id, request.related_item_id, request.id),
  ]);
  if (!mine || earlier.length === 0) return 0;
  await logDataAccess(tx, ctx, {
    operation: "read",
    purpose:
      "Đối chiếu số lần đã cung cấp thông tin cho cùng người yêu cầu (Luật Tiếp cận thông tin Điều 28.1.d)",
    unitId: request.unit_id,
    fields: ["requester_id_number"],
  });
  const id = openIdNumber(keys, mine);
  return earlier.filter((e) => openIdNumber(keys, e.requester_id_enc) === id).length;
}

/**
 * T47 (Luật TCTT Art 28): a refusal cites one of the grounds a–e of Art 28.1 and gives its reasons
 * in writing (Art 28.2; Mẫu 05, NĐ 13/2018). Ground b never refuses an R13 request.
 */
export async function refuseInfoRequest(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  request: InfoRequestRow,
  input: { ground: string; reason: string; refusedOn: string },
  today: string,
) {
  authorize(ctx.actor, "disclosure.request.handle", { unitPath: request.unit_path });
  const row = await lockOpenRequest(tx, request);
  const reason = input.reason.trim();
  const known = REFUSAL_GROUNDS.some((g) => g.code === input.ground);
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  if (!known) add("ground", refusalProblem(input.ground, reason));
  // Asked with a valid ground so that the message is the one about the missing reasons.
  if (reason === "") add("reason", refusalProblem("a", ""));
  if (known && reason !== "") {
    add(
      "ground",
      refusalProblem(input.ground, reason, {
        reasonCase: request.reason_case,
        timesProvided:
          input.ground === "d" ? await timesProvided(tx, ctx, keys, request) : undefined,
      }),
    );
  }
  add("refusedOn", decisionDateProblem(input.refusedOn, request, today));
  rejectIf(problems);
  await tx
    .updateTable("disclosure_info_request")
    .set({
      status: "refused",
      refusal_ground: input.ground,
      refusal_reason: reason,
      answered_on: input.refusedOn,
    })
    .where("id", "=", request.id)
    .execute();
  await recordEvent(tx, ctx, {
    action: "disclosure.request.refused",
    unitId: request.unit_id,
    subjectType: "disclosure_info_request",
    subjectId: request.id,
    summary: {
      ground: input.ground,
      refusedOn: input.refusedOn,
      late: input.refusedOn > effectiveDue(row),
    },
  });
}
