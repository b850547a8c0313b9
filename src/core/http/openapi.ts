import { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { unauthenticated } from "../errors.ts";
import type { AppEnv } from "./env.ts";

// Shared pieces of the OpenAPI document.
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation" }),
      message: z.string().openapi({ example: "Mã đơn vị là bắt buộc." }),
      field: z.string().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi("Error");

const err = (description: string) => ({
  content: { "application/json": { schema: ErrorSchema } },
  description,
});

export const errorResponses = {
  400: err("Dữ liệu không hợp lệ"),
  401: err("Chưa xác thực"),
  403: err("Không có quyền"),
  404: err("Không tìm thấy"),
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const bearer = [{ bearer: [] }];

/** The `{code}` path parameter of a unit. */
export const unitCodeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "99001" }),
});

/** An `{id}` path parameter, with messages naming what the id is of ("Mã vụ việc"). */
export const idParam = (label: string) =>
  z.object({
    id: z.coerce
      .number({ error: `${label} phải là số.` })
      .int(`${label} phải là số nguyên.`)
      .positive(`${label} phải dương.`)
      .openapi({ param: { name: "id", in: "path" } }),
  });

/**
 * Officials' endpoints answer 401 before anything else (before the body is validated, and before
 * an unknown id could tell a stranger what exists).
 */
export const signedInFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("ctx").actor.kind === "anonymous") throw unauthenticated();
  await next();
};
