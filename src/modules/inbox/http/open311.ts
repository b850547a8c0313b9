import type { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../../core/http/env.ts";

/** Placeholder: filled in by the part of issue #5 that owns these routes. */
export function open311Routes(_app: Hono<AppEnv>, _deps: AppDeps): void {}
