import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import type { CommentChannel } from "../db/convention-tables.ts";
import { auditConvention, dayBetween, loadConventionForChange } from "./convention-load.ts";

export interface CommentInput {
  receivedOn: string;
  channel: CommentChannel;
  author: string | null;
  content: string;
  /** How the drafting team took it into account (tiếp thu, giải trình). */
  response: string | null;
}

/**
 * Records a view received on the posted draft (NĐ 61/2023 Art 9.2–9.3), through one of the ways
 * the community chose or as an agency's written opinion; it belongs to the version posted on the
 * day it arrived. Returns the comment's id.
 */
export async function recordConventionComment(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: CommentInput,
  today: string,
): Promise<number> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.matter.manage", ["consultation"]);
  dayBetween(
    input.receivedOn,
    c.consultation_from,
    today,
    "receivedOn",
    "Ngày nhận ý kiến",
    "ngày niêm yết dự thảo",
  );
  if (input.channel !== "agency" && !(c.channels ?? []).includes(input.channel)) {
    throw validation(
      "Cộng đồng không chọn cách lấy ý kiến này khi niêm yết dự thảo (NĐ 61/2023 Điều 9.2).",
      "channel",
    );
  }
  const version = await tx
    .selectFrom("decision_convention_version")
    .select(["id", "version"])
    .where("convention_id", "=", id)
    .where("posted_on", "<=", input.receivedOn)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto("decision_convention_comment")
    .values({
      convention_id: id,
      version_id: version.id,
      unit_id: c.unit_id,
      received_on: input.receivedOn,
      channel: input.channel,
      author: input.author,
      content: input.content,
      response: input.response,
      recorded_by: ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // No name in the audit summary: a resident's view is theirs to sign, not the log's to keep.
  await auditConvention(tx, ctx, c, "comment-recorded", {
    comment: row.id,
    version: version.version,
    channel: input.channel,
    receivedOn: input.receivedOn,
  });
  return row.id;
}
