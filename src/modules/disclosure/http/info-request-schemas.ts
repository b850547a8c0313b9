import { z } from "@hono/zod-openapi";
import { isoDate } from "../../../core/validation.ts";

// Shapes and lengths only: what the law requires of a request (T44, R13, T48) is checked by
// `intakeProblems` in the command, so the form and any later API give the same messages.

/** A text field that may be empty here; its presence is a legal rule checked in the domain. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .trim()
    .max(max, `${label} dài tối đa ${max} ký tự.`)
    .optional()
    .transform((v) => v ?? "");

const choice = (max: number) => z.string().trim().max(max, "Lựa chọn không hợp lệ.").optional();

export const infoRequestSchema = z.object({
  requesterName: text("Họ và tên", 120),
  requesterAddress: text("Nơi cư trú, địa chỉ", 250),
  requesterIdNumber: text("Số căn cước công dân hoặc hộ chiếu", 20),
  requesterContact: text("Điện thoại, thư điện tử", 200),
  information: text("Thông tin cần cung cấp", 2000),
  deliveryForm: choice(20).transform((v) => v ?? ""),
  purpose: text("Lý do, mục đích", 1000),
  reasonCase: choice(20).transform((v) => v ?? ""),
  eligibility: choice(20).transform((v) => v ?? ""),
  relatedItemId: z
    .union([z.literal(""), z.string().regex(/^\d{1,9}$/, "Nội dung công khai không hợp lệ.")])
    .optional()
    .transform((v) => (v ? Number(v) : null)),
});
export type InfoRequestForm = z.infer<typeof infoRequestSchema>;

/** A paper request an official records: how and when it arrived, and how complex it is. */
export const paperRequestSchema = infoRequestSchema.extend({
  channel: z.enum(["in_person", "post"], {
    error: "Chọn cách nhận yêu cầu: trực tiếp tại trụ sở hoặc qua bưu điện, fax.",
  }),
  receivedOn: isoDate("Ngày nhận yêu cầu"),
  complexity: z.enum(["simple", "complex"], {
    error: "Chọn loại thông tin: có sẵn hoặc phức tạp, cần tập hợp.",
  }),
});

export const answerSchema = z.object({
  answer: text("Nội dung trả lời", 5000),
  answeredOn: isoDate("Ngày trả lời"),
});

export const extendSchema = z.object({ extensionReason: text("Lý do gia hạn", 1000) });

export const refuseSchema = z.object({
  ground: choice(2).transform((v) => v ?? ""),
  reason: text("Lý do từ chối", 2000),
  refusedOn: isoDate("Ngày từ chối"),
});
