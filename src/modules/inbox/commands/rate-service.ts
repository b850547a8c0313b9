import { recordEvent } from "../../../core/audit/index.ts";
import { validation } from "../../../core/errors.ts";
import { ratingProblems } from "../domain/satisfaction.ts";
import { type Handling, refuseUnless } from "./support.ts";

export interface ServiceRating {
  subject: "service" | "official";
  /** The procedure or service used ("Chứng thực bản sao", "Đăng ký khai sinh"). */
  service: string;
  /** The official who handled it, as the person knows them; required for an official's rating. */
  officialName: string | null;
  level: number;
  comment: string;
}

/**
 * R48 (Luật 10/2022 Art 35.2a): anyone rates the commune's service, or the official who handled
 * their procedure, 1–5 with a comment. Counted for the unit and, by name, for the official; seen
 * in detail only by the head of the unit and the upper level. The rater stays anonymous to them.
 */
export async function rateService(
  h: Handling,
  unit: { id: number; kind: string },
  input: ServiceRating,
) {
  if (!["commune", "ward", "special_zone"].includes(unit.kind))
    throw validation(
      "Chỉ xã, phường, đặc khu nhận đánh giá sự hài lòng theo Luật 10/2022 Điều 35.",
      "unit",
    );
  refuseUnless(ratingProblems({ level: input.level }), "level");
  const service = input.service.trim();
  if (service.length === 0) throw validation("Ghi thủ tục, dịch vụ đã sử dụng.", "service");
  if (service.length > 200)
    throw validation("Tên thủ tục, dịch vụ dài tối đa 200 ký tự.", "service");
  const official = input.officialName?.trim() || null;
  if (input.subject === "official" && !official)
    throw validation("Ghi họ tên cán bộ đã giải quyết thủ tục.", "officialName");
  if (official && official.length > 200)
    throw validation("Họ tên dài tối đa 200 ký tự.", "officialName");
  const row = await h.tx
    .insertInto("inbox_rating")
    .values({
      unit_id: unit.id,
      subject: input.subject,
      service,
      official_name: input.subject === "official" ? official : null,
      level: input.level,
      comment: input.comment.trim().slice(0, 2000),
      rater_account_id: h.ctx.actor.accountId,
      rated_on: h.today,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordEvent(h.tx, h.ctx, {
    action: "inbox.rating.recorded",
    unitId: unit.id,
    subjectType: "inbox_rating",
    subjectId: row.id,
    summary: { subject: input.subject, level: input.level },
  });
}
