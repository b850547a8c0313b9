import { z } from "@hono/zod-openapi";
import { isoDate, optionalText } from "../../../../core/validation.ts";
import { REGULAR_KINDS } from "../../domain/periods.ts";
import { TARGET_KIND_KEYS } from "../../rules/directive-rules.ts";

// The report pages' forms (a round to open, a calendar to set): shapes and Vietnamese messages;
// the rules beyond shape (R99 dates, windows) are the domain's.

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} phải từ ${min} đến ${max}.`)
    .max(max, `${label} phải từ ${min} đến ${max}.`);

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const RoundForm = z.object({
  mode: z.enum(["regular", "thematic"], { error: "Chọn báo cáo định kỳ hoặc chuyên đề." }),
  target: z.enum(TARGET_KIND_KEYS as [string, ...string[]], { error: "Chọn đơn vị phải báo cáo." }),
  kind: z.preprocess(blankToUndefined, z.enum(REGULAR_KINDS).optional()),
  year: z.preprocess(blankToUndefined, whole("Năm", 2000, 2199).optional()),
  month: z.preprocess(blankToUndefined, whole("Tháng", 1, 12).optional()),
  quarter: z.preprocess(blankToUndefined, whole("Quý", 1, 4).optional()),
  title: optionalText("Tên báo cáo chuyên đề", 200),
  from: z.preprocess(blankToUndefined, isoDate("Ngày bắt đầu").optional()),
  to: z.preprocess(blankToUndefined, isoDate("Ngày kết thúc").optional()),
  dueDate: z.preprocess(blankToUndefined, isoDate("Hạn gửi").optional()),
  wording: z.enum(["before", "by"]).default("before"),
});

const dueFields = {
  day: z.preprocess(blankToUndefined, whole("Ngày", 1, 31).optional()),
  month: z.preprocess(blankToUndefined, whole("Tháng", 1, 12).optional()),
  monthsAfter: z.preprocess(blankToUndefined, whole("Số tháng sau kỳ", 0, 12).optional()),
};

export const CalendarForm = z.object({
  issuer: z.string().trim().min(1, "Chưa ghi cơ quan nhận báo cáo.").max(300),
  source: z.string().trim().min(1, "Chưa ghi văn bản quy định lịch báo cáo.").max(500),
  effectiveFrom: isoDate("Ngày áp dụng"),
  monthsEarlier: whole("Số tháng chốt sớm", 0, 11),
  cutOffDay: z.preprocess(blankToUndefined, whole("Ngày chốt số liệu", 1, 28).optional()),
  rollPastDaysOff: z.preprocess((v) => v === "on", z.boolean()),
  autoTarget: z.preprocess(
    blankToUndefined,
    z
      .enum(TARGET_KIND_KEYS as [string, ...string[]], { error: "Chọn đơn vị phải báo cáo." })
      .optional(),
  ),
  openDaysAhead: z.preprocess(
    blankToUndefined,
    whole("Số ngày mở kỳ trước hạn gửi", 1, 180).optional(),
  ),
  ...Object.fromEntries(
    REGULAR_KINDS.flatMap((k) => [
      [`${k}_on`, z.preprocess((v) => v === "on", z.boolean())],
      [`${k}_day`, dueFields.day],
      [`${k}_month`, dueFields.month],
      [`${k}_after`, dueFields.monthsAfter],
      [`${k}_next`, z.preprocess((v) => v === "on", z.boolean())],
      [`${k}_wording`, z.enum(["before", "by"]).default("before")],
    ]),
  ),
});
