import { z } from "@hono/zod-openapi";
import {
  isoDate,
  optionalIsoDate,
  optionalText,
  requiredText as text,
} from "../../../core/validation.ts";
import { BODY_KINDS, POSITION_ROLES, POSITION_TITLES } from "../domain/body-kinds.ts";
import { UNIT_KINDS } from "../domain/unit-kinds.ts";

// Shared by the HTML forms and the JSON API (STYLE.md §5).

export const createUnitSchema = z
  .object({
    code: text("Mã đơn vị", 40),
    name: text("Tên đơn vị", 200),
    fullName: optionalText("Tên đầy đủ", 250),
    nameEn: optionalText("Tên tiếng Anh", 200),
    kind: z.enum(UNIT_KINDS, { error: "Loại đơn vị không hợp lệ." }),
    localKindName: optionalText("Tên gọi địa phương", 40),
    address: optionalText("Địa chỉ", 250),
  })
  .openapi("CreateUnit");
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const createBodySchema = z
  .object({
    kind: z.enum(BODY_KINDS, { error: "Loại tổ chức không hợp lệ." }),
    name: text("Tên tổ chức", 200),
  })
  .openapi("CreateBody");
export type CreateBodyInput = z.infer<typeof createBodySchema>;

export const appointSchema = z
  .object({
    bodyId: z.coerce.number({ error: "Chọn tổ chức." }).int().positive("Chọn tổ chức."),
    personId: z.coerce.number({ error: "Nhập mã người." }).int().positive("Nhập mã người."),
    title: z.enum(POSITION_TITLES, { error: "Chức vụ không hợp lệ." }),
    role: z
      .enum(POSITION_ROLES as [string, ...string[]], { error: "Quyền không hợp lệ." })
      .optional(),
    termStart: isoDate("Ngày bắt đầu nhiệm kỳ"),
    termEnd: optionalIsoDate("Ngày kết thúc nhiệm kỳ"),
  })
  .refine((v) => !v.termEnd || v.termEnd > v.termStart, {
    message: "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.",
    path: ["termEnd"],
  })
  .openapi("AppointPosition");
export type AppointInput = z.infer<typeof appointSchema>;
