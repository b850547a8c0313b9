import { z } from "@hono/zod-openapi";
import { isoDate, optionalIsoDate, optionalText, requiredText } from "../../../core/validation.ts";
import { FORMS } from "../domain/types.ts";

export const draftSchema = z
  .object({
    category: z
      .string({ error: "Chọn lĩnh vực công khai." })
      .trim()
      .min(1, "Chọn lĩnh vực công khai.")
      .max(4, "Lĩnh vực không hợp lệ."),
    title: requiredText("Tiêu đề", 300),
    summary: optionalText("Tóm tắt", 2000).transform((v) => v ?? ""),
    body: optionalText("Nội dung", 100000).transform((v) => v ?? ""),
    basisNumber: optionalText("Số văn bản căn cứ", 80),
    basisDate: isoDate("Ngày của văn bản căn cứ"),
    basisIssuer: optionalText("Cơ quan ban hành văn bản căn cứ", 200),
    responsible: optionalText("Người chịu trách nhiệm", 200),
    scopeUnitCode: optionalText("Thôn, tổ dân phố áp dụng", 40),
  })
  .openapi("DisclosureDraft");
export type DraftInput = z.infer<typeof draftSchema>;

export const evidenceSchema = z
  .object({
    form: z.enum(FORMS, { error: "Chọn hình thức công khai." }),
    villageId: z.coerce
      .number()
      .int()
      .positive()
      .nullish()
      .or(z.literal("").transform(() => null)),
    location: optionalText("Địa điểm", 300),
    from: isoDate("Ngày bắt đầu"),
    to: optionalIsoDate("Ngày kết thúc"),
    doneBy: optionalText("Người thực hiện", 200),
    note: optionalText("Ghi chú", 2000),
  })
  .refine((v) => !v.to || v.to >= v.from, {
    message: "Ngày kết thúc không được trước ngày bắt đầu.",
    path: ["to"],
  })
  .openapi("DisclosureEvidence");
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const endPostingSchema = z.object({
  to: isoDate("Ngày gỡ xuống"),
  interruptedReason: optionalText("Lý do gián đoạn", 500),
});

export const withdrawSchema = z.object({ reason: requiredText("Lý do thu hồi", 1000) });

export const settingsSchema = z.object({
  hasLoudspeaker: z
    .union([z.literal("on"), z.literal("true"), z.boolean(), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
  hasIntranet: z
    .union([z.literal("on"), z.literal("true"), z.boolean(), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

export const publishSchema = z.object({ publishedOn: optionalIsoDate("Ngày công khai") });
