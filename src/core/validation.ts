import { z } from "@hono/zod-openapi";

// Field schemas with Vietnamese messages, shared by every module's forms and API.

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .max(max, `${label} dài tối đa ${max} ký tự.`);

/** Empty string (an untouched form field) becomes null. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .trim()
    .max(max, `${label} dài tối đa ${max} ký tự.`)
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const isValidIsoDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** An empty form field counts as missing, so it gets "… là bắt buộc", not a format message. */
export const isoDate = (label: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string({ error: `${label} là bắt buộc.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} phải có dạng năm-tháng-ngày (ví dụ 2026-01-31).`)
      .refine(isValidIsoDate, `${label} không phải là ngày có thật.`),
  );

export const optionalIsoDate = (label: string) =>
  z
    .union([
      z.literal(""),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} phải có dạng năm-tháng-ngày (ví dụ 2026-01-31).`)
        .refine(isValidIsoDate, `${label} không phải là ngày có thật.`),
    ])
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v));

/** Today's date in Vietnam (UTC+7), the date legal records are kept in. */
export function todayInVietnam(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}
