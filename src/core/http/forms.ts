import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import type { AppEnv } from "./env.ts";

export type FormData = Record<string, string>;

/** Reads an urlencoded or multipart form as strings (files are read by the routes that take them). */
export async function readForm(c: Context<AppEnv>): Promise<FormData> {
  const body = await c.req.parseBody({ all: false });
  const out: FormData = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") out[k] = v;
  return out;
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/** Validates with the same zod schema the API uses; errors keyed by field for re-rendering. */
export function validateForm<S extends z.ZodType>(
  schema: S,
  data: unknown,
): FormResult<z.infer<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** Same validation for JSON bodies: the first problem becomes the API's 400 error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const r = validateForm(schema, data);
  if (r.ok) return r.data;
  const [field, message] = Object.entries(r.errors)[0] ?? ["_form", "Dữ liệu không hợp lệ."];
  throw new AppError("validation", message, field, { fields: r.errors });
}
