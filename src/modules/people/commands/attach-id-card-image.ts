import { recordEvent } from "../../../core/audit/index.ts";
import { authorize } from "../../../core/authz/index.ts";
import type { RequestContext } from "../../../core/context/request-context.ts";
import type { Tx } from "../../../core/db/database.ts";
import { notFound, validation } from "../../../core/errors.ts";
import { seal } from "../../../core/security/sealed.ts";
import { idImageProblem, imageMime } from "../domain/image-type.ts";
import { logDataAccess, type PrivacyKeys } from "../privacy.ts";

/** Stores a photo or scan of a person's ID card, encrypted at rest (T62, sensitive data). */
export async function attachIdCardImage(
  tx: Tx,
  ctx: RequestContext,
  keys: PrivacyKeys,
  input: { personId: number; side: "id_card_front" | "id_card_back"; bytes: Uint8Array },
): Promise<number> {
  const person = await tx
    .selectFrom("people_person as p")
    .innerJoin("org_unit as u", "u.id", "p.home_unit_id")
    .select(["p.id", "u.id as unit_id", "u.path"])
    .where("p.id", "=", input.personId)
    .executeTakeFirst();
  if (!person) throw notFound("Không có người này.");
  authorize(ctx.actor, "people.id_number.reveal", { unitPath: person.path });
  const problem = idImageProblem(input.bytes);
  if (problem) throw validation(problem, "file");
  const row = await tx
    .insertInto("people_sensitive_file")
    .values({
      unit_id: person.unit_id,
      person_id: person.id,
      kind: input.side,
      mime: imageMime(input.bytes)!,
      byte_size: input.bytes.length,
      content_enc: seal(keys.dataKey, Buffer.from(input.bytes)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(tx, ctx, {
    action: "people.id_card_image.attached",
    unitId: person.unit_id,
    subjectType: "people_sensitive_file",
    subjectId: row.id,
    summary: { personId: person.id, side: input.side, bytes: input.bytes.length },
  });
  await logDataAccess(tx, ctx, {
    operation: "create",
    purpose: "Lưu ảnh CCCD (dữ liệu nhạy cảm)",
    unitId: person.unit_id,
    personIds: [person.id],
    fields: [input.side],
  });
  return row.id;
}
