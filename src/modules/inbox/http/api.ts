import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";

/** Placeholder: the inbox's JSON API (filled in by its part of issue #5). */
export function inboxApi(_api: OpenAPIHono<AppEnv>, _deps: AppDeps): void {}
