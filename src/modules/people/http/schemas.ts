import { z } from "@hono/zod-openapi";
import { isoDate, optionalIsoDate, optionalText, requiredText } from "../../../core/validation.ts";
import { cccdProblem, normaliseCccd } from "../domain/cccd.ts";

const checkbox = z
  .union([
    z.boolean(),
    z.literal("on"),
    z.literal("true"),
    z.literal("false"),
    z.literal("1"),
    z.literal("0"),
    z.literal(""),
  ])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

export const memberSchema = z
  .object({
    fullName: requiredText("Họ và tên", 120),
    birthDate: optionalIsoDate("Ngày sinh"),
    sex: z
      .enum(["male", "female", ""], { error: "Giới tính không hợp lệ." })
      .nullish()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    idNumber: optionalText("Số CCCD", 20).transform((v) => (v ? normaliseCccd(v) : null)),
    relation: requiredText("Quan hệ với chủ hộ", 40),
    isRepresentative: checkbox,
  })
  .superRefine((m, ctx) => {
    if (m.birthDate && m.birthDate > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({
        code: "custom",
        message: "Ngày sinh không được ở tương lai.",
        path: ["birthDate"],
      });
    }
    if (m.idNumber) {
      const problem = cccdProblem(m.idNumber, { birthDate: m.birthDate, sex: m.sex });
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["idNumber"] });
    }
  })
  .openapi("HouseholdMember");
export type MemberInput = z.infer<typeof memberSchema>;

export const householdSchema = z
  .object({
    code: requiredText("Mã hộ", 40).regex(
      /^[0-9A-Za-z][0-9A-Za-z._/-]*$/,
      "Mã hộ chỉ gồm chữ không dấu, chữ số và . _ / -",
    ),
    address: requiredText("Địa chỉ", 250),
    validFrom: isoDate("Ngày bắt đầu"),
    members: z
      .array(memberSchema, { error: "Danh sách thành viên không hợp lệ." })
      .min(1, "Hộ phải có ít nhất một thành viên.")
      .max(30, "Một hộ có tối đa 30 thành viên."),
  })
  .openapi("CreateHousehold");
export type HouseholdInput = z.infer<typeof householdSchema>;

export const affiliationSchema = z.object({
  personId: z.coerce.number({ error: "Nhập mã người." }).int().positive("Nhập mã người."),
  kind: z.enum(["staff", "worker"], {
    error: "Chọn loại: cán bộ, công chức, viên chức hoặc người lao động.",
  }),
  validFrom: isoDate("Ngày bắt đầu"),
});

export const workforceCountSchema = z.object({
  effectiveFrom: isoDate("Ngày áp dụng"),
  staffCount: z.coerce
    .number({ error: "Số cán bộ, công chức, viên chức phải là số." })
    .int("Phải là số nguyên.")
    .min(0, "Không được âm.")
    .max(1_000_000, "Quá lớn."),
  workerCount: z.coerce
    .number({ error: "Số người lao động phải là số." })
    .int("Phải là số nguyên.")
    .min(0, "Không được âm.")
    .max(1_000_000, "Quá lớn."),
  source: requiredText("Nguồn số liệu", 200),
});

export const legalBasisSchema = z.object({
  purpose: requiredText("Mục đích xử lý", 200),
  basis: requiredText("Căn cứ pháp lý", 500),
});
