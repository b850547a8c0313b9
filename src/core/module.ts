import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { Policy } from "./authz/index.ts";
import type { Db } from "./db/database.ts";
import type { NamedMigration } from "./db/migrator.ts";
import type { AdminTab, AppDeps, AppEnv, PublicLink } from "./http/env.ts";
import type { ModuleIndicators } from "./indicators.ts";
import type { Logger } from "./log.ts";

export interface ModuleJob {
  name: string;
  /** How often it runs; it also runs once shortly after start. */
  everyMs: number;
  run: (deps: { db: Db; log: Logger; indicators: readonly ModuleIndicators[] }) => Promise<unknown>;
}

/** What a module tells the host: the host registers it and never knows its insides. */
export interface ModuleManifest {
  name: string;
  migrations: NamedMigration[];
  policies: Record<string, Policy>;
  /** Server-rendered pages (public portal and admin area). */
  pages?: (app: Hono<AppEnv>, deps: AppDeps) => void;
  /** CSS appended to the site's one stylesheet (the CSP forbids inline styles). */
  styles?: string;
  /** Tabs this module adds to a unit's admin area (`/quan-tri/:code/<path>`). */
  adminTabs?: AdminTab[];
  /** Public pages listed on every unit's portal page. */
  publicLinks?: PublicLink[];
  /** Periodic work (deadline reminders…) run by every server process; each job must be safe to
   *  run in several processes at once (an advisory lock, idempotent writes). */
  jobs?: ModuleJob[];
  /** Figures computed from the module's own data for a unit and a closed period (reports). */
  indicators?: ModuleIndicators;
  /** JSON endpoints under /api/v1, described in the OpenAPI document. */
  api?: (api: OpenAPIHono<AppEnv>, deps: AppDeps) => void;
}
