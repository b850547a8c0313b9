import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { validation } from "../../../core/errors.ts";
import { auditConvention, loadConventionForChange } from "./convention-load.ts";

/**
 * A resident of the village comments on the posted draft themselves, online (NĐ 61/2023 Art
 * 9.2: "qua mạng viễn thông, mạng xã hội" when the community chose that way): signed with their
 * own name, kept with the version posted that day, answered later by the drafting team.
 */
export async function submitResidentComment(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  input: { author: string; content: string },
  today: string,
): Promise<number> {
  const c = await loadConventionForChange(tx, ctx, id, "decision.vote.cast", ["consultation"]);
  if (!(c.channels ?? []).includes("online")) {
    throw validation(
      "Cộng đồng không chọn góp ý trực tuyến khi niêm yết dự thảo này; góp ý theo cách đã niêm yết (NĐ 61/2023 Điều 9.2).",
      "content",
    );
  }
  const content = input.content.trim();
  if (content.length < 5) throw validation("Nội dung góp ý quá ngắn.", "content");
  if (content.length > 5000) throw validation("Nội dung góp ý dài tối đa 5.000 ký tự.", "content");
  const version = await tx
    .selectFrom("decision_convention_version")
    .select(["id", "version"])
    .where("convention_id", "=", id)
    .where("posted_on", "<=", today)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!version) throw validation("Dự thảo chưa được niêm yết.", "content");
  const row = await tx
    .insertInto("decision_convention_comment")
    .values({
      convention_id: id,
      version_id: version.id,
      unit_id: c.unit_id,
      received_on: today,
      channel: "online",
      author: input.author,
      content,
      response: null,
      recorded_by: ctx.actor.accountId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConvention(tx, ctx, c, "comment-recorded", {
    comment: row.id,
    version: version.version,
    channel: "online",
    receivedOn: today,
    byResident: true,
  });
  return row.id;
}
