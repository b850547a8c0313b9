import { z } from "@hono/zod-openapi";
import { optionalIsoDate, optionalText } from "../../../core/validation.ts";
import type { SubmitInput } from "../commands/submit-item.ts";
import { KINDS } from "../domain/kinds.ts";

// What a resident submits, shared by the web form and the JSON API (STYLE.md §5). The law's
// per-kind requirements (T10, T14, T29…) are checked by the command, which names every field
// missing at once; this schema only checks shapes.

/** A checkbox: "on" from a form, a boolean from JSON; absent = false. */
export const checkbox = () =>
  z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");

const coordinate = (label: string, limit: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce
      .number({ error: `${label} phải là số.` })
      .min(-limit, `${label} không hợp lệ.`)
      .max(limit, `${label} không hợp lệ.`)
      .nullable(),
  );

export const SUBMIT_KINDS = ["phan_anh", "kien_nghi", "khieu_nai", "to_cao"] as const;

export const submitSchema = z.object({
  kind: z.enum(SUBMIT_KINDS, { error: "Chọn loại: phản ánh, kiến nghị, khiếu nại hoặc tố cáo." }),
  title: z
    .string({ error: "Tiêu đề là bắt buộc." })
    .trim()
    .min(1, "Tiêu đề là bắt buộc.")
    .max(200, "Tiêu đề dài tối đa 200 ký tự."),
  content: z
    .string({ error: "Nội dung là bắt buộc." })
    .trim()
    .min(1, "Nội dung là bắt buộc.")
    .max(20000, "Nội dung dài tối đa 20.000 ký tự."),
  place: optionalText("Địa điểm", 300),
  lat: coordinate("Vĩ độ", 90),
  lng: coordinate("Kinh độ", 180),
  anonymous: checkbox(),
  aboutRegulation: checkbox(),
  disciplinary: checkbox(),
  publish: checkbox(),
  name: optionalText("Họ và tên", 200),
  address: optionalText("Địa chỉ", 300),
  contact: optionalText("Cách thức liên hệ", 200),
  submittedOn: optionalIsoDate("Ngày viết đơn"),
  reasons: optionalText("Lý do khiếu nại", 5000),
  request: optionalText("Yêu cầu", 5000),
  respondent: optionalText("Người bị khiếu nại", 300),
  respondentAddress: optionalText("Địa chỉ người bị khiếu nại", 300),
  accused: optionalText("Người bị tố cáo", 300),
  instance: z
    .enum(["first", "second"], { error: "Chọn khiếu nại lần đầu hoặc lần hai." })
    .optional(),
  firstDecisionIssued: checkbox(),
});
export type SubmitBody = z.infer<typeof submitSchema>;

/** The command's input from a validated body; the channel is the caller's. */
export function toSubmitInput(
  body: SubmitBody,
  channel: SubmitInput["channel"],
  extra: Partial<SubmitInput> = {},
): SubmitInput {
  return {
    ...body,
    channel,
    // A web form counts as written and signed by the sender (an electronic petition).
    signed: true,
    instance: body.instance ?? "first",
    ...extra,
  };
}

export const KIND_OPTIONS = KINDS.filter((k): k is (typeof SUBMIT_KINDS)[number] =>
  (SUBMIT_KINDS as readonly string[]).includes(k),
);
